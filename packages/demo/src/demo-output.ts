import { scrubSecrets } from './scrub-secrets.js';

/** Where the demo writes: a terminal (progress redrawn in place, colour) or a pipe/file (plain). */
export interface DemoOutput {
  /** Prints a whole line. */
  line(text?: string): void;
  /** Starts a step line; it is finished by `end` (and may show progress until then). */
  step(number: number, title: string): StepLine;
  /** Colours for emphasis; identity functions when colour is off. */
  readonly style: Style;
}

export interface StepLine {
  /** Updates the progress of the step: a counter when TTY, a dot per tenth when not. */
  progress(done: number, total: number): void;
  /** Ends the line with the status and an optional dim note; the detail goes on the next line. */
  end(status: StepStatus, detail: string, note?: string): void;
}

export type StepStatus = 'ok' | 'skipped' | 'failed';

export interface Style {
  ok(text: string): string;
  warn(text: string): string;
  bad(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

export interface OutputOptions {
  /** Writes raw text (no newline added). */
  readonly write: (text: string) => void;
  /** A terminal: progress is redrawn in place. */
  readonly tty: boolean;
  /** ANSI colour; off when not a TTY or when NO_COLOR is set. */
  readonly color: boolean;
}

const ansi = (code: number) => (text: string) => `\u001b[${code}m${text}\u001b[0m`;
const plain = (text: string) => text;

function createStyle(color: boolean): Style {
  return color
    ? { ok: ansi(32), warn: ansi(33), bad: ansi(31), dim: ansi(2), bold: ansi(1) }
    : { ok: plain, warn: plain, bad: plain, dim: plain, bold: plain };
}

/** Creates the demo's output; see `outputForStream` for process.stdout. */
export function createDemoOutput(options: OutputOptions): DemoOutput {
  const { write, tty } = options;
  const style = createStyle(options.color);
  const marks: Record<StepStatus, string> = {
    ok: style.ok('ok'),
    skipped: style.warn('skipped'),
    failed: style.bad('FAILED'),
  };
  return {
    style,
    line: (text = '') => write(`${text}\n`),
    step(number, title) {
      const head = `${String(number).padStart(3)}. ${title} ...`;
      write(head);
      let dots = -1;
      return {
        progress(done, total) {
          if (tty) {
            // Redraw at most every 5 %, not once per request.
            if (done === total || done % Math.max(1, Math.floor(total / 20)) === 0) {
              write(`\r${head} ${done}/${total}`);
            }
            return;
          }
          if (dots === -1) {
            write(' [');
            dots = 0;
          }
          const due = Math.floor((done / total) * 10);
          if (due > dots) {
            write('.'.repeat(due - dots));
            dots = due;
          }
        },
        end(status, detail, note) {
          const close = !tty && dots >= 0 ? ']' : '';
          const prefix = tty ? `\r\u001b[2K${head}` : close;
          write(`${prefix} ${marks[status]}${note ? ` ${style.dim(`(${note})`)}` : ''}\n`);
          if (detail) write(`      ${detail}\n`);
        },
      };
    },
  };
}

/** Output for a Node stream: TTY detection and NO_COLOR/FORCE_COLOR handling. */
export function outputForStream(
  stream: NodeJS.WriteStream,
  env: NodeJS.ProcessEnv = process.env,
): DemoOutput {
  const tty = stream.isTTY === true;
  const color = env.FORCE_COLOR ? env.FORCE_COLOR !== '0' : tty && !env.NO_COLOR;
  return createDemoOutput({ write: (text) => stream.write(scrubSecrets(text)), tty, color });
}
