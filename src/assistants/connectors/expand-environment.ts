// Expands `${NAME}` in connector headers and environments from process.env, so secrets stay out of definition files.
import { GenstackError } from '../../core/index.ts';

const variablePattern = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

export interface ExpandEnvironmentOptions {
  /** Names the connector in the error, e.g. `http tool 'order_status'`. */
  source: string;
  environment?: Record<string, string | undefined>;
}

/**
 * Replaces every `${NAME}` in the values; a variable that is not set is a configuration error (found at creation, not at
 * the first call).
 * @example
 * expandEnvironment({ authorization: 'Bearer ${ERP_TOKEN}' }, { source: "http tool 'orders'" });
 */
export function expandEnvironment(values: Record<string, string>, options: ExpandEnvironmentOptions): Record<string, string> {
  const environment = options.environment ?? process.env;
  const expanded: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    expanded[key] = value.replace(variablePattern, (_match, name: string) => {
      const replacement = environment[name];
      if (replacement === undefined) {
        throw new GenstackError({
          code: 'config_invalid',
          message: `${options.source}: environment variable ${name} (used in '${key}') is not set`,
          param: key,
        });
      }
      return replacement;
    });
  }
  return expanded;
}
