/**
 * Usual Latin spellings of common given names (and name particles) written in
 * Arabic or Hebrew script, where the unwritten short vowels make a letter-by-
 * letter romanisation too poor to match. From general onomastics; the most
 * usual spelling first. Keys are looked up after `nativeKey`.
 */
const SPELLINGS: Record<string, readonly string[]> = {
  محمد: ['muhammad', 'mohammed', 'mohamed', 'mohammad', 'muhammed', 'mohamad'],
  احمد: ['ahmed', 'ahmad'],
  محمود: ['mahmoud', 'mahmud', 'mahmood'],
  علي: ['ali'],
  علی: ['ali'],
  حسن: ['hassan', 'hasan'],
  حسين: ['hussein', 'hussain', 'husayn', 'hossein', 'husein'],
  حسین: ['hossein', 'hosein', 'hussein', 'husayn'],
  عمر: ['omar', 'umar'],
  عثمان: ['othman', 'osman', 'uthman', 'usman'],
  خالد: ['khalid', 'khaled'],
  عبدالله: ['abdullah', 'abdallah', 'abdulla', 'abdellah'],
  عبدالرحمن: ['abdulrahman', 'abdelrahman', 'abdurrahman', 'abderrahmane'],
  اسامه: ['osama', 'usama', 'oussama'],
  مصطفي: ['mustafa', 'mostafa', 'moustafa', 'mustapha'],
  فاطمه: ['fatima', 'fatma', 'fatemeh', 'fatimah'],
  عايشه: ['aisha', 'aicha', 'ayesha'],
  عائشه: ['aisha', 'aicha', 'ayesha'],
  خديجه: ['khadija', 'khadidja', 'khadijah'],
  زينب: ['zainab', 'zeinab', 'zaynab'],
  مريم: ['maryam', 'mariam'],
  يوسف: ['yusuf', 'youssef', 'yousef', 'yousuf', 'youcef'],
  ابراهيم: ['ibrahim', 'ebrahim', 'brahim'],
  اسماعيل: ['ismail', 'ismael', 'esmail'],
  يعقوب: ['yaqub', 'yakub', 'yacoub', 'yaqoob'],
  سليمان: ['suleiman', 'sulayman', 'sulaiman', 'soliman'],
  داود: ['daud', 'dawood', 'dawud', 'daoud', 'davood'],
  موسي: ['musa', 'moussa', 'mousa'],
  هارون: ['harun', 'haroun', 'haroon'],
  يونس: ['yunus', 'younes', 'younis'],
  عيسي: ['isa', 'issa', 'eisa'],
  يحيي: ['yahya', 'yehia'],
  زكريا: ['zakaria', 'zakariya', 'zakariyya'],
  سعيد: ['said', 'saeed', 'saied'],
  كريم: ['karim', 'kareem'],
  رشيد: ['rashid', 'rachid', 'rasheed'],
  وليد: ['walid', 'waleed', 'oualid'],
  حمزه: ['hamza', 'hamzah'],
  بلال: ['bilal', 'belal'],
  طارق: ['tariq', 'tarek', 'tareq', 'tarik'],
  جمال: ['jamal', 'gamal', 'djamel', 'jamel'],
  ناصر: ['nasser', 'naser', 'nasir', 'nacer'],
  صلاح: ['salah'],
  صالح: ['saleh', 'salih'],
  فيصل: ['faisal', 'faysal', 'feisal'],
  انور: ['anwar', 'anouar'],
  ايمن: ['ayman', 'aymen'],
  سمير: ['samir', 'sameer'],
  نبيل: ['nabil', 'nabeel'],
  عادل: ['adel', 'adil'],
  ادريس: ['idris', 'idriss'],
  ياسين: ['yasin', 'yassin', 'yassine', 'yaseen'],
  امير: ['amir', 'ameer'],
  مهدي: ['mehdi', 'mahdi'],
  مهدی: ['mehdi', 'mahdi'],
  عباس: ['abbas'],
  جعفر: ['jafar', 'jaafar'],
  مراد: ['murad', 'mourad'],
  سليم: ['salim', 'selim', 'saleem'],
  سالم: ['salem', 'salim'],
  ليلي: ['layla', 'leila', 'laila'],
  ياسمين: ['yasmin', 'yasmine', 'yasmeen'],
  امينه: ['amina', 'aminah'],
  ساره: ['sara', 'sarah'],
  نور: ['nour', 'nur', 'noor'],
  اسد: ['asad', 'assad'],
  رضا: ['reza', 'rida', 'ridha'],
  حميد: ['hamid', 'hameed'],
  الله: ['allah'],
  عبد: ['abd', 'abdul', 'abdel'],
  بن: ['bin', 'ben'],
  ابن: ['ibn'],
  ابو: ['abu', 'abou'],
  بنت: ['bint'],
  דוד: ['david'],
  יוסף: ['yosef', 'yossef', 'josef'],
  משה: ['moshe'],
  אברהם: ['avraham', 'abraham'],
  יעקב: ['yaakov', 'yakov', 'jacob'],
  שלמה: ['shlomo'],
  יצחק: ['yitzhak', 'itzhak', 'yitzchak', 'isaac'],
  מרים: ['miriam'],
  שרה: ['sara', 'sarah'],
  רחל: ['rachel'],
  רבקה: ['rivka', 'rebecca'],
  חנה: ['hana', 'chana', 'hannah'],
  דניאל: ['daniel'],
  מיכאל: ['michael'],
  שמואל: ['shmuel', 'samuel'],
  יונתן: ['yonatan', 'jonathan'],
  אליהו: ['eliyahu'],
  חיים: ['chaim', 'haim', 'chayim'],
  בנימין: ['binyamin', 'benjamin'],
  אהרון: ['aharon', 'aaron'],
  אהרן: ['aharon', 'aaron'],
};

/**
 * The lookup form of an Arabic- or Hebrew-script word: vowel marks and
 * tatweel removed, alef, yeh, kaf and teh marbuta variants unified.
 */
export function nativeKey(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/[\p{M}\u0640\u200c\u200d]/gu, '')
    .replace(/[أإآٱ]/gu, 'ا')
    .replace(/ى/gu, 'ي')
    .replace(/ة/gu, 'ه')
    .replace(/ک/gu, 'ك');
}

const INDEX = new Map(Object.entries(SPELLINGS).map(([word, spellings]) => [nativeKey(word), spellings]));

/** The usual spellings of a common name in Arabic or Hebrew script, or [] when unknown. */
export function nativeNameSpellings(word: string): readonly string[] {
  const key = nativeKey(word);
  const whole = INDEX.get(key);
  if (whole) return whole;
  if (key.startsWith('ال') && key.length > 3) return (INDEX.get(key.slice(2)) ?? []).map((s) => `al${s}`);
  return [];
}
