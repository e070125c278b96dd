import { optionName } from '../../src/config/parseEmbedConfig.ts';

/**
 * A configuration `renderEmbed()` cannot render: which setting (its attribute name, or "nonce") and what is
 * wrong with it. The message starts with "[schoolmatch]" and names the setting as a `renderEmbed()` option;
 * `describe()` names it otherwise (the command line names it as an argument).
 */
export class EmbedConfigError extends Error {
  /** The setting's attribute name (`max-schools`), or `nonce`. */
  readonly setting: string;
  /** What is wrong, after the setting's name: `must be …; got "…"` or `is missing: it must …`. */
  readonly problem: string;

  constructor(setting: string, problem: string, named = `renderEmbed() option "${optionName(setting) ?? setting}"`) {
    super(`[schoolmatch] ${named} ${problem}`);
    this.name = 'EmbedConfigError';
    this.setting = setting;
    this.problem = problem;
  }

  /** The same error, naming the setting as `name` (such as `--max-schools`). */
  describe(name: string): string {
    return `[schoolmatch] ${name} ${this.problem}`;
  }

  /** Wraps what the embed's own config check found (its message names a `mount()` option). */
  static fromMountError(error: { attribute: string; message: string }): EmbedConfigError {
    const named = `mount() option "${optionName(error.attribute)}" `;
    return new EmbedConfigError(
      error.attribute,
      error.message.startsWith(named) ? error.message.slice(named.length) : error.message,
    );
  }
}

/** Quotes a wrong value for a message, cut short (it may be a page's whole article). */
export const quoteValue = (value: unknown): string => JSON.stringify(String(value).slice(0, 80));
