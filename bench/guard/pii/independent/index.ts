// The independent PII set: texts written by hand, apart from the recognisers, labelled by value; split into a dev half and a test half.
import { piiTypes, type PiiType } from '../../../../src/guard/pii/types.ts';
import type { Span } from '../score.ts';
import { englishConversations } from './english-conversations.ts';
import { englishDocuments } from './english-documents.ts';
import { koreanConversations } from './korean-conversations.ts';
import { koreanDocuments } from './korean-documents.ts';
import { englishRoundTwo } from './english-round-2.ts';
import { koreanRoundTwo } from './korean-round-2.ts';
import { englishRoundThreeConversations } from './round-3/english-conversations.ts';
import { englishRoundThreeDocuments } from './round-3/english-documents.ts';
import { koreanRoundThreeConversations } from './round-3/korean-conversations.ts';
import { koreanRoundThreeDocuments } from './round-3/korean-documents.ts';
import { englishRoundFourConversations } from './round-4/english-conversations.ts';
import { englishRoundFourDocuments } from './round-4/english-documents.ts';
import { koreanRoundFourConversations } from './round-4/korean-conversations.ts';
import { koreanRoundFourDocuments } from './round-4/korean-documents.ts';
import { englishRoundFiveConversationsA } from './round-5/english-conversations-a.ts';
import { englishRoundFiveConversationsB } from './round-5/english-conversations-b.ts';
import { englishRoundFiveDocumentsA } from './round-5/english-documents-a.ts';
import { englishRoundFiveDocumentsB } from './round-5/english-documents-b.ts';
import { koreanRoundFiveConversationsA } from './round-5/korean-conversations-a.ts';
import { koreanRoundFiveConversationsB } from './round-5/korean-conversations-b.ts';
import { koreanRoundFiveDocumentsA } from './round-5/korean-documents-a.ts';
import { koreanRoundFiveDocumentsB } from './round-5/korean-documents-b.ts';
import { englishRoundSixConversationsA } from './round-6/english-conversations-a.ts';
import { englishRoundSixConversationsB } from './round-6/english-conversations-b.ts';
import { englishRoundSixDocumentsA } from './round-6/english-documents-a.ts';
import { englishRoundSixDocumentsB } from './round-6/english-documents-b.ts';
import { koreanRoundSixConversationsA } from './round-6/korean-conversations-a.ts';
import { koreanRoundSixConversationsB } from './round-6/korean-conversations-b.ts';
import { koreanRoundSixDocumentsA } from './round-6/korean-documents-a.ts';
import { koreanRoundSixDocumentsB } from './round-6/korean-documents-b.ts';
import { englishRoundSevenConversationsA } from './round-7/english-conversations-a.ts';
import { englishRoundSevenConversationsB } from './round-7/english-conversations-b.ts';
import { englishRoundSevenDocumentsA } from './round-7/english-documents-a.ts';
import { englishRoundSevenDocumentsB } from './round-7/english-documents-b.ts';
import { koreanRoundSevenConversationsA } from './round-7/korean-conversations-a.ts';
import { koreanRoundSevenConversationsB } from './round-7/korean-conversations-b.ts';
import { koreanRoundSevenDocumentsA } from './round-7/korean-documents-a.ts';
import { koreanRoundSevenDocumentsB } from './round-7/korean-documents-b.ts';
import { englishRoundEightConversationsA } from './round-8/english-conversations-a.ts';
import { englishRoundEightConversationsB } from './round-8/english-conversations-b.ts';
import { englishRoundEightDocumentsA } from './round-8/english-documents-a.ts';
import { englishRoundEightDocumentsB } from './round-8/english-documents-b.ts';
import { koreanRoundEightConversationsA } from './round-8/korean-conversations-a.ts';
import { koreanRoundEightConversationsB } from './round-8/korean-conversations-b.ts';
import { koreanRoundEightDocumentsA } from './round-8/korean-documents-a.ts';
import { koreanRoundEightDocumentsB } from './round-8/korean-documents-b.ts';
import { englishRoundNineConversationsA } from './round-9/english-conversations-a.ts';
import { englishRoundNineConversationsB } from './round-9/english-conversations-b.ts';
import { englishRoundNineDocumentsA } from './round-9/english-documents-a.ts';
import { englishRoundNineDocumentsB } from './round-9/english-documents-b.ts';
import { koreanRoundNineConversationsA } from './round-9/korean-conversations-a.ts';
import { koreanRoundNineConversationsB } from './round-9/korean-conversations-b.ts';
import { koreanRoundNineDocumentsA } from './round-9/korean-documents-a.ts';
import { koreanRoundNineDocumentsB } from './round-9/korean-documents-b.ts';
import { englishRoundTenConversationsA } from './round-10/english-conversations-a.ts';
import { englishRoundTenConversationsB } from './round-10/english-conversations-b.ts';
import { englishRoundTenDocumentsA } from './round-10/english-documents-a.ts';
import { englishRoundTenDocumentsB } from './round-10/english-documents-b.ts';
import { koreanRoundTenConversationsA } from './round-10/korean-conversations-a.ts';
import { koreanRoundTenConversationsB } from './round-10/korean-conversations-b.ts';
import { koreanRoundTenDocumentsA } from './round-10/korean-documents-a.ts';
import { koreanRoundTenDocumentsB } from './round-10/korean-documents-b.ts';
import { englishRoundElevenConversationsA } from './round-11/english-conversations-a.ts';
import { englishRoundElevenConversationsB } from './round-11/english-conversations-b.ts';
import { englishRoundElevenDocumentsA } from './round-11/english-documents-a.ts';
import { englishRoundElevenDocumentsB } from './round-11/english-documents-b.ts';
import { koreanRoundElevenConversationsA } from './round-11/korean-conversations-a.ts';
import { koreanRoundElevenConversationsB } from './round-11/korean-conversations-b.ts';
import { koreanRoundElevenDocumentsA } from './round-11/korean-documents-a.ts';
import { koreanRoundElevenDocumentsB } from './round-11/korean-documents-b.ts';
import { englishRoundTwelveConversationsA } from './round-12/english-conversations-a.ts';
import { englishRoundTwelveConversationsB } from './round-12/english-conversations-b.ts';
import { englishRoundTwelveDocumentsA } from './round-12/english-documents-a.ts';
import { englishRoundTwelveDocumentsB } from './round-12/english-documents-b.ts';
import { koreanRoundTwelveConversationsA } from './round-12/korean-conversations-a.ts';
import { koreanRoundTwelveConversationsB } from './round-12/korean-conversations-b.ts';
import { koreanRoundTwelveDocumentsA } from './round-12/korean-documents-a.ts';
import { koreanRoundTwelveDocumentsB } from './round-12/korean-documents-b.ts';
import { englishRoundThirteenConversationsA } from './round-13/english-conversations-a.ts';
import { englishRoundThirteenConversationsB } from './round-13/english-conversations-b.ts';
import { englishRoundThirteenDocumentsA } from './round-13/english-documents-a.ts';
import { englishRoundThirteenDocumentsB } from './round-13/english-documents-b.ts';
import { koreanRoundThirteenConversationsA } from './round-13/korean-conversations-a.ts';
import { koreanRoundThirteenConversationsB } from './round-13/korean-conversations-b.ts';
import { koreanRoundThirteenDocumentsA } from './round-13/korean-documents-a.ts';
import { koreanRoundThirteenDocumentsB } from './round-13/korean-documents-b.ts';
import { englishRoundFourteenConversationsA } from './round-14/english-conversations-a.ts';
import { englishRoundFourteenConversationsB } from './round-14/english-conversations-b.ts';
import { englishRoundFourteenDocumentsA } from './round-14/english-documents-a.ts';
import { englishRoundFourteenDocumentsB } from './round-14/english-documents-b.ts';
import { koreanRoundFourteenConversationsA } from './round-14/korean-conversations-a.ts';
import { koreanRoundFourteenConversationsB } from './round-14/korean-conversations-b.ts';
import { koreanRoundFourteenDocumentsA } from './round-14/korean-documents-a.ts';
import { koreanRoundFourteenDocumentsB } from './round-14/korean-documents-b.ts';
import { englishRoundFifteenConversationsA } from './round-15/english-conversations-a.ts';
import { englishRoundFifteenConversationsB } from './round-15/english-conversations-b.ts';
import { englishRoundFifteenDocumentsA } from './round-15/english-documents-a.ts';
import { englishRoundFifteenDocumentsB } from './round-15/english-documents-b.ts';
import { koreanRoundFifteenConversationsA } from './round-15/korean-conversations-a.ts';
import { koreanRoundFifteenConversationsB } from './round-15/korean-conversations-b.ts';
import { koreanRoundFifteenDocumentsA } from './round-15/korean-documents-a.ts';
import { koreanRoundFifteenDocumentsB } from './round-15/korean-documents-b.ts';
import { englishRoundSixteenConversationsA } from './round-16/english-conversations-a.ts';
import { englishRoundSixteenConversationsB } from './round-16/english-conversations-b.ts';
import { englishRoundSixteenDocumentsA } from './round-16/english-documents-a.ts';
import { englishRoundSixteenDocumentsB } from './round-16/english-documents-b.ts';
import { koreanRoundSixteenConversationsA } from './round-16/korean-conversations-a.ts';
import { koreanRoundSixteenConversationsB } from './round-16/korean-conversations-b.ts';
import { koreanRoundSixteenDocumentsA } from './round-16/korean-documents-a.ts';
import { koreanRoundSixteenDocumentsB } from './round-16/korean-documents-b.ts';
import { englishRoundSeventeenConversationsA } from './round-17/english-conversations-a.ts';
import { englishRoundSeventeenConversationsB } from './round-17/english-conversations-b.ts';
import { englishRoundSeventeenDocumentsA } from './round-17/english-documents-a.ts';
import { englishRoundSeventeenDocumentsB } from './round-17/english-documents-b.ts';
import { koreanRoundSeventeenConversationsA } from './round-17/korean-conversations-a.ts';
import { koreanRoundSeventeenConversationsB } from './round-17/korean-conversations-b.ts';
import { koreanRoundSeventeenDocumentsA } from './round-17/korean-documents-a.ts';
import { koreanRoundSeventeenDocumentsB } from './round-17/korean-documents-b.ts';
import { englishRoundEighteenConversationsA } from './round-18/english-conversations-a.ts';
import { englishRoundEighteenConversationsB } from './round-18/english-conversations-b.ts';
import { englishRoundEighteenDocumentsA } from './round-18/english-documents-a.ts';
import { englishRoundEighteenDocumentsB } from './round-18/english-documents-b.ts';
import { koreanRoundEighteenConversationsA } from './round-18/korean-conversations-a.ts';
import { koreanRoundEighteenConversationsB } from './round-18/korean-conversations-b.ts';
import { koreanRoundEighteenDocumentsA } from './round-18/korean-documents-a.ts';
import { koreanRoundEighteenDocumentsB } from './round-18/korean-documents-b.ts';
import { englishRoundNineteenConversationsA } from './round-19/english-conversations-a.ts';
import { englishRoundNineteenConversationsB } from './round-19/english-conversations-b.ts';
import { englishRoundNineteenDocumentsA } from './round-19/english-documents-a.ts';
import { englishRoundNineteenDocumentsB } from './round-19/english-documents-b.ts';
import { koreanRoundNineteenConversationsA } from './round-19/korean-conversations-a.ts';
import { koreanRoundNineteenConversationsB } from './round-19/korean-conversations-b.ts';
import { koreanRoundNineteenDocumentsA } from './round-19/korean-documents-a.ts';
import { koreanRoundNineteenDocumentsB } from './round-19/korean-documents-b.ts';
import { englishRoundTwentyConversationsA } from './round-20/english-conversations-a.ts';
import { englishRoundTwentyConversationsB } from './round-20/english-conversations-b.ts';
import { englishRoundTwentyDocumentsA } from './round-20/english-documents-a.ts';
import { englishRoundTwentyDocumentsB } from './round-20/english-documents-b.ts';
import { koreanRoundTwentyConversationsA } from './round-20/korean-conversations-a.ts';
import { koreanRoundTwentyConversationsB } from './round-20/korean-conversations-b.ts';
import { koreanRoundTwentyDocumentsA } from './round-20/korean-documents-a.ts';
import { koreanRoundTwentyDocumentsB } from './round-20/korean-documents-b.ts';
import { englishRoundTwentyOneConversationsA } from './round-21/english-conversations-a.ts';
import { englishRoundTwentyOneConversationsB } from './round-21/english-conversations-b.ts';
import { englishRoundTwentyOneDocumentsA } from './round-21/english-documents-a.ts';
import { englishRoundTwentyOneDocumentsB } from './round-21/english-documents-b.ts';
import { koreanRoundTwentyOneConversationsA } from './round-21/korean-conversations-a.ts';
import { koreanRoundTwentyOneConversationsB } from './round-21/korean-conversations-b.ts';
import { koreanRoundTwentyOneDocumentsA } from './round-21/korean-documents-a.ts';
import { koreanRoundTwentyOneDocumentsB } from './round-21/korean-documents-b.ts';
import { englishRoundTwentyTwoConversationsA } from './round-22/english-conversations-a.ts';
import { englishRoundTwentyTwoConversationsB } from './round-22/english-conversations-b.ts';
import { englishRoundTwentyTwoDocumentsA } from './round-22/english-documents-a.ts';
import { englishRoundTwentyTwoDocumentsB } from './round-22/english-documents-b.ts';
import { koreanRoundTwentyTwoConversationsA } from './round-22/korean-conversations-a.ts';
import { koreanRoundTwentyTwoConversationsB } from './round-22/korean-conversations-b.ts';
import { koreanRoundTwentyTwoDocumentsA } from './round-22/korean-documents-a.ts';
import { koreanRoundTwentyTwoDocumentsB } from './round-22/korean-documents-b.ts';
import { englishRoundTwentyThreeConversationsA } from './round-23/english-conversations-a.ts';
import { englishRoundTwentyThreeConversationsB } from './round-23/english-conversations-b.ts';
import { englishRoundTwentyThreeDocumentsA } from './round-23/english-documents-a.ts';
import { englishRoundTwentyThreeDocumentsB } from './round-23/english-documents-b.ts';
import { koreanRoundTwentyThreeConversationsA } from './round-23/korean-conversations-a.ts';
import { koreanRoundTwentyThreeConversationsB } from './round-23/korean-conversations-b.ts';
import { koreanRoundTwentyThreeDocumentsA } from './round-23/korean-documents-a.ts';
import { koreanRoundTwentyThreeDocumentsB } from './round-23/korean-documents-b.ts';
import { englishRoundTwentyFourConversationsA } from './round-24/english-conversations-a.ts';
import { englishRoundTwentyFourConversationsB } from './round-24/english-conversations-b.ts';
import { englishRoundTwentyFourDocumentsA } from './round-24/english-documents-a.ts';
import { englishRoundTwentyFourDocumentsB } from './round-24/english-documents-b.ts';
import { koreanRoundTwentyFourConversationsA } from './round-24/korean-conversations-a.ts';
import { koreanRoundTwentyFourConversationsB } from './round-24/korean-conversations-b.ts';
import { koreanRoundTwentyFourDocumentsA } from './round-24/korean-documents-a.ts';
import { koreanRoundTwentyFourDocumentsB } from './round-24/korean-documents-b.ts';
import { englishRoundTwentyFiveConversationsA } from './round-25/english-conversations-a.ts';
import { englishRoundTwentyFiveConversationsB } from './round-25/english-conversations-b.ts';
import { englishRoundTwentyFiveDocumentsA } from './round-25/english-documents-a.ts';
import { englishRoundTwentyFiveDocumentsB } from './round-25/english-documents-b.ts';
import { koreanRoundTwentyFiveConversationsA } from './round-25/korean-conversations-a.ts';
import { koreanRoundTwentyFiveConversationsB } from './round-25/korean-conversations-b.ts';
import { koreanRoundTwentyFiveDocumentsA } from './round-25/korean-documents-a.ts';
import { koreanRoundTwentyFiveDocumentsB } from './round-25/korean-documents-b.ts';
import { englishRoundTwentySixConversationsA } from './round-26/english-conversations-a.ts';
import { englishRoundTwentySixConversationsB } from './round-26/english-conversations-b.ts';
import { englishRoundTwentySixDocumentsA } from './round-26/english-documents-a.ts';
import { englishRoundTwentySixDocumentsB } from './round-26/english-documents-b.ts';
import { koreanRoundTwentySixConversationsA } from './round-26/korean-conversations-a.ts';
import { koreanRoundTwentySixConversationsB } from './round-26/korean-conversations-b.ts';
import { koreanRoundTwentySixDocumentsA } from './round-26/korean-documents-a.ts';
import { koreanRoundTwentySixDocumentsB } from './round-26/korean-documents-b.ts';
import { englishRoundTwentySevenConversationsA } from './round-27/english-conversations-a.ts';
import { englishRoundTwentySevenConversationsB } from './round-27/english-conversations-b.ts';
import { englishRoundTwentySevenDocumentsA } from './round-27/english-documents-a.ts';
import { englishRoundTwentySevenDocumentsB } from './round-27/english-documents-b.ts';
import { koreanRoundTwentySevenConversationsA } from './round-27/korean-conversations-a.ts';
import { koreanRoundTwentySevenConversationsB } from './round-27/korean-conversations-b.ts';
import { koreanRoundTwentySevenDocumentsA } from './round-27/korean-documents-a.ts';
import { koreanRoundTwentySevenDocumentsB } from './round-27/korean-documents-b.ts';
import { englishRoundTwentyEightConversationsA } from './round-28/english-conversations-a.ts';
import { englishRoundTwentyEightConversationsB } from './round-28/english-conversations-b.ts';
import { englishRoundTwentyEightDocumentsA } from './round-28/english-documents-a.ts';
import { englishRoundTwentyEightDocumentsB } from './round-28/english-documents-b.ts';
import { koreanRoundTwentyEightConversationsA } from './round-28/korean-conversations-a.ts';
import { koreanRoundTwentyEightConversationsB } from './round-28/korean-conversations-b.ts';
import { koreanRoundTwentyEightDocumentsA } from './round-28/korean-documents-a.ts';
import { koreanRoundTwentyEightDocumentsB } from './round-28/korean-documents-b.ts';
import { englishRoundTwentyNineConversationsA } from './round-29/english-conversations-a.ts';
import { englishRoundTwentyNineConversationsB } from './round-29/english-conversations-b.ts';
import { englishRoundTwentyNineDocumentsA } from './round-29/english-documents-a.ts';
import { englishRoundTwentyNineDocumentsB } from './round-29/english-documents-b.ts';
import { koreanRoundTwentyNineConversationsA } from './round-29/korean-conversations-a.ts';
import { koreanRoundTwentyNineConversationsB } from './round-29/korean-conversations-b.ts';
import { koreanRoundTwentyNineDocumentsA } from './round-29/korean-documents-a.ts';
import { koreanRoundTwentyNineDocumentsB } from './round-29/korean-documents-b.ts';
import { englishRoundThirtyConversationsA } from './round-30/english-conversations-a.ts';
import { englishRoundThirtyConversationsB } from './round-30/english-conversations-b.ts';
import { englishRoundThirtyDocumentsA } from './round-30/english-documents-a.ts';
import { englishRoundThirtyDocumentsB } from './round-30/english-documents-b.ts';
import { koreanRoundThirtyConversationsA } from './round-30/korean-conversations-a.ts';
import { koreanRoundThirtyConversationsB } from './round-30/korean-conversations-b.ts';
import { koreanRoundThirtyDocumentsA } from './round-30/korean-documents-a.ts';
import { koreanRoundThirtyDocumentsB } from './round-30/korean-documents-b.ts';
import { englishRoundThirtyOneConversationsA } from './round-31/english-conversations-a.ts';
import { englishRoundThirtyOneConversationsB } from './round-31/english-conversations-b.ts';
import { englishRoundThirtyOneDocumentsA } from './round-31/english-documents-a.ts';
import { englishRoundThirtyOneDocumentsB } from './round-31/english-documents-b.ts';
import { koreanRoundThirtyOneConversationsA } from './round-31/korean-conversations-a.ts';
import { koreanRoundThirtyOneConversationsB } from './round-31/korean-conversations-b.ts';
import { koreanRoundThirtyOneDocumentsA } from './round-31/korean-documents-a.ts';
import { koreanRoundThirtyOneDocumentsB } from './round-31/korean-documents-b.ts';
import { englishRoundThirtyTwoConversationsA } from './round-32/english-conversations-a.ts';
import { englishRoundThirtyTwoConversationsB } from './round-32/english-conversations-b.ts';
import { englishRoundThirtyTwoDocumentsA } from './round-32/english-documents-a.ts';
import { englishRoundThirtyTwoDocumentsB } from './round-32/english-documents-b.ts';
import { koreanRoundThirtyTwoConversationsA } from './round-32/korean-conversations-a.ts';
import { koreanRoundThirtyTwoConversationsB } from './round-32/korean-conversations-b.ts';
import { koreanRoundThirtyTwoDocumentsA } from './round-32/korean-documents-a.ts';
import { koreanRoundThirtyTwoDocumentsB } from './round-32/korean-documents-b.ts';
import { englishRoundThirtyThreeConversationsA } from './round-33/english-conversations-a.ts';
import { englishRoundThirtyThreeConversationsB } from './round-33/english-conversations-b.ts';
import { englishRoundThirtyThreeDocumentsA } from './round-33/english-documents-a.ts';
import { englishRoundThirtyThreeDocumentsB } from './round-33/english-documents-b.ts';
import { koreanRoundThirtyThreeConversationsA } from './round-33/korean-conversations-a.ts';
import { koreanRoundThirtyThreeConversationsB } from './round-33/korean-conversations-b.ts';
import { koreanRoundThirtyThreeDocumentsA } from './round-33/korean-documents-a.ts';
import { koreanRoundThirtyThreeDocumentsB } from './round-33/korean-documents-b.ts';
import { englishRoundThirtyFourConversationsA } from './round-34/english-conversations-a.ts';
import { englishRoundThirtyFourConversationsB } from './round-34/english-conversations-b.ts';
import { englishRoundThirtyFourDocumentsA } from './round-34/english-documents-a.ts';
import { englishRoundThirtyFourDocumentsB } from './round-34/english-documents-b.ts';
import { koreanRoundThirtyFourConversationsA } from './round-34/korean-conversations-a.ts';
import { koreanRoundThirtyFourConversationsB } from './round-34/korean-conversations-b.ts';
import { koreanRoundThirtyFourDocumentsA } from './round-34/korean-documents-a.ts';
import { koreanRoundThirtyFourDocumentsB } from './round-34/korean-documents-b.ts';
import { englishRoundThirtyFiveConversationsA } from './round-35/english-conversations-a.ts';
import { englishRoundThirtyFiveConversationsB } from './round-35/english-conversations-b.ts';
import { englishRoundThirtyFiveDocumentsA } from './round-35/english-documents-a.ts';
import { englishRoundThirtyFiveDocumentsB } from './round-35/english-documents-b.ts';
import { koreanRoundThirtyFiveConversationsA } from './round-35/korean-conversations-a.ts';
import { koreanRoundThirtyFiveConversationsB } from './round-35/korean-conversations-b.ts';
import { koreanRoundThirtyFiveDocumentsA } from './round-35/korean-documents-a.ts';
import { koreanRoundThirtyFiveDocumentsB } from './round-35/korean-documents-b.ts';
import { englishRoundThirtySixConversationsA } from './round-36/english-conversations-a.ts';
import { englishRoundThirtySixConversationsB } from './round-36/english-conversations-b.ts';
import { englishRoundThirtySixDocumentsA } from './round-36/english-documents-a.ts';
import { englishRoundThirtySixDocumentsB } from './round-36/english-documents-b.ts';
import { koreanRoundThirtySixConversationsA } from './round-36/korean-conversations-a.ts';
import { koreanRoundThirtySixConversationsB } from './round-36/korean-conversations-b.ts';
import { koreanRoundThirtySixDocumentsA } from './round-36/korean-documents-a.ts';
import { koreanRoundThirtySixDocumentsB } from './round-36/korean-documents-b.ts';
import { englishRoundThirtySevenConversationsA } from './round-37/english-conversations-a.ts';
import { englishRoundThirtySevenConversationsB } from './round-37/english-conversations-b.ts';
import { englishRoundThirtySevenDocumentsA } from './round-37/english-documents-a.ts';
import { englishRoundThirtySevenDocumentsB } from './round-37/english-documents-b.ts';
import { koreanRoundThirtySevenConversationsA } from './round-37/korean-conversations-a.ts';
import { koreanRoundThirtySevenConversationsB } from './round-37/korean-conversations-b.ts';
import { koreanRoundThirtySevenDocumentsA } from './round-37/korean-documents-a.ts';
import { koreanRoundThirtySevenDocumentsB } from './round-37/korean-documents-b.ts';
import { englishRoundThirtyEightConversationsA } from './round-38/english-conversations-a.ts';
import { englishRoundThirtyEightConversationsB } from './round-38/english-conversations-b.ts';
import { englishRoundThirtyEightDocumentsA } from './round-38/english-documents-a.ts';
import { englishRoundThirtyEightDocumentsB } from './round-38/english-documents-b.ts';
import { koreanRoundThirtyEightConversationsA } from './round-38/korean-conversations-a.ts';
import { koreanRoundThirtyEightConversationsB } from './round-38/korean-conversations-b.ts';
import { koreanRoundThirtyEightDocumentsA } from './round-38/korean-documents-a.ts';
import { koreanRoundThirtyEightDocumentsB } from './round-38/korean-documents-b.ts';
import { englishRoundThirtyNineConversationsA } from './round-39/english-conversations-a.ts';
import { englishRoundThirtyNineConversationsB } from './round-39/english-conversations-b.ts';
import { englishRoundThirtyNineDocumentsA } from './round-39/english-documents-a.ts';
import { englishRoundThirtyNineDocumentsB } from './round-39/english-documents-b.ts';
import { koreanRoundThirtyNineConversationsA } from './round-39/korean-conversations-a.ts';
import { koreanRoundThirtyNineConversationsB } from './round-39/korean-conversations-b.ts';
import { koreanRoundThirtyNineDocumentsA } from './round-39/korean-documents-a.ts';
import { koreanRoundThirtyNineDocumentsB } from './round-39/korean-documents-b.ts';
import { englishRoundFortyConversationsA } from './round-40/english-conversations-a.ts';
import { englishRoundFortyConversationsB } from './round-40/english-conversations-b.ts';
import { englishRoundFortyDocumentsA } from './round-40/english-documents-a.ts';
import { englishRoundFortyDocumentsB } from './round-40/english-documents-b.ts';
import { koreanRoundFortyConversationsA } from './round-40/korean-conversations-a.ts';
import { koreanRoundFortyConversationsB } from './round-40/korean-conversations-b.ts';
import { koreanRoundFortyDocumentsA } from './round-40/korean-documents-a.ts';
import { koreanRoundFortyDocumentsB } from './round-40/korean-documents-b.ts';
import { englishRoundFortyOneConversationsA } from './round-41/english-conversations-a.ts';
import { englishRoundFortyOneConversationsB } from './round-41/english-conversations-b.ts';
import { englishRoundFortyOneDocumentsA } from './round-41/english-documents-a.ts';
import { englishRoundFortyOneDocumentsB } from './round-41/english-documents-b.ts';
import { koreanRoundFortyOneConversationsA } from './round-41/korean-conversations-a.ts';
import { koreanRoundFortyOneConversationsB } from './round-41/korean-conversations-b.ts';
import { koreanRoundFortyOneDocumentsA } from './round-41/korean-documents-a.ts';
import { koreanRoundFortyOneDocumentsB } from './round-41/korean-documents-b.ts';
import { englishRoundFortyTwoConversationsA } from './round-42/english-conversations-a.ts';
import { englishRoundFortyTwoConversationsB } from './round-42/english-conversations-b.ts';
import { englishRoundFortyTwoDocumentsA } from './round-42/english-documents-a.ts';
import { englishRoundFortyTwoDocumentsB } from './round-42/english-documents-b.ts';
import { koreanRoundFortyTwoConversationsA } from './round-42/korean-conversations-a.ts';
import { koreanRoundFortyTwoConversationsB } from './round-42/korean-conversations-b.ts';
import { koreanRoundFortyTwoDocumentsA } from './round-42/korean-documents-a.ts';
import { koreanRoundFortyTwoDocumentsB } from './round-42/korean-documents-b.ts';
import { englishRoundFortyThreeConversationsA } from './round-43/english-conversations-a.ts';
import { englishRoundFortyThreeConversationsB } from './round-43/english-conversations-b.ts';
import { englishRoundFortyThreeDocumentsA } from './round-43/english-documents-a.ts';
import { englishRoundFortyThreeDocumentsB } from './round-43/english-documents-b.ts';
import { koreanRoundFortyThreeConversationsA } from './round-43/korean-conversations-a.ts';
import { koreanRoundFortyThreeConversationsB } from './round-43/korean-conversations-b.ts';
import { koreanRoundFortyThreeDocumentsA } from './round-43/korean-documents-a.ts';
import { koreanRoundFortyThreeDocumentsB } from './round-43/korean-documents-b.ts';
import { englishRoundFortyFourConversationsA } from './round-44/english-conversations-a.ts';
import { englishRoundFortyFourConversationsB } from './round-44/english-conversations-b.ts';
import { englishRoundFortyFourDocumentsA } from './round-44/english-documents-a.ts';
import { englishRoundFortyFourDocumentsB } from './round-44/english-documents-b.ts';
import { koreanRoundFortyFourConversationsA } from './round-44/korean-conversations-a.ts';
import { koreanRoundFortyFourConversationsB } from './round-44/korean-conversations-b.ts';
import { koreanRoundFortyFourDocumentsA } from './round-44/korean-documents-a.ts';
import { koreanRoundFortyFourDocumentsB } from './round-44/korean-documents-b.ts';
import { englishRoundFortyFiveConversationsA } from './round-45/english-conversations-a.ts';
import { englishRoundFortyFiveConversationsB } from './round-45/english-conversations-b.ts';
import { englishRoundFortyFiveDocumentsA } from './round-45/english-documents-a.ts';
import { englishRoundFortyFiveDocumentsB } from './round-45/english-documents-b.ts';
import { koreanRoundFortyFiveConversationsA } from './round-45/korean-conversations-a.ts';
import { koreanRoundFortyFiveConversationsB } from './round-45/korean-conversations-b.ts';
import { koreanRoundFortyFiveDocumentsA } from './round-45/korean-documents-a.ts';
import { koreanRoundFortyFiveDocumentsB } from './round-45/korean-documents-b.ts';
import { englishRoundFortySixConversationsA } from './round-46/english-conversations-a.ts';
import { englishRoundFortySixConversationsB } from './round-46/english-conversations-b.ts';
import { englishRoundFortySixDocumentsA } from './round-46/english-documents-a.ts';
import { englishRoundFortySixDocumentsB } from './round-46/english-documents-b.ts';
import { koreanRoundFortySixConversationsA } from './round-46/korean-conversations-a.ts';
import { koreanRoundFortySixConversationsB } from './round-46/korean-conversations-b.ts';
import { koreanRoundFortySixDocumentsA } from './round-46/korean-documents-a.ts';
import { koreanRoundFortySixDocumentsB } from './round-46/korean-documents-b.ts';
import { englishRoundFortySevenConversationsA } from './round-47/english-conversations-a.ts';
import { englishRoundFortySevenConversationsB } from './round-47/english-conversations-b.ts';
import { englishRoundFortySevenDocumentsA } from './round-47/english-documents-a.ts';
import { englishRoundFortySevenDocumentsB } from './round-47/english-documents-b.ts';
import { koreanRoundFortySevenConversationsA } from './round-47/korean-conversations-a.ts';
import { koreanRoundFortySevenConversationsB } from './round-47/korean-conversations-b.ts';
import { koreanRoundFortySevenDocumentsA } from './round-47/korean-documents-a.ts';
import { koreanRoundFortySevenDocumentsB } from './round-47/korean-documents-b.ts';
import { englishRoundFortyEightConversationsA } from './round-48/english-conversations-a.ts';
import { englishRoundFortyEightConversationsB } from './round-48/english-conversations-b.ts';
import { englishRoundFortyEightDocumentsA } from './round-48/english-documents-a.ts';
import { englishRoundFortyEightDocumentsB } from './round-48/english-documents-b.ts';
import { koreanRoundFortyEightConversationsA } from './round-48/korean-conversations-a.ts';
import { koreanRoundFortyEightConversationsB } from './round-48/korean-conversations-b.ts';
import { koreanRoundFortyEightDocumentsA } from './round-48/korean-documents-a.ts';
import { koreanRoundFortyEightDocumentsB } from './round-48/korean-documents-b.ts';
import { englishRoundFortyNineConversationsA } from './round-49/english-conversations-a.ts';
import { englishRoundFortyNineConversationsB } from './round-49/english-conversations-b.ts';
import { englishRoundFortyNineDocumentsA } from './round-49/english-documents-a.ts';
import { englishRoundFortyNineDocumentsB } from './round-49/english-documents-b.ts';
import { koreanRoundFortyNineConversationsA } from './round-49/korean-conversations-a.ts';
import { koreanRoundFortyNineConversationsB } from './round-49/korean-conversations-b.ts';
import { koreanRoundFortyNineDocumentsA } from './round-49/korean-documents-a.ts';
import { koreanRoundFortyNineDocumentsB } from './round-49/korean-documents-b.ts';
import { englishRoundFiftyConversationsA } from './round-50/english-conversations-a.ts';
import { englishRoundFiftyConversationsB } from './round-50/english-conversations-b.ts';
import { englishRoundFiftyDocumentsA } from './round-50/english-documents-a.ts';
import { englishRoundFiftyDocumentsB } from './round-50/english-documents-b.ts';
import { koreanRoundFiftyConversationsA } from './round-50/korean-conversations-a.ts';
import { koreanRoundFiftyConversationsB } from './round-50/korean-conversations-b.ts';
import { koreanRoundFiftyDocumentsA } from './round-50/korean-documents-a.ts';
import { koreanRoundFiftyDocumentsB } from './round-50/korean-documents-b.ts';
import { englishRoundFiftyOneConversationsA } from './round-51/english-conversations-a.ts';
import { englishRoundFiftyOneConversationsB } from './round-51/english-conversations-b.ts';
import { englishRoundFiftyOneDocumentsA } from './round-51/english-documents-a.ts';
import { englishRoundFiftyOneDocumentsB } from './round-51/english-documents-b.ts';
import { koreanRoundFiftyOneConversationsA } from './round-51/korean-conversations-a.ts';
import { koreanRoundFiftyOneConversationsB } from './round-51/korean-conversations-b.ts';
import { koreanRoundFiftyOneDocumentsA } from './round-51/korean-documents-a.ts';
import { koreanRoundFiftyOneDocumentsB } from './round-51/korean-documents-b.ts';
import { englishRoundFiftyTwoConversationsA } from './round-52/english-conversations-a.ts';
import { englishRoundFiftyTwoConversationsB } from './round-52/english-conversations-b.ts';
import { englishRoundFiftyTwoDocumentsA } from './round-52/english-documents-a.ts';
import { englishRoundFiftyTwoDocumentsB } from './round-52/english-documents-b.ts';
import { koreanRoundFiftyTwoConversationsA } from './round-52/korean-conversations-a.ts';
import { koreanRoundFiftyTwoConversationsB } from './round-52/korean-conversations-b.ts';
import { koreanRoundFiftyTwoDocumentsA } from './round-52/korean-documents-a.ts';
import { koreanRoundFiftyTwoDocumentsB } from './round-52/korean-documents-b.ts';
import { englishRoundFiftyThreeConversationsA } from './round-53/english-conversations-a.ts';
import { englishRoundFiftyThreeConversationsB } from './round-53/english-conversations-b.ts';
import { englishRoundFiftyThreeDocumentsA } from './round-53/english-documents-a.ts';
import { englishRoundFiftyThreeDocumentsB } from './round-53/english-documents-b.ts';
import { koreanRoundFiftyThreeConversationsA } from './round-53/korean-conversations-a.ts';
import { koreanRoundFiftyThreeConversationsB } from './round-53/korean-conversations-b.ts';
import { koreanRoundFiftyThreeDocumentsA } from './round-53/korean-documents-a.ts';
import { koreanRoundFiftyThreeDocumentsB } from './round-53/korean-documents-b.ts';
import { englishRoundFiftyFourConversationsA } from './round-54/english-conversations-a.ts';
import { englishRoundFiftyFourConversationsB } from './round-54/english-conversations-b.ts';
import { englishRoundFiftyFourDocumentsA } from './round-54/english-documents-a.ts';
import { englishRoundFiftyFourDocumentsB } from './round-54/english-documents-b.ts';
import { koreanRoundFiftyFourConversationsA } from './round-54/korean-conversations-a.ts';
import { koreanRoundFiftyFourConversationsB } from './round-54/korean-conversations-b.ts';
import { koreanRoundFiftyFourDocumentsA } from './round-54/korean-documents-a.ts';
import { koreanRoundFiftyFourDocumentsB } from './round-54/korean-documents-b.ts';
import { englishRoundFiftyFiveConversationsA } from './round-55/english-conversations-a.ts';
import { englishRoundFiftyFiveConversationsB } from './round-55/english-conversations-b.ts';
import { englishRoundFiftyFiveDocumentsA } from './round-55/english-documents-a.ts';
import { englishRoundFiftyFiveDocumentsB } from './round-55/english-documents-b.ts';
import { koreanRoundFiftyFiveConversationsA } from './round-55/korean-conversations-a.ts';
import { koreanRoundFiftyFiveConversationsB } from './round-55/korean-conversations-b.ts';
import { koreanRoundFiftyFiveDocumentsA } from './round-55/korean-documents-a.ts';
import { koreanRoundFiftyFiveDocumentsB } from './round-55/korean-documents-b.ts';
import { englishRoundFiftySixConversationsA } from './round-56/english-conversations-a.ts';
import { englishRoundFiftySixConversationsB } from './round-56/english-conversations-b.ts';
import { englishRoundFiftySixDocumentsA } from './round-56/english-documents-a.ts';
import { englishRoundFiftySixDocumentsB } from './round-56/english-documents-b.ts';
import { koreanRoundFiftySixConversationsA } from './round-56/korean-conversations-a.ts';
import { koreanRoundFiftySixConversationsB } from './round-56/korean-conversations-b.ts';
import { koreanRoundFiftySixDocumentsA } from './round-56/korean-documents-a.ts';
import { koreanRoundFiftySixDocumentsB } from './round-56/korean-documents-b.ts';
import { englishRoundFiftySevenConversationsA } from './round-57/english-conversations-a.ts';
import { englishRoundFiftySevenConversationsB } from './round-57/english-conversations-b.ts';
import { englishRoundFiftySevenDocumentsA } from './round-57/english-documents-a.ts';
import { englishRoundFiftySevenDocumentsB } from './round-57/english-documents-b.ts';
import { koreanRoundFiftySevenConversationsA } from './round-57/korean-conversations-a.ts';
import { koreanRoundFiftySevenConversationsB } from './round-57/korean-conversations-b.ts';
import { koreanRoundFiftySevenDocumentsA } from './round-57/korean-documents-a.ts';
import { koreanRoundFiftySevenDocumentsB } from './round-57/korean-documents-b.ts';
import { englishRoundFiftyEightConversationsA } from './round-58/english-conversations-a.ts';
import { englishRoundFiftyEightConversationsB } from './round-58/english-conversations-b.ts';
import { englishRoundFiftyEightDocumentsA } from './round-58/english-documents-a.ts';
import { englishRoundFiftyEightDocumentsB } from './round-58/english-documents-b.ts';
import { koreanRoundFiftyEightConversationsA } from './round-58/korean-conversations-a.ts';
import { koreanRoundFiftyEightConversationsB } from './round-58/korean-conversations-b.ts';
import { koreanRoundFiftyEightDocumentsA } from './round-58/korean-documents-a.ts';
import { koreanRoundFiftyEightDocumentsB } from './round-58/korean-documents-b.ts';
import { englishRoundFiftyNineConversationsA } from './round-59/english-conversations-a.ts';
import { englishRoundFiftyNineConversationsB } from './round-59/english-conversations-b.ts';
import { englishRoundFiftyNineDocumentsA } from './round-59/english-documents-a.ts';
import { englishRoundFiftyNineDocumentsB } from './round-59/english-documents-b.ts';
import { koreanRoundFiftyNineConversationsA } from './round-59/korean-conversations-a.ts';
import { koreanRoundFiftyNineConversationsB } from './round-59/korean-conversations-b.ts';
import { koreanRoundFiftyNineDocumentsA } from './round-59/korean-documents-a.ts';
import { koreanRoundFiftyNineDocumentsB } from './round-59/korean-documents-b.ts';
import { englishRoundSixtyConversationsA } from './round-60/english-conversations-a.ts';
import { englishRoundSixtyConversationsB } from './round-60/english-conversations-b.ts';
import { englishRoundSixtyDocumentsA } from './round-60/english-documents-a.ts';
import { englishRoundSixtyDocumentsB } from './round-60/english-documents-b.ts';
import { koreanRoundSixtyConversationsA } from './round-60/korean-conversations-a.ts';
import { koreanRoundSixtyConversationsB } from './round-60/korean-conversations-b.ts';
import { koreanRoundSixtyDocumentsA } from './round-60/korean-documents-a.ts';
import { koreanRoundSixtyDocumentsB } from './round-60/korean-documents-b.ts';
import { englishRoundSixtyOneConversationsA } from './round-61/english-conversations-a.ts';
import { englishRoundSixtyOneConversationsB } from './round-61/english-conversations-b.ts';
import { englishRoundSixtyOneDocumentsA } from './round-61/english-documents-a.ts';
import { englishRoundSixtyOneDocumentsB } from './round-61/english-documents-b.ts';
import { koreanRoundSixtyOneConversationsA } from './round-61/korean-conversations-a.ts';
import { koreanRoundSixtyOneConversationsB } from './round-61/korean-conversations-b.ts';
import { koreanRoundSixtyOneDocumentsA } from './round-61/korean-documents-a.ts';
import { koreanRoundSixtyOneDocumentsB } from './round-61/korean-documents-b.ts';
import { englishRoundSixtyTwoConversationsA } from './round-62/english-conversations-a.ts';
import { englishRoundSixtyTwoConversationsB } from './round-62/english-conversations-b.ts';
import { englishRoundSixtyTwoDocumentsA } from './round-62/english-documents-a.ts';
import { englishRoundSixtyTwoDocumentsB } from './round-62/english-documents-b.ts';
import { koreanRoundSixtyTwoConversationsA } from './round-62/korean-conversations-a.ts';
import { koreanRoundSixtyTwoConversationsB } from './round-62/korean-conversations-b.ts';
import { koreanRoundSixtyTwoDocumentsA } from './round-62/korean-documents-a.ts';
import { koreanRoundSixtyTwoDocumentsB } from './round-62/korean-documents-b.ts';
import { englishRoundSixtyThreeConversationsA } from './round-63/english-conversations-a.ts';
import { englishRoundSixtyThreeConversationsB } from './round-63/english-conversations-b.ts';
import { englishRoundSixtyThreeDocumentsA } from './round-63/english-documents-a.ts';
import { englishRoundSixtyThreeDocumentsB } from './round-63/english-documents-b.ts';
import { koreanRoundSixtyThreeConversationsA } from './round-63/korean-conversations-a.ts';
import { koreanRoundSixtyThreeConversationsB } from './round-63/korean-conversations-b.ts';
import { koreanRoundSixtyThreeDocumentsA } from './round-63/korean-documents-a.ts';
import { koreanRoundSixtyThreeDocumentsB } from './round-63/korean-documents-b.ts';
import { englishRoundSixtyFourConversationsA } from './round-64/english-conversations-a.ts';
import { englishRoundSixtyFourConversationsB } from './round-64/english-conversations-b.ts';
import { englishRoundSixtyFourDocumentsA } from './round-64/english-documents-a.ts';
import { englishRoundSixtyFourDocumentsB } from './round-64/english-documents-b.ts';
import { koreanRoundSixtyFourConversationsA } from './round-64/korean-conversations-a.ts';
import { koreanRoundSixtyFourConversationsB } from './round-64/korean-conversations-b.ts';
import { koreanRoundSixtyFourDocumentsA } from './round-64/korean-documents-a.ts';
import { koreanRoundSixtyFourDocumentsB } from './round-64/korean-documents-b.ts';
import { englishRoundSixtyFiveConversationsA } from './round-65/english-conversations-a.ts';
import { englishRoundSixtyFiveConversationsB } from './round-65/english-conversations-b.ts';
import { englishRoundSixtyFiveDocumentsA } from './round-65/english-documents-a.ts';
import { englishRoundSixtyFiveDocumentsB } from './round-65/english-documents-b.ts';
import { koreanRoundSixtyFiveConversationsA } from './round-65/korean-conversations-a.ts';
import { koreanRoundSixtyFiveConversationsB } from './round-65/korean-conversations-b.ts';
import { koreanRoundSixtyFiveDocumentsA } from './round-65/korean-documents-a.ts';
import { koreanRoundSixtyFiveDocumentsB } from './round-65/korean-documents-b.ts';
import { englishRoundSixtySixConversationsA } from './round-66/english-conversations-a.ts';
import { englishRoundSixtySixConversationsB } from './round-66/english-conversations-b.ts';
import { englishRoundSixtySixDocumentsA } from './round-66/english-documents-a.ts';
import { englishRoundSixtySixDocumentsB } from './round-66/english-documents-b.ts';
import { koreanRoundSixtySixConversationsA } from './round-66/korean-conversations-a.ts';
import { koreanRoundSixtySixConversationsB } from './round-66/korean-conversations-b.ts';
import { koreanRoundSixtySixDocumentsA } from './round-66/korean-documents-a.ts';
import { koreanRoundSixtySixDocumentsB } from './round-66/korean-documents-b.ts';
import type { IndependentText } from './types.ts';

export type { IndependentText } from './types.ts';

/** One text with its labels as offsets, and where it came from. */
export interface IndependentEvalText {
  id: string;
  lang: 'ko' | 'en';
  kind: 'conversation' | 'document';
  /** `dev` texts may be read to find and fix misses; `test` texts are only measured (their misses are not printed). */
  split: 'dev' | 'test';
  /** The first round was split in halves; the later rounds, written by other writers, extend the dev half only. */
  round: 1 | 2 | LaterRound;
  text: string;
  labels: Span[];
}

const sources = [
  { name: 'ko-conversation', lang: 'ko', kind: 'conversation', texts: koreanConversations },
  { name: 'en-conversation', lang: 'en', kind: 'conversation', texts: englishConversations },
  { name: 'ko-document', lang: 'ko', kind: 'document', texts: koreanDocuments },
  { name: 'en-document', lang: 'en', kind: 'document', texts: englishDocuments },
] as const;

/** The second round: each file holds its conversations first, then its documents. */
const secondRound = [
  { name: 'ko-round-2', lang: 'ko', conversations: 70, texts: koreanRoundTwo },
  { name: 'en-round-2', lang: 'en', conversations: 70, texts: englishRoundTwo },
] as const;

/**
 * The third to the twenty-fifth round, one file per language and kind (two writers each from the fifth; from the sixth the
 * writers wrote more texts of the kinds of the first round's dev half, which they read, the seventh's and the eighth's
 * with more names, the eighth's and the ninth's in scenes the first round did not cover, the ninth's with more structured
 * identifiers, the tenth's to the thirteenth's one new text each for 25 of its texts, the fourteenth's and the
 * sixteenth's, the eighteenth's and the twentieth's the text each writer wrote next, the fifteenth's, the seventeenth's and
 * the nineteenth's and the twenty-first's the one before, the sixteenth's to the twenty-second's with twice the structured
 * identifiers; the twentieth's and the twenty-first's after the last 25 of each conversation file's examples, told that two
 * colleagues had written such a text already, the twenty-second's the next text again, the documents' in reverse order, the
 * twenty-third's the next text after the last 25 again, the twenty-fourth's the text before the first 25 and the
 * twenty-fifth's the text before the last 25 (the documents' in reverse order), with at least two of the kinds the test
 * half's misses are of).
 */
const laterRounds = [
  { round: 3, name: 'ko-conversation-3', lang: 'ko', kind: 'conversation', texts: koreanRoundThreeConversations },
  { round: 3, name: 'en-conversation-3', lang: 'en', kind: 'conversation', texts: englishRoundThreeConversations },
  { round: 3, name: 'ko-document-3', lang: 'ko', kind: 'document', texts: koreanRoundThreeDocuments },
  { round: 3, name: 'en-document-3', lang: 'en', kind: 'document', texts: englishRoundThreeDocuments },
  { round: 4, name: 'ko-conversation-4', lang: 'ko', kind: 'conversation', texts: koreanRoundFourConversations },
  { round: 4, name: 'en-conversation-4', lang: 'en', kind: 'conversation', texts: englishRoundFourConversations },
  { round: 4, name: 'ko-document-4', lang: 'ko', kind: 'document', texts: koreanRoundFourDocuments },
  { round: 4, name: 'en-document-4', lang: 'en', kind: 'document', texts: englishRoundFourDocuments },
  { round: 5, name: 'en-conversation-5a', lang: 'en', kind: 'conversation', texts: englishRoundFiveConversationsA },
  { round: 5, name: 'en-conversation-5b', lang: 'en', kind: 'conversation', texts: englishRoundFiveConversationsB },
  { round: 5, name: 'en-document-5a', lang: 'en', kind: 'document', texts: englishRoundFiveDocumentsA },
  { round: 5, name: 'en-document-5b', lang: 'en', kind: 'document', texts: englishRoundFiveDocumentsB },
  { round: 5, name: 'ko-conversation-5a', lang: 'ko', kind: 'conversation', texts: koreanRoundFiveConversationsA },
  { round: 5, name: 'ko-conversation-5b', lang: 'ko', kind: 'conversation', texts: koreanRoundFiveConversationsB },
  { round: 5, name: 'ko-document-5a', lang: 'ko', kind: 'document', texts: koreanRoundFiveDocumentsA },
  { round: 5, name: 'ko-document-5b', lang: 'ko', kind: 'document', texts: koreanRoundFiveDocumentsB },
  { round: 6, name: 'en-conversation-6a', lang: 'en', kind: 'conversation', texts: englishRoundSixConversationsA },
  { round: 6, name: 'en-conversation-6b', lang: 'en', kind: 'conversation', texts: englishRoundSixConversationsB },
  { round: 6, name: 'en-document-6a', lang: 'en', kind: 'document', texts: englishRoundSixDocumentsA },
  { round: 6, name: 'en-document-6b', lang: 'en', kind: 'document', texts: englishRoundSixDocumentsB },
  { round: 6, name: 'ko-conversation-6a', lang: 'ko', kind: 'conversation', texts: koreanRoundSixConversationsA },
  { round: 6, name: 'ko-conversation-6b', lang: 'ko', kind: 'conversation', texts: koreanRoundSixConversationsB },
  { round: 6, name: 'ko-document-6a', lang: 'ko', kind: 'document', texts: koreanRoundSixDocumentsA },
  { round: 6, name: 'ko-document-6b', lang: 'ko', kind: 'document', texts: koreanRoundSixDocumentsB },
  { round: 7, name: 'en-conversation-7a', lang: 'en', kind: 'conversation', texts: englishRoundSevenConversationsA },
  { round: 7, name: 'en-conversation-7b', lang: 'en', kind: 'conversation', texts: englishRoundSevenConversationsB },
  { round: 7, name: 'en-document-7a', lang: 'en', kind: 'document', texts: englishRoundSevenDocumentsA },
  { round: 7, name: 'en-document-7b', lang: 'en', kind: 'document', texts: englishRoundSevenDocumentsB },
  { round: 7, name: 'ko-conversation-7a', lang: 'ko', kind: 'conversation', texts: koreanRoundSevenConversationsA },
  { round: 7, name: 'ko-conversation-7b', lang: 'ko', kind: 'conversation', texts: koreanRoundSevenConversationsB },
  { round: 7, name: 'ko-document-7a', lang: 'ko', kind: 'document', texts: koreanRoundSevenDocumentsA },
  { round: 7, name: 'ko-document-7b', lang: 'ko', kind: 'document', texts: koreanRoundSevenDocumentsB },
  { round: 8, name: 'en-conversation-8a', lang: 'en', kind: 'conversation', texts: englishRoundEightConversationsA },
  { round: 8, name: 'en-conversation-8b', lang: 'en', kind: 'conversation', texts: englishRoundEightConversationsB },
  { round: 8, name: 'en-document-8a', lang: 'en', kind: 'document', texts: englishRoundEightDocumentsA },
  { round: 8, name: 'en-document-8b', lang: 'en', kind: 'document', texts: englishRoundEightDocumentsB },
  { round: 8, name: 'ko-conversation-8a', lang: 'ko', kind: 'conversation', texts: koreanRoundEightConversationsA },
  { round: 8, name: 'ko-conversation-8b', lang: 'ko', kind: 'conversation', texts: koreanRoundEightConversationsB },
  { round: 8, name: 'ko-document-8a', lang: 'ko', kind: 'document', texts: koreanRoundEightDocumentsA },
  { round: 8, name: 'ko-document-8b', lang: 'ko', kind: 'document', texts: koreanRoundEightDocumentsB },
  { round: 9, name: 'en-conversation-9a', lang: 'en', kind: 'conversation', texts: englishRoundNineConversationsA },
  { round: 9, name: 'en-conversation-9b', lang: 'en', kind: 'conversation', texts: englishRoundNineConversationsB },
  { round: 9, name: 'en-document-9a', lang: 'en', kind: 'document', texts: englishRoundNineDocumentsA },
  { round: 9, name: 'en-document-9b', lang: 'en', kind: 'document', texts: englishRoundNineDocumentsB },
  { round: 9, name: 'ko-conversation-9a', lang: 'ko', kind: 'conversation', texts: koreanRoundNineConversationsA },
  { round: 9, name: 'ko-conversation-9b', lang: 'ko', kind: 'conversation', texts: koreanRoundNineConversationsB },
  { round: 9, name: 'ko-document-9a', lang: 'ko', kind: 'document', texts: koreanRoundNineDocumentsA },
  { round: 9, name: 'ko-document-9b', lang: 'ko', kind: 'document', texts: koreanRoundNineDocumentsB },
  { round: 10, name: 'en-conversation-10a', lang: 'en', kind: 'conversation', texts: englishRoundTenConversationsA },
  { round: 10, name: 'en-conversation-10b', lang: 'en', kind: 'conversation', texts: englishRoundTenConversationsB },
  { round: 10, name: 'en-document-10a', lang: 'en', kind: 'document', texts: englishRoundTenDocumentsA },
  { round: 10, name: 'en-document-10b', lang: 'en', kind: 'document', texts: englishRoundTenDocumentsB },
  { round: 10, name: 'ko-conversation-10a', lang: 'ko', kind: 'conversation', texts: koreanRoundTenConversationsA },
  { round: 10, name: 'ko-conversation-10b', lang: 'ko', kind: 'conversation', texts: koreanRoundTenConversationsB },
  { round: 10, name: 'ko-document-10a', lang: 'ko', kind: 'document', texts: koreanRoundTenDocumentsA },
  { round: 10, name: 'ko-document-10b', lang: 'ko', kind: 'document', texts: koreanRoundTenDocumentsB },
  { round: 11, name: 'en-conversation-11a', lang: 'en', kind: 'conversation', texts: englishRoundElevenConversationsA },
  { round: 11, name: 'en-conversation-11b', lang: 'en', kind: 'conversation', texts: englishRoundElevenConversationsB },
  { round: 11, name: 'en-document-11a', lang: 'en', kind: 'document', texts: englishRoundElevenDocumentsA },
  { round: 11, name: 'en-document-11b', lang: 'en', kind: 'document', texts: englishRoundElevenDocumentsB },
  { round: 11, name: 'ko-conversation-11a', lang: 'ko', kind: 'conversation', texts: koreanRoundElevenConversationsA },
  { round: 11, name: 'ko-conversation-11b', lang: 'ko', kind: 'conversation', texts: koreanRoundElevenConversationsB },
  { round: 11, name: 'ko-document-11a', lang: 'ko', kind: 'document', texts: koreanRoundElevenDocumentsA },
  { round: 11, name: 'ko-document-11b', lang: 'ko', kind: 'document', texts: koreanRoundElevenDocumentsB },
  { round: 12, name: 'en-conversation-12a', lang: 'en', kind: 'conversation', texts: englishRoundTwelveConversationsA },
  { round: 12, name: 'en-conversation-12b', lang: 'en', kind: 'conversation', texts: englishRoundTwelveConversationsB },
  { round: 12, name: 'en-document-12a', lang: 'en', kind: 'document', texts: englishRoundTwelveDocumentsA },
  { round: 12, name: 'en-document-12b', lang: 'en', kind: 'document', texts: englishRoundTwelveDocumentsB },
  { round: 12, name: 'ko-conversation-12a', lang: 'ko', kind: 'conversation', texts: koreanRoundTwelveConversationsA },
  { round: 12, name: 'ko-conversation-12b', lang: 'ko', kind: 'conversation', texts: koreanRoundTwelveConversationsB },
  { round: 12, name: 'ko-document-12a', lang: 'ko', kind: 'document', texts: koreanRoundTwelveDocumentsA },
  { round: 12, name: 'ko-document-12b', lang: 'ko', kind: 'document', texts: koreanRoundTwelveDocumentsB },
  { round: 13, name: 'en-conversation-13a', lang: 'en', kind: 'conversation', texts: englishRoundThirteenConversationsA },
  { round: 13, name: 'en-conversation-13b', lang: 'en', kind: 'conversation', texts: englishRoundThirteenConversationsB },
  { round: 13, name: 'en-document-13a', lang: 'en', kind: 'document', texts: englishRoundThirteenDocumentsA },
  { round: 13, name: 'en-document-13b', lang: 'en', kind: 'document', texts: englishRoundThirteenDocumentsB },
  { round: 13, name: 'ko-conversation-13a', lang: 'ko', kind: 'conversation', texts: koreanRoundThirteenConversationsA },
  { round: 13, name: 'ko-conversation-13b', lang: 'ko', kind: 'conversation', texts: koreanRoundThirteenConversationsB },
  { round: 13, name: 'ko-document-13a', lang: 'ko', kind: 'document', texts: koreanRoundThirteenDocumentsA },
  { round: 13, name: 'ko-document-13b', lang: 'ko', kind: 'document', texts: koreanRoundThirteenDocumentsB },
  { round: 14, name: 'en-conversation-14a', lang: 'en', kind: 'conversation', texts: englishRoundFourteenConversationsA },
  { round: 14, name: 'en-conversation-14b', lang: 'en', kind: 'conversation', texts: englishRoundFourteenConversationsB },
  { round: 14, name: 'en-document-14a', lang: 'en', kind: 'document', texts: englishRoundFourteenDocumentsA },
  { round: 14, name: 'en-document-14b', lang: 'en', kind: 'document', texts: englishRoundFourteenDocumentsB },
  { round: 14, name: 'ko-conversation-14a', lang: 'ko', kind: 'conversation', texts: koreanRoundFourteenConversationsA },
  { round: 14, name: 'ko-conversation-14b', lang: 'ko', kind: 'conversation', texts: koreanRoundFourteenConversationsB },
  { round: 14, name: 'ko-document-14a', lang: 'ko', kind: 'document', texts: koreanRoundFourteenDocumentsA },
  { round: 14, name: 'ko-document-14b', lang: 'ko', kind: 'document', texts: koreanRoundFourteenDocumentsB },
  { round: 15, name: 'en-conversation-15a', lang: 'en', kind: 'conversation', texts: englishRoundFifteenConversationsA },
  { round: 15, name: 'en-conversation-15b', lang: 'en', kind: 'conversation', texts: englishRoundFifteenConversationsB },
  { round: 15, name: 'en-document-15a', lang: 'en', kind: 'document', texts: englishRoundFifteenDocumentsA },
  { round: 15, name: 'en-document-15b', lang: 'en', kind: 'document', texts: englishRoundFifteenDocumentsB },
  { round: 15, name: 'ko-conversation-15a', lang: 'ko', kind: 'conversation', texts: koreanRoundFifteenConversationsA },
  { round: 15, name: 'ko-conversation-15b', lang: 'ko', kind: 'conversation', texts: koreanRoundFifteenConversationsB },
  { round: 15, name: 'ko-document-15a', lang: 'ko', kind: 'document', texts: koreanRoundFifteenDocumentsA },
  { round: 15, name: 'ko-document-15b', lang: 'ko', kind: 'document', texts: koreanRoundFifteenDocumentsB },
  { round: 16, name: 'en-conversation-16a', lang: 'en', kind: 'conversation', texts: englishRoundSixteenConversationsA },
  { round: 16, name: 'en-conversation-16b', lang: 'en', kind: 'conversation', texts: englishRoundSixteenConversationsB },
  { round: 16, name: 'en-document-16a', lang: 'en', kind: 'document', texts: englishRoundSixteenDocumentsA },
  { round: 16, name: 'en-document-16b', lang: 'en', kind: 'document', texts: englishRoundSixteenDocumentsB },
  { round: 16, name: 'ko-conversation-16a', lang: 'ko', kind: 'conversation', texts: koreanRoundSixteenConversationsA },
  { round: 16, name: 'ko-conversation-16b', lang: 'ko', kind: 'conversation', texts: koreanRoundSixteenConversationsB },
  { round: 16, name: 'ko-document-16a', lang: 'ko', kind: 'document', texts: koreanRoundSixteenDocumentsA },
  { round: 16, name: 'ko-document-16b', lang: 'ko', kind: 'document', texts: koreanRoundSixteenDocumentsB },
  { round: 17, name: 'en-conversation-17a', lang: 'en', kind: 'conversation', texts: englishRoundSeventeenConversationsA },
  { round: 17, name: 'en-conversation-17b', lang: 'en', kind: 'conversation', texts: englishRoundSeventeenConversationsB },
  { round: 17, name: 'en-document-17a', lang: 'en', kind: 'document', texts: englishRoundSeventeenDocumentsA },
  { round: 17, name: 'en-document-17b', lang: 'en', kind: 'document', texts: englishRoundSeventeenDocumentsB },
  { round: 17, name: 'ko-conversation-17a', lang: 'ko', kind: 'conversation', texts: koreanRoundSeventeenConversationsA },
  { round: 17, name: 'ko-conversation-17b', lang: 'ko', kind: 'conversation', texts: koreanRoundSeventeenConversationsB },
  { round: 17, name: 'ko-document-17a', lang: 'ko', kind: 'document', texts: koreanRoundSeventeenDocumentsA },
  { round: 17, name: 'ko-document-17b', lang: 'ko', kind: 'document', texts: koreanRoundSeventeenDocumentsB },
  { round: 18, name: 'en-conversation-18a', lang: 'en', kind: 'conversation', texts: englishRoundEighteenConversationsA },
  { round: 18, name: 'en-conversation-18b', lang: 'en', kind: 'conversation', texts: englishRoundEighteenConversationsB },
  { round: 18, name: 'en-document-18a', lang: 'en', kind: 'document', texts: englishRoundEighteenDocumentsA },
  { round: 18, name: 'en-document-18b', lang: 'en', kind: 'document', texts: englishRoundEighteenDocumentsB },
  { round: 18, name: 'ko-conversation-18a', lang: 'ko', kind: 'conversation', texts: koreanRoundEighteenConversationsA },
  { round: 18, name: 'ko-conversation-18b', lang: 'ko', kind: 'conversation', texts: koreanRoundEighteenConversationsB },
  { round: 18, name: 'ko-document-18a', lang: 'ko', kind: 'document', texts: koreanRoundEighteenDocumentsA },
  { round: 18, name: 'ko-document-18b', lang: 'ko', kind: 'document', texts: koreanRoundEighteenDocumentsB },
  { round: 19, name: 'en-conversation-19a', lang: 'en', kind: 'conversation', texts: englishRoundNineteenConversationsA },
  { round: 19, name: 'en-conversation-19b', lang: 'en', kind: 'conversation', texts: englishRoundNineteenConversationsB },
  { round: 19, name: 'en-document-19a', lang: 'en', kind: 'document', texts: englishRoundNineteenDocumentsA },
  { round: 19, name: 'en-document-19b', lang: 'en', kind: 'document', texts: englishRoundNineteenDocumentsB },
  { round: 19, name: 'ko-conversation-19a', lang: 'ko', kind: 'conversation', texts: koreanRoundNineteenConversationsA },
  { round: 19, name: 'ko-conversation-19b', lang: 'ko', kind: 'conversation', texts: koreanRoundNineteenConversationsB },
  { round: 19, name: 'ko-document-19a', lang: 'ko', kind: 'document', texts: koreanRoundNineteenDocumentsA },
  { round: 19, name: 'ko-document-19b', lang: 'ko', kind: 'document', texts: koreanRoundNineteenDocumentsB },
  { round: 20, name: 'en-conversation-20a', lang: 'en', kind: 'conversation', texts: englishRoundTwentyConversationsA },
  { round: 20, name: 'en-conversation-20b', lang: 'en', kind: 'conversation', texts: englishRoundTwentyConversationsB },
  { round: 20, name: 'en-document-20a', lang: 'en', kind: 'document', texts: englishRoundTwentyDocumentsA },
  { round: 20, name: 'en-document-20b', lang: 'en', kind: 'document', texts: englishRoundTwentyDocumentsB },
  { round: 20, name: 'ko-conversation-20a', lang: 'ko', kind: 'conversation', texts: koreanRoundTwentyConversationsA },
  { round: 20, name: 'ko-conversation-20b', lang: 'ko', kind: 'conversation', texts: koreanRoundTwentyConversationsB },
  { round: 20, name: 'ko-document-20a', lang: 'ko', kind: 'document', texts: koreanRoundTwentyDocumentsA },
  { round: 20, name: 'ko-document-20b', lang: 'ko', kind: 'document', texts: koreanRoundTwentyDocumentsB },
  { round: 21, name: 'en-conversation-21a', lang: 'en', kind: 'conversation', texts: englishRoundTwentyOneConversationsA },
  { round: 21, name: 'en-conversation-21b', lang: 'en', kind: 'conversation', texts: englishRoundTwentyOneConversationsB },
  { round: 21, name: 'en-document-21a', lang: 'en', kind: 'document', texts: englishRoundTwentyOneDocumentsA },
  { round: 21, name: 'en-document-21b', lang: 'en', kind: 'document', texts: englishRoundTwentyOneDocumentsB },
  { round: 21, name: 'ko-conversation-21a', lang: 'ko', kind: 'conversation', texts: koreanRoundTwentyOneConversationsA },
  { round: 21, name: 'ko-conversation-21b', lang: 'ko', kind: 'conversation', texts: koreanRoundTwentyOneConversationsB },
  { round: 21, name: 'ko-document-21a', lang: 'ko', kind: 'document', texts: koreanRoundTwentyOneDocumentsA },
  { round: 21, name: 'ko-document-21b', lang: 'ko', kind: 'document', texts: koreanRoundTwentyOneDocumentsB },
  { round: 22, name: 'en-conversation-22a', lang: 'en', kind: 'conversation', texts: englishRoundTwentyTwoConversationsA },
  { round: 22, name: 'en-conversation-22b', lang: 'en', kind: 'conversation', texts: englishRoundTwentyTwoConversationsB },
  { round: 22, name: 'en-document-22a', lang: 'en', kind: 'document', texts: englishRoundTwentyTwoDocumentsA },
  { round: 22, name: 'en-document-22b', lang: 'en', kind: 'document', texts: englishRoundTwentyTwoDocumentsB },
  { round: 22, name: 'ko-conversation-22a', lang: 'ko', kind: 'conversation', texts: koreanRoundTwentyTwoConversationsA },
  { round: 22, name: 'ko-conversation-22b', lang: 'ko', kind: 'conversation', texts: koreanRoundTwentyTwoConversationsB },
  { round: 22, name: 'ko-document-22a', lang: 'ko', kind: 'document', texts: koreanRoundTwentyTwoDocumentsA },
  { round: 22, name: 'ko-document-22b', lang: 'ko', kind: 'document', texts: koreanRoundTwentyTwoDocumentsB },
  { round: 23, name: 'en-conversation-23a', lang: 'en', kind: 'conversation', texts: englishRoundTwentyThreeConversationsA },
  { round: 23, name: 'en-conversation-23b', lang: 'en', kind: 'conversation', texts: englishRoundTwentyThreeConversationsB },
  { round: 23, name: 'en-document-23a', lang: 'en', kind: 'document', texts: englishRoundTwentyThreeDocumentsA },
  { round: 23, name: 'en-document-23b', lang: 'en', kind: 'document', texts: englishRoundTwentyThreeDocumentsB },
  { round: 23, name: 'ko-conversation-23a', lang: 'ko', kind: 'conversation', texts: koreanRoundTwentyThreeConversationsA },
  { round: 23, name: 'ko-conversation-23b', lang: 'ko', kind: 'conversation', texts: koreanRoundTwentyThreeConversationsB },
  { round: 23, name: 'ko-document-23a', lang: 'ko', kind: 'document', texts: koreanRoundTwentyThreeDocumentsA },
  { round: 23, name: 'ko-document-23b', lang: 'ko', kind: 'document', texts: koreanRoundTwentyThreeDocumentsB },
  { round: 24, name: 'en-conversation-24a', lang: 'en', kind: 'conversation', texts: englishRoundTwentyFourConversationsA },
  { round: 24, name: 'en-conversation-24b', lang: 'en', kind: 'conversation', texts: englishRoundTwentyFourConversationsB },
  { round: 24, name: 'en-document-24a', lang: 'en', kind: 'document', texts: englishRoundTwentyFourDocumentsA },
  { round: 24, name: 'en-document-24b', lang: 'en', kind: 'document', texts: englishRoundTwentyFourDocumentsB },
  { round: 24, name: 'ko-conversation-24a', lang: 'ko', kind: 'conversation', texts: koreanRoundTwentyFourConversationsA },
  { round: 24, name: 'ko-conversation-24b', lang: 'ko', kind: 'conversation', texts: koreanRoundTwentyFourConversationsB },
  { round: 24, name: 'ko-document-24a', lang: 'ko', kind: 'document', texts: koreanRoundTwentyFourDocumentsA },
  { round: 24, name: 'ko-document-24b', lang: 'ko', kind: 'document', texts: koreanRoundTwentyFourDocumentsB },
  { round: 25, name: 'en-conversation-25a', lang: 'en', kind: 'conversation', texts: englishRoundTwentyFiveConversationsA },
  { round: 25, name: 'en-conversation-25b', lang: 'en', kind: 'conversation', texts: englishRoundTwentyFiveConversationsB },
  { round: 25, name: 'en-document-25a', lang: 'en', kind: 'document', texts: englishRoundTwentyFiveDocumentsA },
  { round: 25, name: 'en-document-25b', lang: 'en', kind: 'document', texts: englishRoundTwentyFiveDocumentsB },
  { round: 25, name: 'ko-conversation-25a', lang: 'ko', kind: 'conversation', texts: koreanRoundTwentyFiveConversationsA },
  { round: 25, name: 'ko-conversation-25b', lang: 'ko', kind: 'conversation', texts: koreanRoundTwentyFiveConversationsB },
  { round: 25, name: 'ko-document-25a', lang: 'ko', kind: 'document', texts: koreanRoundTwentyFiveDocumentsA },
  { round: 25, name: 'ko-document-25b', lang: 'ko', kind: 'document', texts: koreanRoundTwentyFiveDocumentsB },
  { round: 26, name: 'en-conversation-26a', lang: 'en', kind: 'conversation', texts: englishRoundTwentySixConversationsA },
  { round: 26, name: 'en-conversation-26b', lang: 'en', kind: 'conversation', texts: englishRoundTwentySixConversationsB },
  { round: 26, name: 'en-document-26a', lang: 'en', kind: 'document', texts: englishRoundTwentySixDocumentsA },
  { round: 26, name: 'en-document-26b', lang: 'en', kind: 'document', texts: englishRoundTwentySixDocumentsB },
  { round: 26, name: 'ko-conversation-26a', lang: 'ko', kind: 'conversation', texts: koreanRoundTwentySixConversationsA },
  { round: 26, name: 'ko-conversation-26b', lang: 'ko', kind: 'conversation', texts: koreanRoundTwentySixConversationsB },
  { round: 26, name: 'ko-document-26a', lang: 'ko', kind: 'document', texts: koreanRoundTwentySixDocumentsA },
  { round: 26, name: 'ko-document-26b', lang: 'ko', kind: 'document', texts: koreanRoundTwentySixDocumentsB },
  { round: 27, name: 'en-conversation-27a', lang: 'en', kind: 'conversation', texts: englishRoundTwentySevenConversationsA },
  { round: 27, name: 'en-conversation-27b', lang: 'en', kind: 'conversation', texts: englishRoundTwentySevenConversationsB },
  { round: 27, name: 'en-document-27a', lang: 'en', kind: 'document', texts: englishRoundTwentySevenDocumentsA },
  { round: 27, name: 'en-document-27b', lang: 'en', kind: 'document', texts: englishRoundTwentySevenDocumentsB },
  { round: 27, name: 'ko-conversation-27a', lang: 'ko', kind: 'conversation', texts: koreanRoundTwentySevenConversationsA },
  { round: 27, name: 'ko-conversation-27b', lang: 'ko', kind: 'conversation', texts: koreanRoundTwentySevenConversationsB },
  { round: 27, name: 'ko-document-27a', lang: 'ko', kind: 'document', texts: koreanRoundTwentySevenDocumentsA },
  { round: 27, name: 'ko-document-27b', lang: 'ko', kind: 'document', texts: koreanRoundTwentySevenDocumentsB },
  { round: 28, name: 'en-conversation-28a', lang: 'en', kind: 'conversation', texts: englishRoundTwentyEightConversationsA },
  { round: 28, name: 'en-conversation-28b', lang: 'en', kind: 'conversation', texts: englishRoundTwentyEightConversationsB },
  { round: 28, name: 'en-document-28a', lang: 'en', kind: 'document', texts: englishRoundTwentyEightDocumentsA },
  { round: 28, name: 'en-document-28b', lang: 'en', kind: 'document', texts: englishRoundTwentyEightDocumentsB },
  { round: 28, name: 'ko-conversation-28a', lang: 'ko', kind: 'conversation', texts: koreanRoundTwentyEightConversationsA },
  { round: 28, name: 'ko-conversation-28b', lang: 'ko', kind: 'conversation', texts: koreanRoundTwentyEightConversationsB },
  { round: 28, name: 'ko-document-28a', lang: 'ko', kind: 'document', texts: koreanRoundTwentyEightDocumentsA },
  { round: 28, name: 'ko-document-28b', lang: 'ko', kind: 'document', texts: koreanRoundTwentyEightDocumentsB },
  { round: 29, name: 'en-conversation-29a', lang: 'en', kind: 'conversation', texts: englishRoundTwentyNineConversationsA },
  { round: 29, name: 'en-conversation-29b', lang: 'en', kind: 'conversation', texts: englishRoundTwentyNineConversationsB },
  { round: 29, name: 'en-document-29a', lang: 'en', kind: 'document', texts: englishRoundTwentyNineDocumentsA },
  { round: 29, name: 'en-document-29b', lang: 'en', kind: 'document', texts: englishRoundTwentyNineDocumentsB },
  { round: 29, name: 'ko-conversation-29a', lang: 'ko', kind: 'conversation', texts: koreanRoundTwentyNineConversationsA },
  { round: 29, name: 'ko-conversation-29b', lang: 'ko', kind: 'conversation', texts: koreanRoundTwentyNineConversationsB },
  { round: 29, name: 'ko-document-29a', lang: 'ko', kind: 'document', texts: koreanRoundTwentyNineDocumentsA },
  { round: 29, name: 'ko-document-29b', lang: 'ko', kind: 'document', texts: koreanRoundTwentyNineDocumentsB },
  { round: 30, name: 'en-conversation-30a', lang: 'en', kind: 'conversation', texts: englishRoundThirtyConversationsA },
  { round: 30, name: 'en-conversation-30b', lang: 'en', kind: 'conversation', texts: englishRoundThirtyConversationsB },
  { round: 30, name: 'en-document-30a', lang: 'en', kind: 'document', texts: englishRoundThirtyDocumentsA },
  { round: 30, name: 'en-document-30b', lang: 'en', kind: 'document', texts: englishRoundThirtyDocumentsB },
  { round: 30, name: 'ko-conversation-30a', lang: 'ko', kind: 'conversation', texts: koreanRoundThirtyConversationsA },
  { round: 30, name: 'ko-conversation-30b', lang: 'ko', kind: 'conversation', texts: koreanRoundThirtyConversationsB },
  { round: 30, name: 'ko-document-30a', lang: 'ko', kind: 'document', texts: koreanRoundThirtyDocumentsA },
  { round: 30, name: 'ko-document-30b', lang: 'ko', kind: 'document', texts: koreanRoundThirtyDocumentsB },
  { round: 31, name: 'en-conversation-31a', lang: 'en', kind: 'conversation', texts: englishRoundThirtyOneConversationsA },
  { round: 31, name: 'en-conversation-31b', lang: 'en', kind: 'conversation', texts: englishRoundThirtyOneConversationsB },
  { round: 31, name: 'en-document-31a', lang: 'en', kind: 'document', texts: englishRoundThirtyOneDocumentsA },
  { round: 31, name: 'en-document-31b', lang: 'en', kind: 'document', texts: englishRoundThirtyOneDocumentsB },
  { round: 31, name: 'ko-conversation-31a', lang: 'ko', kind: 'conversation', texts: koreanRoundThirtyOneConversationsA },
  { round: 31, name: 'ko-conversation-31b', lang: 'ko', kind: 'conversation', texts: koreanRoundThirtyOneConversationsB },
  { round: 31, name: 'ko-document-31a', lang: 'ko', kind: 'document', texts: koreanRoundThirtyOneDocumentsA },
  { round: 31, name: 'ko-document-31b', lang: 'ko', kind: 'document', texts: koreanRoundThirtyOneDocumentsB },
  { round: 32, name: 'en-conversation-32a', lang: 'en', kind: 'conversation', texts: englishRoundThirtyTwoConversationsA },
  { round: 32, name: 'en-conversation-32b', lang: 'en', kind: 'conversation', texts: englishRoundThirtyTwoConversationsB },
  { round: 32, name: 'en-document-32a', lang: 'en', kind: 'document', texts: englishRoundThirtyTwoDocumentsA },
  { round: 32, name: 'en-document-32b', lang: 'en', kind: 'document', texts: englishRoundThirtyTwoDocumentsB },
  { round: 32, name: 'ko-conversation-32a', lang: 'ko', kind: 'conversation', texts: koreanRoundThirtyTwoConversationsA },
  { round: 32, name: 'ko-conversation-32b', lang: 'ko', kind: 'conversation', texts: koreanRoundThirtyTwoConversationsB },
  { round: 32, name: 'ko-document-32a', lang: 'ko', kind: 'document', texts: koreanRoundThirtyTwoDocumentsA },
  { round: 32, name: 'ko-document-32b', lang: 'ko', kind: 'document', texts: koreanRoundThirtyTwoDocumentsB },
  { round: 33, name: 'en-conversation-33a', lang: 'en', kind: 'conversation', texts: englishRoundThirtyThreeConversationsA },
  { round: 33, name: 'en-conversation-33b', lang: 'en', kind: 'conversation', texts: englishRoundThirtyThreeConversationsB },
  { round: 33, name: 'en-document-33a', lang: 'en', kind: 'document', texts: englishRoundThirtyThreeDocumentsA },
  { round: 33, name: 'en-document-33b', lang: 'en', kind: 'document', texts: englishRoundThirtyThreeDocumentsB },
  { round: 33, name: 'ko-conversation-33a', lang: 'ko', kind: 'conversation', texts: koreanRoundThirtyThreeConversationsA },
  { round: 33, name: 'ko-conversation-33b', lang: 'ko', kind: 'conversation', texts: koreanRoundThirtyThreeConversationsB },
  { round: 33, name: 'ko-document-33a', lang: 'ko', kind: 'document', texts: koreanRoundThirtyThreeDocumentsA },
  { round: 33, name: 'ko-document-33b', lang: 'ko', kind: 'document', texts: koreanRoundThirtyThreeDocumentsB },
  { round: 34, name: 'en-conversation-34a', lang: 'en', kind: 'conversation', texts: englishRoundThirtyFourConversationsA },
  { round: 34, name: 'en-conversation-34b', lang: 'en', kind: 'conversation', texts: englishRoundThirtyFourConversationsB },
  { round: 34, name: 'en-document-34a', lang: 'en', kind: 'document', texts: englishRoundThirtyFourDocumentsA },
  { round: 34, name: 'en-document-34b', lang: 'en', kind: 'document', texts: englishRoundThirtyFourDocumentsB },
  { round: 34, name: 'ko-conversation-34a', lang: 'ko', kind: 'conversation', texts: koreanRoundThirtyFourConversationsA },
  { round: 34, name: 'ko-conversation-34b', lang: 'ko', kind: 'conversation', texts: koreanRoundThirtyFourConversationsB },
  { round: 34, name: 'ko-document-34a', lang: 'ko', kind: 'document', texts: koreanRoundThirtyFourDocumentsA },
  { round: 34, name: 'ko-document-34b', lang: 'ko', kind: 'document', texts: koreanRoundThirtyFourDocumentsB },
  { round: 35, name: 'en-conversation-35a', lang: 'en', kind: 'conversation', texts: englishRoundThirtyFiveConversationsA },
  { round: 35, name: 'en-conversation-35b', lang: 'en', kind: 'conversation', texts: englishRoundThirtyFiveConversationsB },
  { round: 35, name: 'en-document-35a', lang: 'en', kind: 'document', texts: englishRoundThirtyFiveDocumentsA },
  { round: 35, name: 'en-document-35b', lang: 'en', kind: 'document', texts: englishRoundThirtyFiveDocumentsB },
  { round: 35, name: 'ko-conversation-35a', lang: 'ko', kind: 'conversation', texts: koreanRoundThirtyFiveConversationsA },
  { round: 35, name: 'ko-conversation-35b', lang: 'ko', kind: 'conversation', texts: koreanRoundThirtyFiveConversationsB },
  { round: 35, name: 'ko-document-35a', lang: 'ko', kind: 'document', texts: koreanRoundThirtyFiveDocumentsA },
  { round: 35, name: 'ko-document-35b', lang: 'ko', kind: 'document', texts: koreanRoundThirtyFiveDocumentsB },
  { round: 36, name: 'en-conversation-36a', lang: 'en', kind: 'conversation', texts: englishRoundThirtySixConversationsA },
  { round: 36, name: 'en-conversation-36b', lang: 'en', kind: 'conversation', texts: englishRoundThirtySixConversationsB },
  { round: 36, name: 'en-document-36a', lang: 'en', kind: 'document', texts: englishRoundThirtySixDocumentsA },
  { round: 36, name: 'en-document-36b', lang: 'en', kind: 'document', texts: englishRoundThirtySixDocumentsB },
  { round: 36, name: 'ko-conversation-36a', lang: 'ko', kind: 'conversation', texts: koreanRoundThirtySixConversationsA },
  { round: 36, name: 'ko-conversation-36b', lang: 'ko', kind: 'conversation', texts: koreanRoundThirtySixConversationsB },
  { round: 36, name: 'ko-document-36a', lang: 'ko', kind: 'document', texts: koreanRoundThirtySixDocumentsA },
  { round: 36, name: 'ko-document-36b', lang: 'ko', kind: 'document', texts: koreanRoundThirtySixDocumentsB },
  { round: 37, name: 'en-conversation-37a', lang: 'en', kind: 'conversation', texts: englishRoundThirtySevenConversationsA },
  { round: 37, name: 'en-conversation-37b', lang: 'en', kind: 'conversation', texts: englishRoundThirtySevenConversationsB },
  { round: 37, name: 'en-document-37a', lang: 'en', kind: 'document', texts: englishRoundThirtySevenDocumentsA },
  { round: 37, name: 'en-document-37b', lang: 'en', kind: 'document', texts: englishRoundThirtySevenDocumentsB },
  { round: 37, name: 'ko-conversation-37a', lang: 'ko', kind: 'conversation', texts: koreanRoundThirtySevenConversationsA },
  { round: 37, name: 'ko-conversation-37b', lang: 'ko', kind: 'conversation', texts: koreanRoundThirtySevenConversationsB },
  { round: 37, name: 'ko-document-37a', lang: 'ko', kind: 'document', texts: koreanRoundThirtySevenDocumentsA },
  { round: 37, name: 'ko-document-37b', lang: 'ko', kind: 'document', texts: koreanRoundThirtySevenDocumentsB },
  { round: 38, name: 'en-conversation-38a', lang: 'en', kind: 'conversation', texts: englishRoundThirtyEightConversationsA },
  { round: 38, name: 'en-conversation-38b', lang: 'en', kind: 'conversation', texts: englishRoundThirtyEightConversationsB },
  { round: 38, name: 'en-document-38a', lang: 'en', kind: 'document', texts: englishRoundThirtyEightDocumentsA },
  { round: 38, name: 'en-document-38b', lang: 'en', kind: 'document', texts: englishRoundThirtyEightDocumentsB },
  { round: 38, name: 'ko-conversation-38a', lang: 'ko', kind: 'conversation', texts: koreanRoundThirtyEightConversationsA },
  { round: 38, name: 'ko-conversation-38b', lang: 'ko', kind: 'conversation', texts: koreanRoundThirtyEightConversationsB },
  { round: 38, name: 'ko-document-38a', lang: 'ko', kind: 'document', texts: koreanRoundThirtyEightDocumentsA },
  { round: 38, name: 'ko-document-38b', lang: 'ko', kind: 'document', texts: koreanRoundThirtyEightDocumentsB },
  { round: 39, name: 'en-conversation-39a', lang: 'en', kind: 'conversation', texts: englishRoundThirtyNineConversationsA },
  { round: 39, name: 'en-conversation-39b', lang: 'en', kind: 'conversation', texts: englishRoundThirtyNineConversationsB },
  { round: 39, name: 'en-document-39a', lang: 'en', kind: 'document', texts: englishRoundThirtyNineDocumentsA },
  { round: 39, name: 'en-document-39b', lang: 'en', kind: 'document', texts: englishRoundThirtyNineDocumentsB },
  { round: 39, name: 'ko-conversation-39a', lang: 'ko', kind: 'conversation', texts: koreanRoundThirtyNineConversationsA },
  { round: 39, name: 'ko-conversation-39b', lang: 'ko', kind: 'conversation', texts: koreanRoundThirtyNineConversationsB },
  { round: 39, name: 'ko-document-39a', lang: 'ko', kind: 'document', texts: koreanRoundThirtyNineDocumentsA },
  { round: 39, name: 'ko-document-39b', lang: 'ko', kind: 'document', texts: koreanRoundThirtyNineDocumentsB },
  { round: 40, name: 'en-conversation-40a', lang: 'en', kind: 'conversation', texts: englishRoundFortyConversationsA },
  { round: 40, name: 'en-conversation-40b', lang: 'en', kind: 'conversation', texts: englishRoundFortyConversationsB },
  { round: 40, name: 'en-document-40a', lang: 'en', kind: 'document', texts: englishRoundFortyDocumentsA },
  { round: 40, name: 'en-document-40b', lang: 'en', kind: 'document', texts: englishRoundFortyDocumentsB },
  { round: 40, name: 'ko-conversation-40a', lang: 'ko', kind: 'conversation', texts: koreanRoundFortyConversationsA },
  { round: 40, name: 'ko-conversation-40b', lang: 'ko', kind: 'conversation', texts: koreanRoundFortyConversationsB },
  { round: 40, name: 'ko-document-40a', lang: 'ko', kind: 'document', texts: koreanRoundFortyDocumentsA },
  { round: 40, name: 'ko-document-40b', lang: 'ko', kind: 'document', texts: koreanRoundFortyDocumentsB },
  { round: 41, name: 'en-conversation-41a', lang: 'en', kind: 'conversation', texts: englishRoundFortyOneConversationsA },
  { round: 41, name: 'en-conversation-41b', lang: 'en', kind: 'conversation', texts: englishRoundFortyOneConversationsB },
  { round: 41, name: 'en-document-41a', lang: 'en', kind: 'document', texts: englishRoundFortyOneDocumentsA },
  { round: 41, name: 'en-document-41b', lang: 'en', kind: 'document', texts: englishRoundFortyOneDocumentsB },
  { round: 41, name: 'ko-conversation-41a', lang: 'ko', kind: 'conversation', texts: koreanRoundFortyOneConversationsA },
  { round: 41, name: 'ko-conversation-41b', lang: 'ko', kind: 'conversation', texts: koreanRoundFortyOneConversationsB },
  { round: 41, name: 'ko-document-41a', lang: 'ko', kind: 'document', texts: koreanRoundFortyOneDocumentsA },
  { round: 41, name: 'ko-document-41b', lang: 'ko', kind: 'document', texts: koreanRoundFortyOneDocumentsB },
  { round: 42, name: 'en-conversation-42a', lang: 'en', kind: 'conversation', texts: englishRoundFortyTwoConversationsA },
  { round: 42, name: 'en-conversation-42b', lang: 'en', kind: 'conversation', texts: englishRoundFortyTwoConversationsB },
  { round: 42, name: 'en-document-42a', lang: 'en', kind: 'document', texts: englishRoundFortyTwoDocumentsA },
  { round: 42, name: 'en-document-42b', lang: 'en', kind: 'document', texts: englishRoundFortyTwoDocumentsB },
  { round: 42, name: 'ko-conversation-42a', lang: 'ko', kind: 'conversation', texts: koreanRoundFortyTwoConversationsA },
  { round: 42, name: 'ko-conversation-42b', lang: 'ko', kind: 'conversation', texts: koreanRoundFortyTwoConversationsB },
  { round: 42, name: 'ko-document-42a', lang: 'ko', kind: 'document', texts: koreanRoundFortyTwoDocumentsA },
  { round: 42, name: 'ko-document-42b', lang: 'ko', kind: 'document', texts: koreanRoundFortyTwoDocumentsB },
  { round: 43, name: 'en-conversation-43a', lang: 'en', kind: 'conversation', texts: englishRoundFortyThreeConversationsA },
  { round: 43, name: 'en-conversation-43b', lang: 'en', kind: 'conversation', texts: englishRoundFortyThreeConversationsB },
  { round: 43, name: 'en-document-43a', lang: 'en', kind: 'document', texts: englishRoundFortyThreeDocumentsA },
  { round: 43, name: 'en-document-43b', lang: 'en', kind: 'document', texts: englishRoundFortyThreeDocumentsB },
  { round: 43, name: 'ko-conversation-43a', lang: 'ko', kind: 'conversation', texts: koreanRoundFortyThreeConversationsA },
  { round: 43, name: 'ko-conversation-43b', lang: 'ko', kind: 'conversation', texts: koreanRoundFortyThreeConversationsB },
  { round: 43, name: 'ko-document-43a', lang: 'ko', kind: 'document', texts: koreanRoundFortyThreeDocumentsA },
  { round: 43, name: 'ko-document-43b', lang: 'ko', kind: 'document', texts: koreanRoundFortyThreeDocumentsB },
  { round: 44, name: 'en-conversation-44a', lang: 'en', kind: 'conversation', texts: englishRoundFortyFourConversationsA },
  { round: 44, name: 'en-conversation-44b', lang: 'en', kind: 'conversation', texts: englishRoundFortyFourConversationsB },
  { round: 44, name: 'en-document-44a', lang: 'en', kind: 'document', texts: englishRoundFortyFourDocumentsA },
  { round: 44, name: 'en-document-44b', lang: 'en', kind: 'document', texts: englishRoundFortyFourDocumentsB },
  { round: 44, name: 'ko-conversation-44a', lang: 'ko', kind: 'conversation', texts: koreanRoundFortyFourConversationsA },
  { round: 44, name: 'ko-conversation-44b', lang: 'ko', kind: 'conversation', texts: koreanRoundFortyFourConversationsB },
  { round: 44, name: 'ko-document-44a', lang: 'ko', kind: 'document', texts: koreanRoundFortyFourDocumentsA },
  { round: 44, name: 'ko-document-44b', lang: 'ko', kind: 'document', texts: koreanRoundFortyFourDocumentsB },
  { round: 45, name: 'en-conversation-45a', lang: 'en', kind: 'conversation', texts: englishRoundFortyFiveConversationsA },
  { round: 45, name: 'en-conversation-45b', lang: 'en', kind: 'conversation', texts: englishRoundFortyFiveConversationsB },
  { round: 45, name: 'en-document-45a', lang: 'en', kind: 'document', texts: englishRoundFortyFiveDocumentsA },
  { round: 45, name: 'en-document-45b', lang: 'en', kind: 'document', texts: englishRoundFortyFiveDocumentsB },
  { round: 45, name: 'ko-conversation-45a', lang: 'ko', kind: 'conversation', texts: koreanRoundFortyFiveConversationsA },
  { round: 45, name: 'ko-conversation-45b', lang: 'ko', kind: 'conversation', texts: koreanRoundFortyFiveConversationsB },
  { round: 45, name: 'ko-document-45a', lang: 'ko', kind: 'document', texts: koreanRoundFortyFiveDocumentsA },
  { round: 45, name: 'ko-document-45b', lang: 'ko', kind: 'document', texts: koreanRoundFortyFiveDocumentsB },
  { round: 46, name: 'en-conversation-46a', lang: 'en', kind: 'conversation', texts: englishRoundFortySixConversationsA },
  { round: 46, name: 'en-conversation-46b', lang: 'en', kind: 'conversation', texts: englishRoundFortySixConversationsB },
  { round: 46, name: 'en-document-46a', lang: 'en', kind: 'document', texts: englishRoundFortySixDocumentsA },
  { round: 46, name: 'en-document-46b', lang: 'en', kind: 'document', texts: englishRoundFortySixDocumentsB },
  { round: 46, name: 'ko-conversation-46a', lang: 'ko', kind: 'conversation', texts: koreanRoundFortySixConversationsA },
  { round: 46, name: 'ko-conversation-46b', lang: 'ko', kind: 'conversation', texts: koreanRoundFortySixConversationsB },
  { round: 46, name: 'ko-document-46a', lang: 'ko', kind: 'document', texts: koreanRoundFortySixDocumentsA },
  { round: 46, name: 'ko-document-46b', lang: 'ko', kind: 'document', texts: koreanRoundFortySixDocumentsB },
  { round: 47, name: 'en-conversation-47a', lang: 'en', kind: 'conversation', texts: englishRoundFortySevenConversationsA },
  { round: 47, name: 'en-conversation-47b', lang: 'en', kind: 'conversation', texts: englishRoundFortySevenConversationsB },
  { round: 47, name: 'en-document-47a', lang: 'en', kind: 'document', texts: englishRoundFortySevenDocumentsA },
  { round: 47, name: 'en-document-47b', lang: 'en', kind: 'document', texts: englishRoundFortySevenDocumentsB },
  { round: 47, name: 'ko-conversation-47a', lang: 'ko', kind: 'conversation', texts: koreanRoundFortySevenConversationsA },
  { round: 47, name: 'ko-conversation-47b', lang: 'ko', kind: 'conversation', texts: koreanRoundFortySevenConversationsB },
  { round: 47, name: 'ko-document-47a', lang: 'ko', kind: 'document', texts: koreanRoundFortySevenDocumentsA },
  { round: 47, name: 'ko-document-47b', lang: 'ko', kind: 'document', texts: koreanRoundFortySevenDocumentsB },
  { round: 48, name: 'en-conversation-48a', lang: 'en', kind: 'conversation', texts: englishRoundFortyEightConversationsA },
  { round: 48, name: 'en-conversation-48b', lang: 'en', kind: 'conversation', texts: englishRoundFortyEightConversationsB },
  { round: 48, name: 'en-document-48a', lang: 'en', kind: 'document', texts: englishRoundFortyEightDocumentsA },
  { round: 48, name: 'en-document-48b', lang: 'en', kind: 'document', texts: englishRoundFortyEightDocumentsB },
  { round: 48, name: 'ko-conversation-48a', lang: 'ko', kind: 'conversation', texts: koreanRoundFortyEightConversationsA },
  { round: 48, name: 'ko-conversation-48b', lang: 'ko', kind: 'conversation', texts: koreanRoundFortyEightConversationsB },
  { round: 48, name: 'ko-document-48a', lang: 'ko', kind: 'document', texts: koreanRoundFortyEightDocumentsA },
  { round: 48, name: 'ko-document-48b', lang: 'ko', kind: 'document', texts: koreanRoundFortyEightDocumentsB },
  { round: 49, name: 'en-conversation-49a', lang: 'en', kind: 'conversation', texts: englishRoundFortyNineConversationsA },
  { round: 49, name: 'en-conversation-49b', lang: 'en', kind: 'conversation', texts: englishRoundFortyNineConversationsB },
  { round: 49, name: 'en-document-49a', lang: 'en', kind: 'document', texts: englishRoundFortyNineDocumentsA },
  { round: 49, name: 'en-document-49b', lang: 'en', kind: 'document', texts: englishRoundFortyNineDocumentsB },
  { round: 49, name: 'ko-conversation-49a', lang: 'ko', kind: 'conversation', texts: koreanRoundFortyNineConversationsA },
  { round: 49, name: 'ko-conversation-49b', lang: 'ko', kind: 'conversation', texts: koreanRoundFortyNineConversationsB },
  { round: 49, name: 'ko-document-49a', lang: 'ko', kind: 'document', texts: koreanRoundFortyNineDocumentsA },
  { round: 49, name: 'ko-document-49b', lang: 'ko', kind: 'document', texts: koreanRoundFortyNineDocumentsB },
  { round: 50, name: 'en-conversation-50a', lang: 'en', kind: 'conversation', texts: englishRoundFiftyConversationsA },
  { round: 50, name: 'en-conversation-50b', lang: 'en', kind: 'conversation', texts: englishRoundFiftyConversationsB },
  { round: 50, name: 'en-document-50a', lang: 'en', kind: 'document', texts: englishRoundFiftyDocumentsA },
  { round: 50, name: 'en-document-50b', lang: 'en', kind: 'document', texts: englishRoundFiftyDocumentsB },
  { round: 50, name: 'ko-conversation-50a', lang: 'ko', kind: 'conversation', texts: koreanRoundFiftyConversationsA },
  { round: 50, name: 'ko-conversation-50b', lang: 'ko', kind: 'conversation', texts: koreanRoundFiftyConversationsB },
  { round: 50, name: 'ko-document-50a', lang: 'ko', kind: 'document', texts: koreanRoundFiftyDocumentsA },
  { round: 50, name: 'ko-document-50b', lang: 'ko', kind: 'document', texts: koreanRoundFiftyDocumentsB },
  { round: 51, name: 'en-conversation-51a', lang: 'en', kind: 'conversation', texts: englishRoundFiftyOneConversationsA },
  { round: 51, name: 'en-conversation-51b', lang: 'en', kind: 'conversation', texts: englishRoundFiftyOneConversationsB },
  { round: 51, name: 'en-document-51a', lang: 'en', kind: 'document', texts: englishRoundFiftyOneDocumentsA },
  { round: 51, name: 'en-document-51b', lang: 'en', kind: 'document', texts: englishRoundFiftyOneDocumentsB },
  { round: 51, name: 'ko-conversation-51a', lang: 'ko', kind: 'conversation', texts: koreanRoundFiftyOneConversationsA },
  { round: 51, name: 'ko-conversation-51b', lang: 'ko', kind: 'conversation', texts: koreanRoundFiftyOneConversationsB },
  { round: 51, name: 'ko-document-51a', lang: 'ko', kind: 'document', texts: koreanRoundFiftyOneDocumentsA },
  { round: 51, name: 'ko-document-51b', lang: 'ko', kind: 'document', texts: koreanRoundFiftyOneDocumentsB },
  { round: 52, name: 'en-conversation-52a', lang: 'en', kind: 'conversation', texts: englishRoundFiftyTwoConversationsA },
  { round: 52, name: 'en-conversation-52b', lang: 'en', kind: 'conversation', texts: englishRoundFiftyTwoConversationsB },
  { round: 52, name: 'en-document-52a', lang: 'en', kind: 'document', texts: englishRoundFiftyTwoDocumentsA },
  { round: 52, name: 'en-document-52b', lang: 'en', kind: 'document', texts: englishRoundFiftyTwoDocumentsB },
  { round: 52, name: 'ko-conversation-52a', lang: 'ko', kind: 'conversation', texts: koreanRoundFiftyTwoConversationsA },
  { round: 52, name: 'ko-conversation-52b', lang: 'ko', kind: 'conversation', texts: koreanRoundFiftyTwoConversationsB },
  { round: 52, name: 'ko-document-52a', lang: 'ko', kind: 'document', texts: koreanRoundFiftyTwoDocumentsA },
  { round: 52, name: 'ko-document-52b', lang: 'ko', kind: 'document', texts: koreanRoundFiftyTwoDocumentsB },
  { round: 53, name: 'en-conversation-53a', lang: 'en', kind: 'conversation', texts: englishRoundFiftyThreeConversationsA },
  { round: 53, name: 'en-conversation-53b', lang: 'en', kind: 'conversation', texts: englishRoundFiftyThreeConversationsB },
  { round: 53, name: 'en-document-53a', lang: 'en', kind: 'document', texts: englishRoundFiftyThreeDocumentsA },
  { round: 53, name: 'en-document-53b', lang: 'en', kind: 'document', texts: englishRoundFiftyThreeDocumentsB },
  { round: 53, name: 'ko-conversation-53a', lang: 'ko', kind: 'conversation', texts: koreanRoundFiftyThreeConversationsA },
  { round: 53, name: 'ko-conversation-53b', lang: 'ko', kind: 'conversation', texts: koreanRoundFiftyThreeConversationsB },
  { round: 53, name: 'ko-document-53a', lang: 'ko', kind: 'document', texts: koreanRoundFiftyThreeDocumentsA },
  { round: 53, name: 'ko-document-53b', lang: 'ko', kind: 'document', texts: koreanRoundFiftyThreeDocumentsB },
  { round: 54, name: 'en-conversation-54a', lang: 'en', kind: 'conversation', texts: englishRoundFiftyFourConversationsA },
  { round: 54, name: 'en-conversation-54b', lang: 'en', kind: 'conversation', texts: englishRoundFiftyFourConversationsB },
  { round: 54, name: 'en-document-54a', lang: 'en', kind: 'document', texts: englishRoundFiftyFourDocumentsA },
  { round: 54, name: 'en-document-54b', lang: 'en', kind: 'document', texts: englishRoundFiftyFourDocumentsB },
  { round: 54, name: 'ko-conversation-54a', lang: 'ko', kind: 'conversation', texts: koreanRoundFiftyFourConversationsA },
  { round: 54, name: 'ko-conversation-54b', lang: 'ko', kind: 'conversation', texts: koreanRoundFiftyFourConversationsB },
  { round: 54, name: 'ko-document-54a', lang: 'ko', kind: 'document', texts: koreanRoundFiftyFourDocumentsA },
  { round: 54, name: 'ko-document-54b', lang: 'ko', kind: 'document', texts: koreanRoundFiftyFourDocumentsB },
  { round: 55, name: 'en-conversation-55a', lang: 'en', kind: 'conversation', texts: englishRoundFiftyFiveConversationsA },
  { round: 55, name: 'en-conversation-55b', lang: 'en', kind: 'conversation', texts: englishRoundFiftyFiveConversationsB },
  { round: 55, name: 'en-document-55a', lang: 'en', kind: 'document', texts: englishRoundFiftyFiveDocumentsA },
  { round: 55, name: 'en-document-55b', lang: 'en', kind: 'document', texts: englishRoundFiftyFiveDocumentsB },
  { round: 55, name: 'ko-conversation-55a', lang: 'ko', kind: 'conversation', texts: koreanRoundFiftyFiveConversationsA },
  { round: 55, name: 'ko-conversation-55b', lang: 'ko', kind: 'conversation', texts: koreanRoundFiftyFiveConversationsB },
  { round: 55, name: 'ko-document-55a', lang: 'ko', kind: 'document', texts: koreanRoundFiftyFiveDocumentsA },
  { round: 55, name: 'ko-document-55b', lang: 'ko', kind: 'document', texts: koreanRoundFiftyFiveDocumentsB },
  { round: 56, name: 'en-conversation-56a', lang: 'en', kind: 'conversation', texts: englishRoundFiftySixConversationsA },
  { round: 56, name: 'en-conversation-56b', lang: 'en', kind: 'conversation', texts: englishRoundFiftySixConversationsB },
  { round: 56, name: 'en-document-56a', lang: 'en', kind: 'document', texts: englishRoundFiftySixDocumentsA },
  { round: 56, name: 'en-document-56b', lang: 'en', kind: 'document', texts: englishRoundFiftySixDocumentsB },
  { round: 56, name: 'ko-conversation-56a', lang: 'ko', kind: 'conversation', texts: koreanRoundFiftySixConversationsA },
  { round: 56, name: 'ko-conversation-56b', lang: 'ko', kind: 'conversation', texts: koreanRoundFiftySixConversationsB },
  { round: 56, name: 'ko-document-56a', lang: 'ko', kind: 'document', texts: koreanRoundFiftySixDocumentsA },
  { round: 56, name: 'ko-document-56b', lang: 'ko', kind: 'document', texts: koreanRoundFiftySixDocumentsB },
  { round: 57, name: 'en-conversation-57a', lang: 'en', kind: 'conversation', texts: englishRoundFiftySevenConversationsA },
  { round: 57, name: 'en-conversation-57b', lang: 'en', kind: 'conversation', texts: englishRoundFiftySevenConversationsB },
  { round: 57, name: 'en-document-57a', lang: 'en', kind: 'document', texts: englishRoundFiftySevenDocumentsA },
  { round: 57, name: 'en-document-57b', lang: 'en', kind: 'document', texts: englishRoundFiftySevenDocumentsB },
  { round: 57, name: 'ko-conversation-57a', lang: 'ko', kind: 'conversation', texts: koreanRoundFiftySevenConversationsA },
  { round: 57, name: 'ko-conversation-57b', lang: 'ko', kind: 'conversation', texts: koreanRoundFiftySevenConversationsB },
  { round: 57, name: 'ko-document-57a', lang: 'ko', kind: 'document', texts: koreanRoundFiftySevenDocumentsA },
  { round: 57, name: 'ko-document-57b', lang: 'ko', kind: 'document', texts: koreanRoundFiftySevenDocumentsB },
  { round: 58, name: 'en-conversation-58a', lang: 'en', kind: 'conversation', texts: englishRoundFiftyEightConversationsA },
  { round: 58, name: 'en-conversation-58b', lang: 'en', kind: 'conversation', texts: englishRoundFiftyEightConversationsB },
  { round: 58, name: 'en-document-58a', lang: 'en', kind: 'document', texts: englishRoundFiftyEightDocumentsA },
  { round: 58, name: 'en-document-58b', lang: 'en', kind: 'document', texts: englishRoundFiftyEightDocumentsB },
  { round: 58, name: 'ko-conversation-58a', lang: 'ko', kind: 'conversation', texts: koreanRoundFiftyEightConversationsA },
  { round: 58, name: 'ko-conversation-58b', lang: 'ko', kind: 'conversation', texts: koreanRoundFiftyEightConversationsB },
  { round: 58, name: 'ko-document-58a', lang: 'ko', kind: 'document', texts: koreanRoundFiftyEightDocumentsA },
  { round: 58, name: 'ko-document-58b', lang: 'ko', kind: 'document', texts: koreanRoundFiftyEightDocumentsB },
  { round: 59, name: 'en-conversation-59a', lang: 'en', kind: 'conversation', texts: englishRoundFiftyNineConversationsA },
  { round: 59, name: 'en-conversation-59b', lang: 'en', kind: 'conversation', texts: englishRoundFiftyNineConversationsB },
  { round: 59, name: 'en-document-59a', lang: 'en', kind: 'document', texts: englishRoundFiftyNineDocumentsA },
  { round: 59, name: 'en-document-59b', lang: 'en', kind: 'document', texts: englishRoundFiftyNineDocumentsB },
  { round: 59, name: 'ko-conversation-59a', lang: 'ko', kind: 'conversation', texts: koreanRoundFiftyNineConversationsA },
  { round: 59, name: 'ko-conversation-59b', lang: 'ko', kind: 'conversation', texts: koreanRoundFiftyNineConversationsB },
  { round: 59, name: 'ko-document-59a', lang: 'ko', kind: 'document', texts: koreanRoundFiftyNineDocumentsA },
  { round: 59, name: 'ko-document-59b', lang: 'ko', kind: 'document', texts: koreanRoundFiftyNineDocumentsB },
  { round: 60, name: 'en-conversation-60a', lang: 'en', kind: 'conversation', texts: englishRoundSixtyConversationsA },
  { round: 60, name: 'en-conversation-60b', lang: 'en', kind: 'conversation', texts: englishRoundSixtyConversationsB },
  { round: 60, name: 'en-document-60a', lang: 'en', kind: 'document', texts: englishRoundSixtyDocumentsA },
  { round: 60, name: 'en-document-60b', lang: 'en', kind: 'document', texts: englishRoundSixtyDocumentsB },
  { round: 60, name: 'ko-conversation-60a', lang: 'ko', kind: 'conversation', texts: koreanRoundSixtyConversationsA },
  { round: 60, name: 'ko-conversation-60b', lang: 'ko', kind: 'conversation', texts: koreanRoundSixtyConversationsB },
  { round: 60, name: 'ko-document-60a', lang: 'ko', kind: 'document', texts: koreanRoundSixtyDocumentsA },
  { round: 60, name: 'ko-document-60b', lang: 'ko', kind: 'document', texts: koreanRoundSixtyDocumentsB },
  { round: 61, name: 'en-conversation-61a', lang: 'en', kind: 'conversation', texts: englishRoundSixtyOneConversationsA },
  { round: 61, name: 'en-conversation-61b', lang: 'en', kind: 'conversation', texts: englishRoundSixtyOneConversationsB },
  { round: 61, name: 'en-document-61a', lang: 'en', kind: 'document', texts: englishRoundSixtyOneDocumentsA },
  { round: 61, name: 'en-document-61b', lang: 'en', kind: 'document', texts: englishRoundSixtyOneDocumentsB },
  { round: 61, name: 'ko-conversation-61a', lang: 'ko', kind: 'conversation', texts: koreanRoundSixtyOneConversationsA },
  { round: 61, name: 'ko-conversation-61b', lang: 'ko', kind: 'conversation', texts: koreanRoundSixtyOneConversationsB },
  { round: 61, name: 'ko-document-61a', lang: 'ko', kind: 'document', texts: koreanRoundSixtyOneDocumentsA },
  { round: 61, name: 'ko-document-61b', lang: 'ko', kind: 'document', texts: koreanRoundSixtyOneDocumentsB },
  { round: 62, name: 'en-conversation-62a', lang: 'en', kind: 'conversation', texts: englishRoundSixtyTwoConversationsA },
  { round: 62, name: 'en-conversation-62b', lang: 'en', kind: 'conversation', texts: englishRoundSixtyTwoConversationsB },
  { round: 62, name: 'en-document-62a', lang: 'en', kind: 'document', texts: englishRoundSixtyTwoDocumentsA },
  { round: 62, name: 'en-document-62b', lang: 'en', kind: 'document', texts: englishRoundSixtyTwoDocumentsB },
  { round: 62, name: 'ko-conversation-62a', lang: 'ko', kind: 'conversation', texts: koreanRoundSixtyTwoConversationsA },
  { round: 62, name: 'ko-conversation-62b', lang: 'ko', kind: 'conversation', texts: koreanRoundSixtyTwoConversationsB },
  { round: 62, name: 'ko-document-62a', lang: 'ko', kind: 'document', texts: koreanRoundSixtyTwoDocumentsA },
  { round: 62, name: 'ko-document-62b', lang: 'ko', kind: 'document', texts: koreanRoundSixtyTwoDocumentsB },
  { round: 63, name: 'en-conversation-63a', lang: 'en', kind: 'conversation', texts: englishRoundSixtyThreeConversationsA },
  { round: 63, name: 'en-conversation-63b', lang: 'en', kind: 'conversation', texts: englishRoundSixtyThreeConversationsB },
  { round: 63, name: 'en-document-63a', lang: 'en', kind: 'document', texts: englishRoundSixtyThreeDocumentsA },
  { round: 63, name: 'en-document-63b', lang: 'en', kind: 'document', texts: englishRoundSixtyThreeDocumentsB },
  { round: 63, name: 'ko-conversation-63a', lang: 'ko', kind: 'conversation', texts: koreanRoundSixtyThreeConversationsA },
  { round: 63, name: 'ko-conversation-63b', lang: 'ko', kind: 'conversation', texts: koreanRoundSixtyThreeConversationsB },
  { round: 63, name: 'ko-document-63a', lang: 'ko', kind: 'document', texts: koreanRoundSixtyThreeDocumentsA },
  { round: 63, name: 'ko-document-63b', lang: 'ko', kind: 'document', texts: koreanRoundSixtyThreeDocumentsB },
  { round: 64, name: 'en-conversation-64a', lang: 'en', kind: 'conversation', texts: englishRoundSixtyFourConversationsA },
  { round: 64, name: 'en-conversation-64b', lang: 'en', kind: 'conversation', texts: englishRoundSixtyFourConversationsB },
  { round: 64, name: 'en-document-64a', lang: 'en', kind: 'document', texts: englishRoundSixtyFourDocumentsA },
  { round: 64, name: 'en-document-64b', lang: 'en', kind: 'document', texts: englishRoundSixtyFourDocumentsB },
  { round: 64, name: 'ko-conversation-64a', lang: 'ko', kind: 'conversation', texts: koreanRoundSixtyFourConversationsA },
  { round: 64, name: 'ko-conversation-64b', lang: 'ko', kind: 'conversation', texts: koreanRoundSixtyFourConversationsB },
  { round: 64, name: 'ko-document-64a', lang: 'ko', kind: 'document', texts: koreanRoundSixtyFourDocumentsA },
  { round: 64, name: 'ko-document-64b', lang: 'ko', kind: 'document', texts: koreanRoundSixtyFourDocumentsB },
  { round: 65, name: 'en-conversation-65a', lang: 'en', kind: 'conversation', texts: englishRoundSixtyFiveConversationsA },
  { round: 65, name: 'en-conversation-65b', lang: 'en', kind: 'conversation', texts: englishRoundSixtyFiveConversationsB },
  { round: 65, name: 'en-document-65a', lang: 'en', kind: 'document', texts: englishRoundSixtyFiveDocumentsA },
  { round: 65, name: 'en-document-65b', lang: 'en', kind: 'document', texts: englishRoundSixtyFiveDocumentsB },
  { round: 65, name: 'ko-conversation-65a', lang: 'ko', kind: 'conversation', texts: koreanRoundSixtyFiveConversationsA },
  { round: 65, name: 'ko-conversation-65b', lang: 'ko', kind: 'conversation', texts: koreanRoundSixtyFiveConversationsB },
  { round: 65, name: 'ko-document-65a', lang: 'ko', kind: 'document', texts: koreanRoundSixtyFiveDocumentsA },
  { round: 65, name: 'ko-document-65b', lang: 'ko', kind: 'document', texts: koreanRoundSixtyFiveDocumentsB },
  { round: 66, name: 'en-conversation-66a', lang: 'en', kind: 'conversation', texts: englishRoundSixtySixConversationsA },
  { round: 66, name: 'en-conversation-66b', lang: 'en', kind: 'conversation', texts: englishRoundSixtySixConversationsB },
  { round: 66, name: 'en-document-66a', lang: 'en', kind: 'document', texts: englishRoundSixtySixDocumentsA },
  { round: 66, name: 'en-document-66b', lang: 'en', kind: 'document', texts: englishRoundSixtySixDocumentsB },
  { round: 66, name: 'ko-conversation-66a', lang: 'ko', kind: 'conversation', texts: koreanRoundSixtySixConversationsA },
  { round: 66, name: 'ko-conversation-66b', lang: 'ko', kind: 'conversation', texts: koreanRoundSixtySixConversationsB },
  { round: 66, name: 'ko-document-66a', lang: 'ko', kind: 'document', texts: koreanRoundSixtySixDocumentsA },
  { round: 66, name: 'ko-document-66b', lang: 'ko', kind: 'document', texts: koreanRoundSixtySixDocumentsB },
] as const;

/** The rounds after the second, by number. */
export type LaterRound = (typeof laterRounds)[number]['round'];
export const laterRoundNumbers: readonly LaterRound[] = [...new Set(laterRounds.map((source) => source.round))];

const knownTypes: ReadonlySet<string> = new Set(piiTypes);

/**
 * Every text of the set with its labels located: each value is searched from the end of the one before it, so a value
 * written twice is labelled twice. Alternate texts of each first-round file go to the dev and the test half; the second
 * round goes to the dev half.
 *
 * @example
 * independentTexts().filter((text) => text.split === 'test').length; // about half the set
 */
export function independentTexts(): IndependentEvalText[] {
  const firstRound = sources.flatMap((source) =>
    source.texts.map((entry, index): IndependentEvalText => ({
      id: `${source.name}-${String(index + 1).padStart(3, '0')}`,
      lang: source.lang,
      kind: source.kind,
      split: index % 2 === 0 ? 'dev' : 'test',
      round: 1,
      text: entry.text,
      labels: locateLabels(entry, `${source.name}-${index + 1}`),
    })),
  );
  const extension = secondRound.flatMap((source) =>
    source.texts.map((entry, index): IndependentEvalText => ({
      id: `${source.name}-${String(index + 1).padStart(3, '0')}`,
      lang: source.lang,
      kind: index < source.conversations ? 'conversation' : 'document',
      split: 'dev',
      round: 2,
      text: entry.text,
      labels: locateLabels(entry, `${source.name}-${index + 1}`),
    })),
  );
  const laterExtension = laterRounds.flatMap((source) =>
    source.texts.map((entry, index): IndependentEvalText => ({
      id: `${source.name}-${String(index + 1).padStart(3, '0')}`,
      lang: source.lang,
      kind: source.kind,
      split: 'dev',
      round: source.round,
      text: entry.text,
      labels: locateLabels(entry, `${source.name}-${index + 1}`),
    })),
  );
  return [...firstRound, ...extension, ...laterExtension];
}

/** The labels of one text as spans; throws on a value not in the text or a type genstack does not know. */
export function locateLabels(entry: IndependentText, id: string): Span[] {
  let from = 0;
  return entry.pii.map(([type, value]) => {
    if (!knownTypes.has(type)) throw new Error(`${id}: unknown type ${type}`);
    const start = entry.text.indexOf(value, from);
    if (value === '' || start === -1) throw new Error(`${id}: ${type} "${value}" is not in the text after offset ${from}`);
    from = start + value.length;
    return { type: type as PiiType, start, end: from };
  });
}
