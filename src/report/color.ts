// Whether to emit ANSI colours. Decided once by the CLI and passed to printers as
// `PrinterOptions.color`, so printers never consult chalk's own global TTY detection.
//
// NO_COLOR (https://no-color.org) wins over everything: a user who set it asked never to
// see colour. FORCE_COLOR lets CI logs that render ANSI opt in; "0" is treated as not
// forcing (so it falls back to the TTY check rather than enabling colour).

export function shouldColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  const noColor = env.NO_COLOR;
  if (noColor !== undefined && noColor !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0') return true;
  return stream.isTTY === true;
}
