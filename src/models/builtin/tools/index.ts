// Tool layer of the builtin engine: rank tools for a message, decide per tool choice, fill arguments, name tools for people.
export {
  rankTools,
  decideTool,
  toolText,
  parameterText,
  callThreshold,
  clarifyThreshold,
  type ToolCandidate,
  type ToolDecision,
} from './select-tool.ts';
export { usableTools } from './usable-tools.ts';
export { toolCallId } from './tool-call-id.ts';
export { toolLabel, parameterLabel } from './tool-labels.ts';
