import { isMailLocale, type MailLocale } from "../mail/texts.js";

/*
 * What the volunteers' pages say, in the site's seven languages. A volunteer has no
 * account and may read German as a second language: short sentences, one thing per page.
 * The translations other than German and English were made with care but await review by
 * native speakers, like the site's summaries.
 */

export type PageLocale = MailLocale;

/** Every text of a page, as German has it (the other languages must have the same keys). */
type Texts<T> = { readonly [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

const de = {
  lang: "de",
  site: "Integrationspatinnen und -paten",
  languageNav: "Sprache wählen",
  invalidTitle: "Dieser Link ist ungültig",
  invalidText:
    "Der Link ist nicht vollständig oder wurde nicht von uns verschickt. Bitte nutzen Sie den Link aus Ihrer E-Mail oder wenden Sie sich an Ihre Koordinierungsstelle.",
  expiredTitle: "Dieser Link ist abgelaufen",
  expiredText:
    "Die Zeit für eine Antwort ist vorbei; die Koordinierungsstelle fragt inzwischen jemand anderen. Vielen Dank trotzdem!",
  usedTitle: "Sie haben schon geantwortet",
  usedText:
    "Dieser Link gilt nur für eine Antwort, und die ist bei uns angekommen. Es ändert sich nichts.",
  goneTitle: "Diese Anfrage ist nicht mehr offen",
  goneText:
    "Die Koordinierungsstelle hat die Anfrage zurückgenommen oder abgeschlossen. Sie müssen nichts mehr tun.",
  offerTitle: "Können Sie diese Begleitung übernehmen?",
  kind: "Art der Begleitung",
  place: "Ort",
  times: "Zeiten",
  languages: "Sprachen",
  until: "Bitte antworten Sie bis",
  afterAccept: "Erst nach Ihrer Zusage sehen Sie, wie Sie die anfragende Person erreichen.",
  accept: "Ja, ich übernehme die Begleitung",
  declineLegend: "Nein, ich kann diesmal nicht",
  declineReason: "Warum nicht? (hilft uns bei der nächsten Anfrage)",
  reasons: {
    no_time: "Ich habe zu der Zeit keine Zeit.",
    too_far: "Der Ort ist mir zu weit.",
    not_suitable: "Die Anfrage passt nicht zu mir.",
    other: "Ein anderer Grund.",
  },
  decline: "Absagen",
  acceptedTitle: "Vielen Dank für Ihre Zusage!",
  acceptedText:
    "So erreichen Sie die Person, die um Begleitung gebeten hat. Bitte melden Sie sich in den nächsten zwei Tagen:",
  contactName: "Name",
  contactPhone: "Telefon",
  contactEmail: "E-Mail",
  organisation: "Organisation",
  onBehalf: "Die Anfrage kam von einer Person, die für jemand anderen fragt.",
  description: "Kurze Beschreibung",
  acceptedMail: "Diese Angaben haben wir Ihnen auch per E-Mail geschickt.",
  declinedTitle: "Danke für Ihre Antwort",
  declinedText: "Wir fragen jemand anderen. Bis zum nächsten Mal!",
  takenTitle: "Die Anfrage ist schon vergeben",
  takenText:
    "Inzwischen hat jemand anderes die Begleitung übernommen. Es ändert sich nichts für Sie.",
  staleTitle: "Diese Seite ist nicht mehr aktuell",
  staleText: "Bitte öffnen Sie den Link aus Ihrer E-Mail noch einmal.",
  refusedTitle: "Die Antwort wurde nicht angenommen",
  refusedText:
    "Die Antwort kam nicht von dieser Seite. Bitte öffnen Sie den Link aus Ihrer E-Mail noch einmal.",
  followUpTitle: "Hat der Termin stattgefunden?",
  followUpText:
    "Ein Klick genügt. Ihre Antwort hilft der Koordinierungsstelle, die Anfrage abzuschließen.",
  followUpAnswers: {
    yes: "Ja, er hat stattgefunden",
    postponed: "Er wurde verschoben",
    no: "Nein, er hat nicht stattgefunden",
  },
  followUpThanksTitle: "Vielen Dank für Ihre Rückmeldung!",
  followUpThanksText: "Die Koordinierungsstelle hat Ihre Antwort erhalten.",
  footer:
    "Fragen? Antworten Sie einfach auf die E-Mail, oder rufen Sie Ihre Koordinierungsstelle an.",
} as const;

export const PAGE_TEXTS: Readonly<Record<PageLocale, Texts<typeof de>>> = {
  de,
  en: {
    lang: "en",
    site: "Integration companions",
    languageNav: "Choose language",
    invalidTitle: "This link is not valid",
    invalidText:
      "The link is incomplete or was not sent by us. Please use the link from your e-mail or contact your coordination point.",
    expiredTitle: "This link has expired",
    expiredText:
      "The time to answer is over; the coordination point is asking someone else by now. Thank you anyway!",
    usedTitle: "You have already answered",
    usedText: "This link works for one answer only, and we have received it. Nothing changes.",
    goneTitle: "This request is no longer open",
    goneText:
      "The coordination point has withdrawn or closed the request. There is nothing more to do.",
    offerTitle: "Can you accompany this person?",
    kind: "Kind of help",
    place: "Place",
    times: "Times",
    languages: "Languages",
    until: "Please answer by",
    afterAccept: "Only after you accept will you see how to reach the person who asked for help.",
    accept: "Yes, I will accompany them",
    declineLegend: "No, I cannot this time",
    declineReason: "Why not? (it helps us with the next request)",
    reasons: {
      no_time: "I have no time then.",
      too_far: "The place is too far for me.",
      not_suitable: "The request does not suit me.",
      other: "Another reason.",
    },
    decline: "Decline",
    acceptedTitle: "Thank you for accepting!",
    acceptedText:
      "This is how to reach the person who asked for help. Please get in touch within the next two days:",
    contactName: "Name",
    contactPhone: "Phone",
    contactEmail: "E-mail",
    organisation: "Organisation",
    onBehalf: "The request came from someone asking on behalf of another person.",
    description: "Short description",
    acceptedMail: "We have also sent you these details by e-mail.",
    declinedTitle: "Thank you for your answer",
    declinedText: "We will ask someone else. Until next time!",
    takenTitle: "Someone else has taken this request",
    takenText: "Another volunteer has accepted in the meantime. Nothing changes for you.",
    staleTitle: "This page is out of date",
    staleText: "Please open the link from your e-mail again.",
    refusedTitle: "The answer was not accepted",
    refusedText:
      "The answer did not come from this page. Please open the link from your e-mail again.",
    followUpTitle: "Did the appointment take place?",
    followUpText:
      "One click is enough. Your answer helps the coordination point close the request.",
    followUpAnswers: {
      yes: "Yes, it took place",
      postponed: "It was postponed",
      no: "No, it did not take place",
    },
    followUpThanksTitle: "Thank you for letting us know!",
    followUpThanksText: "The coordination point has received your answer.",
    footer: "Questions? Just reply to the e-mail, or call your coordination point.",
  },
  ar: {
    lang: "ar",
    site: "مرافقو الاندماج",
    languageNav: "اختيار اللغة",
    invalidTitle: "هذا الرابط غير صالح",
    invalidText:
      "الرابط غير مكتمل أو لم نرسله نحن. يرجى استخدام الرابط الموجود في رسالتك الإلكترونية أو التواصل مع جهة التنسيق.",
    expiredTitle: "انتهت صلاحية هذا الرابط",
    expiredText: "انتهى وقت الرد، وجهة التنسيق تسأل الآن شخصًا آخر. شكرًا لك على أي حال!",
    usedTitle: "لقد أجبت بالفعل",
    usedText: "هذا الرابط صالح لإجابة واحدة فقط، وقد وصلتنا إجابتك. لن يتغير شيء.",
    goneTitle: "هذا الطلب لم يعد مفتوحًا",
    goneText: "سحبت جهة التنسيق الطلب أو أغلقته. لا داعي لأن تفعل أي شيء.",
    offerTitle: "هل يمكنك تولّي هذه المرافقة؟",
    kind: "نوع المرافقة",
    place: "المكان",
    times: "الأوقات",
    languages: "اللغات",
    until: "يرجى الرد حتى",
    afterAccept: "بعد قبولك فقط سترى كيف تتواصل مع الشخص الذي طلب المرافقة.",
    accept: "نعم، سأتولى المرافقة",
    declineLegend: "لا، لا أستطيع هذه المرة",
    declineReason: "لماذا لا؟ (يساعدنا ذلك في الطلب القادم)",
    reasons: {
      no_time: "ليس لدي وقت في ذلك الموعد.",
      too_far: "المكان بعيد جدًا بالنسبة لي.",
      not_suitable: "الطلب لا يناسبني.",
      other: "سبب آخر.",
    },
    decline: "رفض",
    acceptedTitle: "شكرًا لك على قبولك!",
    acceptedText: "هكذا تتواصل مع الشخص الذي طلب المرافقة. يرجى التواصل معه خلال اليومين القادمين:",
    contactName: "الاسم",
    contactPhone: "الهاتف",
    contactEmail: "البريد الإلكتروني",
    organisation: "المؤسسة",
    onBehalf: "جاء الطلب من شخص يسأل نيابةً عن شخص آخر.",
    description: "وصف قصير",
    acceptedMail: "أرسلنا إليك هذه البيانات أيضًا بالبريد الإلكتروني.",
    declinedTitle: "شكرًا لك على ردك",
    declinedText: "سنسأل شخصًا آخر. إلى المرة القادمة!",
    takenTitle: "تولّى شخص آخر هذا الطلب",
    takenText: "في هذه الأثناء تولّى شخص آخر المرافقة. لا يتغير شيء بالنسبة لك.",
    staleTitle: "هذه الصفحة لم تعد محدّثة",
    staleText: "يرجى فتح الرابط الموجود في رسالتك الإلكترونية مرة أخرى.",
    refusedTitle: "لم تُقبل الإجابة",
    refusedText:
      "لم تأتِ الإجابة من هذه الصفحة. يرجى فتح الرابط الموجود في رسالتك الإلكترونية مرة أخرى.",
    followUpTitle: "هل تمّ الموعد؟",
    followUpText: "نقرة واحدة تكفي. تساعد إجابتك جهة التنسيق على إغلاق الطلب.",
    followUpAnswers: {
      yes: "نعم، تمّ الموعد",
      postponed: "تأجّل الموعد",
      no: "لا، لم يتمّ الموعد",
    },
    followUpThanksTitle: "شكرًا لإبلاغنا!",
    followUpThanksText: "وصلت إجابتك إلى جهة التنسيق.",
    footer: "لديك أسئلة؟ ما عليك إلا الرد على الرسالة الإلكترونية، أو الاتصال بجهة التنسيق.",
  },
  fa: {
    lang: "fa",
    site: "همراهان ادغام",
    languageNav: "انتخاب زبان",
    invalidTitle: "این لینک معتبر نیست",
    invalidText:
      "لینک کامل نیست یا ما آن را نفرستاده‌ایم. لطفاً از لینک داخل ایمیل خود استفاده کنید یا با مرکز هماهنگی خود تماس بگیرید.",
    expiredTitle: "مهلت این لینک تمام شده است",
    expiredText:
      "زمان پاسخ دادن گذشته است؛ مرکز هماهنگی اکنون از فرد دیگری می‌پرسد. با این حال از شما سپاسگزاریم!",
    usedTitle: "شما قبلاً پاسخ داده‌اید",
    usedText: "این لینک فقط برای یک پاسخ است و پاسخ شما به دست ما رسیده است. چیزی تغییر نمی‌کند.",
    goneTitle: "این درخواست دیگر باز نیست",
    goneText: "مرکز هماهنگی درخواست را پس گرفته یا بسته است. لازم نیست کار دیگری انجام دهید.",
    offerTitle: "آیا می‌توانید این همراهی را بر عهده بگیرید؟",
    kind: "نوع همراهی",
    place: "مکان",
    times: "زمان",
    languages: "زبان‌ها",
    until: "مهلت پاسخ:",
    afterAccept: "فقط پس از پذیرش شما، می‌بینید که چطور با فردی که درخواست همراه کرده تماس بگیرید.",
    accept: "بله، این همراهی را بر عهده می‌گیرم",
    declineLegend: "نه، این بار نمی‌توانم",
    declineReason: "چرا نه؟ (این به ما در درخواست بعدی کمک می‌کند)",
    reasons: {
      no_time: "در آن زمان وقت ندارم.",
      too_far: "مکان برای من خیلی دور است.",
      not_suitable: "این درخواست برای من مناسب نیست.",
      other: "دلیلی دیگر.",
    },
    decline: "رد کردن",
    acceptedTitle: "از پذیرش شما سپاسگزاریم!",
    acceptedText:
      "این‌طور می‌توانید با فردی که درخواست همراه کرده تماس بگیرید. لطفاً در دو روز آینده با او تماس بگیرید:",
    contactName: "نام",
    contactPhone: "تلفن",
    contactEmail: "ایمیل",
    organisation: "سازمان",
    onBehalf: "این درخواست را کسی فرستاده که برای فرد دیگری درخواست می‌کند.",
    description: "توضیح کوتاه",
    acceptedMail: "این اطلاعات را با ایمیل هم برای شما فرستاده‌ایم.",
    declinedTitle: "از پاسخ شما سپاسگزاریم",
    declinedText: "از فرد دیگری می‌پرسیم. تا دفعهٔ بعد!",
    takenTitle: "این درخواست به فرد دیگری سپرده شده است",
    takenText:
      "در این فاصله فرد دیگری این همراهی را بر عهده گرفته است. برای شما چیزی تغییر نمی‌کند.",
    staleTitle: "این صفحه دیگر به‌روز نیست",
    staleText: "لطفاً لینک داخل ایمیل خود را دوباره باز کنید.",
    refusedTitle: "پاسخ پذیرفته نشد",
    refusedText: "پاسخ از این صفحه نیامده است. لطفاً لینک داخل ایمیل خود را دوباره باز کنید.",
    followUpTitle: "آیا قرار انجام شد؟",
    followUpText: "یک کلیک کافی است. پاسخ شما به مرکز هماهنگی کمک می‌کند درخواست را ببندد.",
    followUpAnswers: {
      yes: "بله، انجام شد",
      postponed: "به زمان دیگری موکول شد",
      no: "نه، انجام نشد",
    },
    followUpThanksTitle: "از اینکه به ما خبر دادید سپاسگزاریم!",
    followUpThanksText: "پاسخ شما به مرکز هماهنگی رسید.",
    footer: "سؤالی دارید؟ کافی است به ایمیل پاسخ دهید یا با مرکز هماهنگی خود تماس بگیرید.",
  },
  uk: {
    lang: "uk",
    site: "Інтеграційні супровідники",
    languageNav: "Вибір мови",
    invalidTitle: "Це посилання недійсне",
    invalidText:
      "Посилання неповне або надіслане не нами. Будь ласка, скористайтеся посиланням з вашого листа або зверніться до свого координаційного пункту.",
    expiredTitle: "Термін дії посилання минув",
    expiredText:
      "Час для відповіді минув; координаційний пункт уже запитує когось іншого. Все одно дякуємо!",
    usedTitle: "Ви вже відповіли",
    usedText: "Це посилання діє лише для однієї відповіді, і ми її отримали. Нічого не змінюється.",
    goneTitle: "Цей запит більше не відкритий",
    goneText:
      "Координаційний пункт відкликав або закрив запит. Вам більше нічого не потрібно робити.",
    offerTitle: "Чи можете ви взяти на себе цей супровід?",
    kind: "Вид супроводу",
    place: "Місце",
    times: "Час",
    languages: "Мови",
    until: "Термін відповіді:",
    afterAccept:
      "Лише після вашої згоди ви побачите, як зв’язатися з людиною, яка просила про супровід.",
    accept: "Так, я беру на себе супровід",
    declineLegend: "Ні, цього разу я не можу",
    declineReason: "Чому ні? (це допоможе нам з наступним запитом)",
    reasons: {
      no_time: "У цей час я не маю часу.",
      too_far: "Це місце для мене надто далеко.",
      not_suitable: "Цей запит мені не підходить.",
      other: "Інша причина.",
    },
    decline: "Відмовитися",
    acceptedTitle: "Дякуємо за вашу згоду!",
    acceptedText:
      "Ось як зв’язатися з людиною, яка просила про супровід. Будь ласка, зв’яжіться з нею протягом наступних двох днів:",
    contactName: "Ім’я",
    contactPhone: "Телефон",
    contactEmail: "Електронна пошта",
    organisation: "Організація",
    onBehalf: "Запит надіслала людина, яка звертається від імені когось іншого.",
    description: "Короткий опис",
    acceptedMail: "Ці дані ми також надіслали вам електронною поштою.",
    declinedTitle: "Дякуємо за вашу відповідь",
    declinedText: "Ми запитаємо когось іншого. До наступного разу!",
    takenTitle: "Цей запит уже взяв хтось інший",
    takenText: "Тим часом супровід узяв на себе хтось інший. Для вас нічого не змінюється.",
    staleTitle: "Ця сторінка застаріла",
    staleText: "Будь ласка, відкрийте посилання з вашого листа ще раз.",
    refusedTitle: "Відповідь не прийнято",
    refusedText:
      "Відповідь надійшла не з цієї сторінки. Будь ласка, відкрийте посилання з вашого листа ще раз.",
    followUpTitle: "Чи відбулася зустріч?",
    followUpText:
      "Достатньо одного кліку. Ваша відповідь допоможе координаційному пункту закрити запит.",
    followUpAnswers: {
      yes: "Так, вона відбулася",
      postponed: "Її перенесли",
      no: "Ні, вона не відбулася",
    },
    followUpThanksTitle: "Дякуємо, що повідомили нам!",
    followUpThanksText: "Координаційний пункт отримав вашу відповідь.",
    footer:
      "Є запитання? Просто дайте відповідь на лист або зателефонуйте до свого координаційного пункту.",
  },
  ru: {
    lang: "ru",
    site: "Интеграционные сопровождающие",
    languageNav: "Выбор языка",
    invalidTitle: "Эта ссылка недействительна",
    invalidText:
      "Ссылка неполная или отправлена не нами. Пожалуйста, используйте ссылку из вашего письма или обратитесь в свой координационный пункт.",
    expiredTitle: "Срок действия ссылки истёк",
    expiredText:
      "Время для ответа прошло; координационный пункт уже спрашивает кого-то другого. Всё равно спасибо!",
    usedTitle: "Вы уже ответили",
    usedText:
      "Эта ссылка действует только для одного ответа, и мы его получили. Ничего не меняется.",
    goneTitle: "Этот запрос больше не открыт",
    goneText: "Координационный пункт отозвал или закрыл запрос. Вам больше ничего не нужно делать.",
    offerTitle: "Можете ли вы взять на себя это сопровождение?",
    kind: "Вид сопровождения",
    place: "Место",
    times: "Время",
    languages: "Языки",
    until: "Срок ответа:",
    afterAccept:
      "Только после вашего согласия вы увидите, как связаться с человеком, который просил о сопровождении.",
    accept: "Да, я возьму сопровождение на себя",
    declineLegend: "Нет, в этот раз я не могу",
    declineReason: "Почему нет? (это поможет нам со следующим запросом)",
    reasons: {
      no_time: "В это время у меня нет времени.",
      too_far: "Это место для меня слишком далеко.",
      not_suitable: "Этот запрос мне не подходит.",
      other: "Другая причина.",
    },
    decline: "Отказаться",
    acceptedTitle: "Спасибо за ваше согласие!",
    acceptedText:
      "Вот как связаться с человеком, который просил о сопровождении. Пожалуйста, свяжитесь с ним в течение ближайших двух дней:",
    contactName: "Имя",
    contactPhone: "Телефон",
    contactEmail: "Электронная почта",
    organisation: "Организация",
    onBehalf: "Запрос отправил человек, который обращается от имени другого человека.",
    description: "Краткое описание",
    acceptedMail: "Эти данные мы также отправили вам по электронной почте.",
    declinedTitle: "Спасибо за ваш ответ",
    declinedText: "Мы спросим кого-нибудь другого. До следующего раза!",
    takenTitle: "Этот запрос уже взял кто-то другой",
    takenText: "Тем временем сопровождение взял на себя кто-то другой. Для вас ничего не меняется.",
    staleTitle: "Эта страница устарела",
    staleText: "Пожалуйста, откройте ссылку из вашего письма ещё раз.",
    refusedTitle: "Ответ не принят",
    refusedText:
      "Ответ пришёл не с этой страницы. Пожалуйста, откройте ссылку из вашего письма ещё раз.",
    followUpTitle: "Состоялась ли встреча?",
    followUpText:
      "Достаточно одного клика. Ваш ответ поможет координационному пункту закрыть запрос.",
    followUpAnswers: {
      yes: "Да, она состоялась",
      postponed: "Её перенесли",
      no: "Нет, она не состоялась",
    },
    followUpThanksTitle: "Спасибо, что сообщили нам!",
    followUpThanksText: "Координационный пункт получил ваш ответ.",
    footer: "Есть вопросы? Просто ответьте на письмо или позвоните в свой координационный пункт.",
  },
  tr: {
    lang: "tr",
    site: "Entegrasyon Rehberleri",
    languageNav: "Dil seçin",
    invalidTitle: "Bu bağlantı geçersiz",
    invalidText:
      "Bağlantı eksik ya da bizim tarafımızdan gönderilmedi. Lütfen e-postanızdaki bağlantıyı kullanın veya koordinasyon noktanıza başvurun.",
    expiredTitle: "Bu bağlantının süresi doldu",
    expiredText:
      "Cevap verme süresi sona erdi; koordinasyon noktası şimdi başka birine soruyor. Yine de teşekkür ederiz!",
    usedTitle: "Zaten cevap verdiniz",
    usedText:
      "Bu bağlantı yalnızca bir cevap için geçerlidir ve cevabınız bize ulaştı. Hiçbir şey değişmez.",
    goneTitle: "Bu talep artık açık değil",
    goneText:
      "Koordinasyon noktası talebi geri çekti veya kapattı. Başka bir şey yapmanız gerekmiyor.",
    offerTitle: "Bu refakati üstlenebilir misiniz?",
    kind: "Refakat türü",
    place: "Yer",
    times: "Zaman",
    languages: "Diller",
    until: "Son cevap tarihi:",
    afterAccept:
      "Refakat isteyen kişiye nasıl ulaşacağınızı ancak kabul ettikten sonra görürsünüz.",
    accept: "Evet, refakati üstleniyorum",
    declineLegend: "Hayır, bu sefer yapamıyorum",
    declineReason: "Neden? (Bir sonraki talepte bize yardımcı olur)",
    reasons: {
      no_time: "O saatte vaktim yok.",
      too_far: "Yer bana çok uzak.",
      not_suitable: "Bu talep bana uygun değil.",
      other: "Başka bir neden.",
    },
    decline: "Reddet",
    acceptedTitle: "Kabul ettiğiniz için teşekkür ederiz!",
    acceptedText:
      "Refakat isteyen kişiye böyle ulaşabilirsiniz. Lütfen önümüzdeki iki gün içinde iletişime geçin:",
    contactName: "Ad",
    contactPhone: "Telefon",
    contactEmail: "E-posta",
    organisation: "Kurum",
    onBehalf: "Talep, başka biri adına soran bir kişiden geldi.",
    description: "Kısa açıklama",
    acceptedMail: "Bu bilgileri size e-postayla da gönderdik.",
    declinedTitle: "Cevabınız için teşekkür ederiz",
    declinedText: "Başka birine soracağız. Bir dahaki sefere!",
    takenTitle: "Bu talebi başka biri üstlendi",
    takenText: "Bu arada başka biri refakati üstlendi. Sizin için hiçbir şey değişmez.",
    staleTitle: "Bu sayfa güncel değil",
    staleText: "Lütfen e-postanızdaki bağlantıyı tekrar açın.",
    refusedTitle: "Cevap kabul edilmedi",
    refusedText: "Cevap bu sayfadan gelmedi. Lütfen e-postanızdaki bağlantıyı tekrar açın.",
    followUpTitle: "Randevu gerçekleşti mi?",
    followUpText:
      "Tek bir tıklama yeterli. Cevabınız, koordinasyon noktasının talebi kapatmasına yardımcı olur.",
    followUpAnswers: {
      yes: "Evet, gerçekleşti",
      postponed: "Ertelendi",
      no: "Hayır, gerçekleşmedi",
    },
    followUpThanksTitle: "Bilgi verdiğiniz için teşekkür ederiz!",
    followUpThanksText: "Koordinasyon noktası cevabınızı aldı.",
    footer: "Sorunuz mu var? E-postayı yanıtlamanız yeterli ya da koordinasyon noktanızı arayın.",
  },
};

export type PageTexts = (typeof PAGE_TEXTS)[PageLocale];

/** The page's language from `Accept-Language`: the most preferred one we have. */
function acceptedLocale(header: string): PageLocale | undefined {
  const ranges = header
    .split(",")
    .slice(0, 20)
    .map((part, index) => {
      const [range = "", ...params] = part.split(";").map((p) => p.trim());
      const q = params.find((p) => p.startsWith("q="));
      const quality = q === undefined ? 1 : Number(q.slice(2));
      return { range: range.toLowerCase(), quality: Number.isNaN(quality) ? 0 : quality, index };
    })
    .filter((r) => r.range !== "" && r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { range } of ranges) {
    const primary = range.split("-")[0] ?? "";
    if (isMailLocale(primary)) return primary;
  }
  return undefined;
}

/**
 * `?lang=` when it names one of our languages (the e-mail's link carries the volunteer's
 * own); otherwise the browser's most preferred language we have; otherwise German.
 */
export function pageLocale(
  query: string | undefined,
  acceptLanguage: string | undefined,
): PageLocale {
  const asked = (query ?? "").trim().toLowerCase();
  if (isMailLocale(asked)) return asked;
  return acceptedLocale(acceptLanguage ?? "") ?? "de";
}
