// Words that carry no topic in either language (question words, auxiliaries, particles left whole), skipped when matching.

export const englishStopWords: ReadonlySet<string> = new Set(
  (
    'a an the is are was were be been being am do does did done to of in on at for from by with and or but if then than that ' +
    'this these those it its i you your yours we our ours they them their he she his her what when where which who whom whose how why ' +
    'can could would should will shall may might must much many there here have has had not no any some about into over under ' +
    'after before as so such also please me my get got let just more most very too each every all other only own same both out up ' +
    'down off again further once s t don doesn isn aren tell know want need like does say says said'
  ).split(' '),
);

/** Korean words after particle stripping (얼마인가요 → 얼마). */
export const koreanStopWords: ReadonlySet<string> = new Set(
  (
    '언제 언제부터 언제까지 얼마 얼마나 얼마인가 몇 며칠 무엇 무엇인가 뭐 뭔가 뭔지 어떻게 어떤 어떠 어디 어디서 왜 누가 누구 무슨 ' +
    '있나 있나요 있습니까 있어 있는 있을 있으 있습니다 없나 하나 하나요 되나 되나요 됩니까 합니까 하는 하면 되면 해야 하나 ' +
    '수 것 거 게 등 및 또는 그리고 그러나 하지만 그 이 저 좀 혹시 알려 알려줘 알려주세 알려주세요 궁금 궁금해 궁금합니다 ' +
    '인가 인가요 가요 나요 경우 때 때문 위해 대해 대한 관련 통해 저희 제가 우리 여기 거기 이거 그거 말씀 문의드립니다 ' +
    '가능 가능한 가능한가 가능합니까 가능합니다 합니다 됩니다 입니다 습니다 하세요 해주세요'
  ).split(' '),
);
