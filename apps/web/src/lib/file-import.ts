import { useState } from 'react';
import { errorMessage } from './errors';
import { MAX_FILE_BYTES } from '@bunkai/model';
import { readFileBase64 } from './files';

/**
 * Importing a file in two steps: check the chosen file (`preview`, which writes nothing), then
 * import exactly the content that was checked (`importing`). Holds the file, its format, the
 * reading state and the file's own error; any change drops what was checked.
 */
export function useFileImport<Format extends string, Input>({
  preview,
  importing,
  detectFormat,
  toInput,
  messages,
}: {
  preview: { reset: () => void; mutate: (input: Input) => void };
  importing: { reset: () => void };
  /** The format a chosen file looks like, or '' to let the user choose. */
  detectFormat: (file: File) => Format | '' | Promise<Format | ''>;
  toInput: (file: File, format: Format, contentBase64: string) => Input;
  messages: { noFile: string; tooLarge: string };
}) {
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<Format | ''>('');
  const [fileError, setFileError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  // The exact content that was checked is what gets imported.
  const [checked, setChecked] = useState<Input | null>(null);

  const changed = () => {
    preview.reset();
    importing.reset();
    setChecked(null);
    setFileError(null);
  };

  const chooseFile = (chosen: File | null) => {
    changed();
    setFile(chosen);
    if (!chosen) {
      setFormat('');
      return;
    }
    const detected = detectFormat(chosen);
    if (typeof detected === 'string') setFormat(detected);
    else void detected.then(setFormat);
  };

  const chooseFormat = (value: Format) => {
    changed();
    setFormat(value);
  };

  const check = async () => {
    changed();
    if (!file) {
      setFileError(messages.noFile);
      return;
    }
    if (file.size > MAX_FILE_BYTES) {
      setFileError(messages.tooLarge);
      return;
    }
    if (!format) return;
    setReading(true);
    try {
      const input = toInput(file, format, await readFileBase64(file));
      setChecked(input);
      preview.mutate(input);
    } catch (error) {
      setFileError(errorMessage(error));
    } finally {
      setReading(false);
    }
  };

  return { format, fileError, reading, checked, changed, chooseFile, chooseFormat, check };
}
