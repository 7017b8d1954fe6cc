// Response generation of the builtin engine: small-talk reading, bilingual reply templates, tool questions and tool-result summaries.
export { readSmallTalk, type SmallTalk, type SmallTalkReading } from './small-talk.ts';
export { replies } from './chat-replies.ts';
export { askForMissing, askWhichTool, listTools } from './tool-replies.ts';
export { summarizeToolResults, describeValue, resultError, type ToolResult } from './summarize-tool-results.ts';
export { formatNumber, humanizeKey, formatInline } from './format-value.ts';
export { withJosa, joinKorean, joinEnglish } from './korean-josa.ts';
