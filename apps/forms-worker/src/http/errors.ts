import type { SiteLocale } from "@integrationspaten/domain";

/**
 * The worker's one catalogue of HTTP errors. A `code` never changes once published
 * (clients and logs key on it); the message says what happened, the hint what to do. Each
 * text exists in every site language: the central error handler (src/http/router.ts)
 * answers JSON in German or English (the contract with the site) and renders a plain form
 * post's HTML page in the form's own language.
 */
export interface CatalogueEntry {
  readonly status: number;
  /** Short heading of the HTML error page. */
  readonly title: PageText;
  readonly message: PageText;
  readonly hint: PageText;
}

/**
 * A text in every language of the site: every string an HTML page for a form can show.
 * A missing language fails the type check.
 */
export type PageText = Readonly<Record<SiteLocale, string>>;

/** Languages of the JSON messages (and of the certificate check's pages). */
export type MessageLocale = "de" | "en";

/** A text in German and English (the certificate check's pages). */
export type Localized = Readonly<Record<MessageLocale, string>>;

export const httpErrors = {
  malformed_body: {
    status: 400,
    title: {
      de: "Ungültige Anfrage",
      en: "Malformed request",
      ar: "طلب غير صالح",
      fa: "درخواست نامعتبر",
      uk: "Некоректний запит",
      ru: "Некорректный запрос",
      tr: "Geçersiz istek",
    },
    message: {
      de: "Der Inhalt der Anfrage konnte nicht gelesen werden.",
      en: "The request body could not be read.",
      ar: "تعذّرت قراءة محتوى الطلب.",
      fa: "محتوای درخواست خوانده نشد.",
      uk: "Не вдалося прочитати вміст запиту.",
      ru: "Не удалось прочитать содержимое запроса.",
      tr: "İsteğin içeriği okunamadı.",
    },
    hint: {
      de: "Senden Sie ein JSON-Objekt oder ein normales Formular in UTF-8.",
      en: "Send a JSON object or a regular form, encoded as UTF-8.",
      ar: "يرجى إرسال كائن JSON أو استمارة عادية بترميز UTF-8.",
      fa: "لطفاً یک شیء JSON یا یک فرم معمولی با رمزگذاری UTF-8 بفرستید.",
      uk: "Будь ласка, надішліть об’єкт JSON або звичайну форму в кодуванні UTF-8.",
      ru: "Пожалуйста, отправьте объект JSON или обычную форму в кодировке UTF-8.",
      tr: "Lütfen bir JSON nesnesi veya UTF-8 ile kodlanmış normal bir form gönderin.",
    },
  },
  duplicate_field: {
    status: 400,
    title: {
      de: "Feld mehrfach gesendet",
      en: "Field sent more than once",
      ar: "حقل أُرسل أكثر من مرة",
      fa: "فیلدی بیش از یک بار فرستاده شد",
      uk: "Поле надіслано кілька разів",
      ru: "Поле отправлено несколько раз",
      tr: "Alan birden fazla gönderildi",
    },
    message: {
      de: "Ein Feld, das nur einen Wert haben kann, wurde mehrfach gesendet.",
      en: "A field that takes one value was sent more than once.",
      ar: "أُرسل حقل يقبل قيمة واحدة فقط أكثر من مرة.",
      fa: "فیلدی که فقط یک مقدار می‌پذیرد بیش از یک بار فرستاده شد.",
      uk: "Поле, яке має лише одне значення, надіслано кілька разів.",
      ru: "Поле, у которого только одно значение, отправлено несколько раз.",
      tr: "Tek değer alan bir alan birden fazla gönderildi.",
    },
    hint: {
      de: "Laden Sie das Formular neu und senden Sie es noch einmal ab.",
      en: "Reload the form and send it again.",
      ar: "يرجى إعادة تحميل الاستمارة وإرسالها مرة أخرى.",
      fa: "لطفاً فرم را دوباره بارگیری کنید و باز بفرستید.",
      uk: "Перезавантажте форму й надішліть її ще раз.",
      ru: "Перезагрузите форму и отправьте её ещё раз.",
      tr: "Lütfen formu yeniden yükleyip tekrar gönderin.",
    },
  },
  invalid_idempotency_key: {
    status: 400,
    title: {
      de: "Ungültiger Idempotency-Key",
      en: "Invalid Idempotency-Key",
      ar: "مفتاح Idempotency-Key غير صالح",
      fa: "Idempotency-Key نامعتبر",
      uk: "Недійсний Idempotency-Key",
      ru: "Недействительный Idempotency-Key",
      tr: "Geçersiz Idempotency-Key",
    },
    message: {
      de: "Der Idempotency-Key ist leer oder länger als 255 Zeichen.",
      en: "The Idempotency-Key is empty or longer than 255 characters.",
      ar: "مفتاح Idempotency-Key فارغ أو أطول من 255 حرفًا.",
      fa: "Idempotency-Key خالی است یا بیش از ۲۵۵ نویسه دارد.",
      uk: "Idempotency-Key порожній або довший за 255 символів.",
      ru: "Idempotency-Key пуст или длиннее 255 символов.",
      tr: "Idempotency-Key boş ya da 255 karakterden uzun.",
    },
    hint: {
      de: "Erzeugen Sie pro Übermittlung einen Schlüssel, z. B. eine UUID.",
      en: "Generate one key per submission, for example a UUID.",
      ar: "يرجى إنشاء مفتاح واحد لكل إرسال، مثل UUID.",
      fa: "لطفاً برای هر ارسال یک کلید بسازید، برای مثال یک UUID.",
      uk: "Створіть один ключ для кожного надсилання, наприклад UUID.",
      ru: "Создавайте по одному ключу на каждую отправку, например UUID.",
      tr: "Her gönderim için bir anahtar oluşturun, örneğin bir UUID.",
    },
  },
  invalid_certificate_number: {
    status: 400,
    title: {
      de: "Zertifikatsnummer ungültig",
      en: "Invalid certificate number",
      ar: "رقم الشهادة غير صالح",
      fa: "شمارهٔ گواهی نامعتبر است",
      uk: "Недійсний номер сертифіката",
      ru: "Недействительный номер сертификата",
      tr: "Geçersiz sertifika numarası",
    },
    message: {
      de: "Diese Zertifikatsnummer kann es nicht geben; geprüft wurde deshalb nichts.",
      en: "No certificate can have this number, so nothing was looked up.",
      ar: "لا يمكن أن تحمل أي شهادة هذا الرقم، ولذلك لم يتم التحقق من أي شيء.",
      fa: "هیچ گواهی‌ای نمی‌تواند این شماره را داشته باشد؛ به همین دلیل چیزی بررسی نشد.",
      uk: "Жоден сертифікат не може мати такого номера, тому нічого не перевірялося.",
      ru: "Ни один сертификат не может иметь такой номер, поэтому ничего не проверялось.",
      tr: "Hiçbir sertifika bu numarayı taşıyamaz; bu nedenle hiçbir şey kontrol edilmedi.",
    },
    hint: {
      de: "Vergleichen Sie die Nummer Zeichen für Zeichen mit dem Zertifikat, z. B. „AZW-2026-0007-Y“.",
      en: "Compare the number character by character with the certificate, e.g. “AZW-2026-0007-Y”.",
      ar: "يرجى مقارنة الرقم بالشهادة حرفًا حرفًا، مثل «AZW-2026-0007-Y».",
      fa: "لطفاً شماره را نویسه به نویسه با گواهی مقایسه کنید، برای مثال «AZW-2026-0007-Y».",
      uk: "Порівняйте номер із сертифікатом символ за символом, наприклад «AZW-2026-0007-Y».",
      ru: "Сравните номер с сертификатом символ за символом, например «AZW-2026-0007-Y».",
      tr: "Lütfen numarayı sertifikayla karakter karakter karşılaştırın, örneğin “AZW-2026-0007-Y”.",
    },
  },
  forbidden_origin: {
    status: 403,
    title: {
      de: "Herkunft nicht erlaubt",
      en: "Origin not allowed",
      ar: "المصدر غير مسموح به",
      fa: "مبدأ مجاز نیست",
      uk: "Джерело не дозволене",
      ru: "Источник не разрешён",
      tr: "Kaynağa izin verilmiyor",
    },
    message: {
      de: "Diese Website darf keine Formulare an diesen Dienst senden.",
      en: "This website may not send forms to this service.",
      ar: "لا يُسمح لهذا الموقع بإرسال الاستمارات إلى هذه الخدمة.",
      fa: "این وب‌سایت اجازه ندارد فرم‌ها را به این سرویس بفرستد.",
      uk: "Цей вебсайт не може надсилати форми до цього сервісу.",
      ru: "Этот сайт не может отправлять формы в эту службу.",
      tr: "Bu web sitesi bu hizmete form gönderemez.",
    },
    hint: {
      de: "Nutzen Sie das Formular auf der Website des Programms.",
      en: "Use the form on the programme's website.",
      ar: "يرجى استخدام الاستمارة الموجودة على موقع البرنامج.",
      fa: "لطفاً از فرم وب‌سایت برنامه استفاده کنید.",
      uk: "Скористайтеся формою на вебсайті програми.",
      ru: "Воспользуйтесь формой на сайте программы.",
      tr: "Lütfen programın web sitesindeki formu kullanın.",
    },
  },
  bot_check_failed: {
    status: 403,
    title: {
      de: "Sicherheitsprüfung fehlgeschlagen",
      en: "Security check failed",
      ar: "لم ينجح التحقق الأمني",
      fa: "بررسی امنیتی ناموفق بود",
      uk: "Перевірку безпеки не пройдено",
      ru: "Проверка безопасности не пройдена",
      tr: "Güvenlik kontrolü başarısız oldu",
    },
    message: {
      de: "Die automatische Prüfung, ob ein Mensch das Formular sendet, ist fehlgeschlagen.",
      en: "The automatic check that a person is sending the form failed.",
      ar: "لم ينجح التحقق التلقائي من أن إنسانًا هو من يرسل الاستمارة.",
      fa: "بررسی خودکار اینکه یک انسان فرم را می‌فرستد، ناموفق بود.",
      uk: "Автоматична перевірка того, що форму надсилає людина, не вдалася.",
      ru: "Автоматическая проверка того, что форму отправляет человек, не удалась.",
      tr: "Formu bir insanın gönderdiğini doğrulayan otomatik kontrol başarısız oldu.",
    },
    hint: {
      de: "Laden Sie das Formular neu und senden Sie es noch einmal.",
      en: "Reload the form and send it again.",
      ar: "يرجى إعادة تحميل الاستمارة وإرسالها مرة أخرى.",
      fa: "لطفاً فرم را دوباره بارگیری کنید و یک بار دیگر بفرستید.",
      uk: "Будь ласка, перезавантажте форму й надішліть її ще раз.",
      ru: "Пожалуйста, перезагрузите форму и отправьте её ещё раз.",
      tr: "Lütfen formu yeniden yükleyin ve tekrar gönderin.",
    },
  },
  not_found: {
    status: 404,
    title: {
      de: "Nicht gefunden",
      en: "Not found",
      ar: "غير موجود",
      fa: "پیدا نشد",
      uk: "Не знайдено",
      ru: "Не найдено",
      tr: "Bulunamadı",
    },
    message: {
      de: "Unter dieser Adresse gibt es keine Schnittstelle.",
      en: "There is no endpoint at this path.",
      ar: "لا توجد واجهة على هذا العنوان.",
      fa: "در این نشانی هیچ رابطی وجود ندارد.",
      uk: "За цією адресою немає інтерфейсу.",
      ru: "По этому адресу нет интерфейса.",
      tr: "Bu adreste bir arayüz yok.",
    },
    hint: {
      de: "Prüfen Sie die Adresse anhand der API-Dokumentation.",
      en: "Check the URL against the API documentation.",
      ar: "يرجى التحقق من العنوان بالاستعانة بوثائق الواجهة البرمجية (API).",
      fa: "لطفاً نشانی را با مستندات API مقایسه کنید.",
      uk: "Перевірте адресу за документацією API.",
      ru: "Проверьте адрес по документации API.",
      tr: "Lütfen adresi API belgelerine göre kontrol edin.",
    },
  },
  method_not_allowed: {
    status: 405,
    title: {
      de: "Methode nicht erlaubt",
      en: "Method not allowed",
      ar: "الطريقة غير مسموح بها",
      fa: "روش مجاز نیست",
      uk: "Метод не дозволений",
      ru: "Метод не разрешён",
      tr: "Yönteme izin verilmiyor",
    },
    message: {
      de: "Diese Schnittstelle akzeptiert diese HTTP-Methode nicht.",
      en: "This endpoint does not accept this HTTP method.",
      ar: "لا تقبل هذه الواجهة طريقة HTTP هذه.",
      fa: "این رابط این روش HTTP را نمی‌پذیرد.",
      uk: "Цей інтерфейс не приймає цей метод HTTP.",
      ru: "Этот интерфейс не принимает этот метод HTTP.",
      tr: "Bu arayüz bu HTTP yöntemini kabul etmiyor.",
    },
    hint: {
      de: "Verwenden Sie eine der Methoden aus dem Allow-Header.",
      en: "Use one of the methods listed in the Allow header.",
      ar: "يرجى استخدام إحدى الطرق المذكورة في ترويسة Allow.",
      fa: "لطفاً یکی از روش‌های فهرست‌شده در سرآیند Allow را به کار ببرید.",
      uk: "Використайте один із методів, зазначених у заголовку Allow.",
      ru: "Используйте один из методов, указанных в заголовке Allow.",
      tr: "Lütfen Allow başlığında listelenen yöntemlerden birini kullanın.",
    },
  },
  payload_too_large: {
    status: 413,
    title: {
      de: "Zu viel Inhalt",
      en: "Too much content",
      ar: "المحتوى كبير جدًا",
      fa: "محتوا بیش از حد است",
      uk: "Забагато вмісту",
      ru: "Слишком много содержимого",
      tr: "İçerik çok fazla",
    },
    message: {
      de: "Die Anfrage ist größer als die erlaubten 32 KiB.",
      en: "The request is larger than the allowed 32 KiB.",
      ar: "الطلب أكبر من الحد المسموح به، وهو 32 KiB.",
      fa: "حجم درخواست از ۳۲ KiB مجاز بیشتر است.",
      uk: "Запит більший за дозволені 32 KiB.",
      ru: "Запрос больше допустимых 32 KiB.",
      tr: "İstek, izin verilen 32 KiB sınırından büyük.",
    },
    hint: {
      de: "Kürzen Sie lange Texte im Formular.",
      en: "Shorten long texts in the form.",
      ar: "يرجى تقصير النصوص الطويلة في الاستمارة.",
      fa: "لطفاً متن‌های طولانی فرم را کوتاه‌تر کنید.",
      uk: "Будь ласка, скоротіть довгі тексти у формі.",
      ru: "Пожалуйста, сократите длинные тексты в форме.",
      tr: "Lütfen formdaki uzun metinleri kısaltın.",
    },
  },
  unsupported_media_type: {
    status: 415,
    title: {
      de: "Format nicht unterstützt",
      en: "Unsupported format",
      ar: "الصيغة غير مدعومة",
      fa: "این قالب پشتیبانی نمی‌شود",
      uk: "Формат не підтримується",
      ru: "Формат не поддерживается",
      tr: "Biçim desteklenmiyor",
    },
    message: {
      de: "Dieses Inhaltsformat wird nicht angenommen.",
      en: "This content type is not accepted.",
      ar: "لا يُقبل هذا النوع من المحتوى.",
      fa: "این نوع محتوا پذیرفته نمی‌شود.",
      uk: "Такий тип вмісту не приймається.",
      ru: "Такой тип содержимого не принимается.",
      tr: "Bu içerik türü kabul edilmiyor.",
    },
    hint: {
      de: "Senden Sie application/json oder application/x-www-form-urlencoded in UTF-8.",
      en: "Send application/json or application/x-www-form-urlencoded in UTF-8.",
      ar: "يرجى الإرسال بصيغة application/json أو application/x-www-form-urlencoded بترميز UTF-8.",
      fa: "لطفاً application/json یا application/x-www-form-urlencoded با رمزگذاری UTF-8 بفرستید.",
      uk: "Надішліть application/json або application/x-www-form-urlencoded у кодуванні UTF-8.",
      ru: "Отправьте application/json или application/x-www-form-urlencoded в кодировке UTF-8.",
      tr: "Lütfen UTF-8 ile application/json veya application/x-www-form-urlencoded gönderin.",
    },
  },
  validation_failed: {
    status: 422,
    title: {
      de: "Bitte prüfen Sie Ihre Angaben",
      en: "Please check your entries",
      ar: "يرجى التحقق من بياناتكم",
      fa: "لطفاً اطلاعات خود را بررسی کنید",
      uk: "Будь ласка, перевірте введені дані",
      ru: "Пожалуйста, проверьте введённые данные",
      tr: "Lütfen bilgilerinizi kontrol edin",
    },
    message: {
      de: "Einige Angaben fehlen oder sind ungültig.",
      en: "Some entries are missing or invalid.",
      ar: "بعض البيانات ناقصة أو غير صحيحة.",
      fa: "برخی از اطلاعات وارد نشده یا نادرست است.",
      uk: "Деякі дані відсутні або недійсні.",
      ru: "Некоторые данные отсутствуют или недействительны.",
      tr: "Bazı bilgiler eksik veya geçersiz.",
    },
    hint: {
      de: "Korrigieren Sie die genannten Felder und senden Sie das Formular erneut.",
      en: "Correct the fields listed and send the form again.",
      ar: "يرجى تصحيح الحقول المذكورة وإرسال الاستمارة مرة أخرى.",
      fa: "لطفاً موارد ذکرشده را اصلاح کنید و فرم را دوباره بفرستید.",
      uk: "Будь ласка, виправте зазначені поля й надішліть форму ще раз.",
      ru: "Пожалуйста, исправьте указанные поля и отправьте форму ещё раз.",
      tr: "Lütfen belirtilen alanları düzeltin ve formu yeniden gönderin.",
    },
  },
  rate_limited: {
    status: 429,
    title: {
      de: "Zu viele Anfragen",
      en: "Too many requests",
      ar: "طلبات كثيرة جدًا",
      fa: "درخواست‌ها بیش از حد است",
      uk: "Забагато запитів",
      ru: "Слишком много запросов",
      tr: "Çok fazla istek",
    },
    message: {
      de: "Von Ihrem Anschluss kamen in kurzer Zeit zu viele Übermittlungen.",
      en: "Too many submissions came from your connection in a short time.",
      ar: "وصل من اتصالكم عدد كبير جدًا من الإرسالات خلال وقت قصير.",
      fa: "در مدت کوتاهی ارسال‌های بیش از حد از اتصال شما رسیده است.",
      uk: "З вашого підключення за короткий час надійшло забагато надсилань.",
      ru: "С вашего подключения за короткое время поступило слишком много отправок.",
      tr: "Bağlantınızdan kısa sürede çok fazla gönderim geldi.",
    },
    hint: {
      de: "Warten Sie eine Minute und versuchen Sie es dann erneut.",
      en: "Wait a minute, then try again.",
      ar: "يرجى الانتظار دقيقة واحدة ثم المحاولة مرة أخرى.",
      fa: "لطفاً یک دقیقه صبر کنید و سپس دوباره امتحان کنید.",
      uk: "Будь ласка, зачекайте хвилину, а потім спробуйте ще раз.",
      ru: "Пожалуйста, подождите минуту, а затем попробуйте ещё раз.",
      tr: "Lütfen bir dakika bekleyin, sonra tekrar deneyin.",
    },
  },
  too_many_checks: {
    status: 429,
    title: {
      de: "Zu viele Prüfungen",
      en: "Too many checks",
      ar: "عمليات تحقق كثيرة جدًا",
      fa: "بررسی‌ها بیش از حد است",
      uk: "Забагато перевірок",
      ru: "Слишком много проверок",
      tr: "Çok fazla kontrol",
    },
    message: {
      de: "Von Ihrem Anschluss kamen in kurzer Zeit zu viele Zertifikatsprüfungen.",
      en: "Too many certificate checks came from your connection in a short time.",
      ar: "وصل من اتصالكم عدد كبير جدًا من طلبات التحقق من الشهادات خلال وقت قصير.",
      fa: "در مدت کوتاهی بررسی‌های گواهی بیش از حد از اتصال شما رسیده است.",
      uk: "З вашого підключення за короткий час надійшло забагато перевірок сертифікатів.",
      ru: "С вашего подключения за короткое время поступило слишком много проверок сертификатов.",
      tr: "Bağlantınızdan kısa sürede çok fazla sertifika kontrolü geldi.",
    },
    hint: {
      de: "Warten Sie eine Minute und prüfen Sie dann erneut.",
      en: "Wait a minute, then check again.",
      ar: "يرجى الانتظار دقيقة واحدة ثم التحقق مرة أخرى.",
      fa: "لطفاً یک دقیقه صبر کنید و سپس دوباره بررسی کنید.",
      uk: "Будь ласка, зачекайте хвилину, а потім перевірте ще раз.",
      ru: "Пожалуйста, подождите минуту, а затем проверьте ещё раз.",
      tr: "Lütfen bir dakika bekleyin, sonra tekrar kontrol edin.",
    },
  },
  internal_error: {
    status: 500,
    title: {
      de: "Interner Fehler",
      en: "Internal error",
      ar: "خطأ داخلي",
      fa: "خطای داخلی",
      uk: "Внутрішня помилка",
      ru: "Внутренняя ошибка",
      tr: "Dahili hata",
    },
    message: {
      de: "Der Dienst konnte die Anfrage nicht bearbeiten.",
      en: "The service failed to handle the request.",
      ar: "لم تتمكن الخدمة من معالجة الطلب.",
      fa: "سرویس نتوانست درخواست را پردازش کند.",
      uk: "Сервісу не вдалося обробити запит.",
      ru: "Службе не удалось обработать запрос.",
      tr: "Hizmet isteği işleyemedi.",
    },
    hint: {
      de: "Versuchen Sie es später erneut; wenn es so bleibt, sagen Sie uns Bescheid.",
      en: "Try again later; if it persists, tell us.",
      ar: "يرجى المحاولة لاحقًا مرة أخرى، وإذا استمرت المشكلة فيرجى إبلاغنا.",
      fa: "لطفاً بعداً دوباره امتحان کنید؛ اگر مشکل ادامه داشت، به ما خبر دهید.",
      uk: "Спробуйте пізніше; якщо помилка не зникне, повідомте нам.",
      ru: "Попробуйте позже; если ошибка не исчезнет, сообщите нам.",
      tr: "Lütfen daha sonra tekrar deneyin; sorun devam ederse bize bildirin.",
    },
  },
  sessions_unavailable: {
    status: 503,
    title: {
      de: "Termine nicht lesbar",
      en: "Sessions unavailable",
      ar: "المواعيد غير متاحة",
      fa: "جلسه‌ها در دسترس نیستند",
      uk: "Розклад недоступний",
      ru: "Расписание недоступно",
      tr: "Eğitim tarihlerine ulaşılamıyor",
    },
    message: {
      de: "Die Schulungstermine konnten gerade nicht gelesen werden.",
      en: "The training sessions could not be read right now.",
      ar: "تعذّرت قراءة مواعيد التدريب في الوقت الحالي.",
      fa: "در حال حاضر خواندن جلسه‌های آموزشی ممکن نشد.",
      uk: "Зараз не вдалося прочитати розклад навчальних занять.",
      ru: "Сейчас не удалось прочитать расписание учебных занятий.",
      tr: "Eğitim tarihleri şu anda okunamadı.",
    },
    hint: {
      de: "Versuchen Sie es in einer Minute erneut.",
      en: "Try again in a minute.",
      ar: "يرجى المحاولة مرة أخرى بعد دقيقة.",
      fa: "لطفاً یک دقیقهٔ دیگر دوباره امتحان کنید.",
      uk: "Спробуйте ще раз за хвилину.",
      ru: "Попробуйте ещё раз через минуту.",
      tr: "Lütfen bir dakika sonra tekrar deneyin.",
    },
  },
  bot_check_unavailable: {
    status: 503,
    title: {
      de: "Prüfung nicht erreichbar",
      en: "Check unavailable",
      ar: "التحقق غير متاح",
      fa: "بررسی در دسترس نیست",
      uk: "Перевірка недоступна",
      ru: "Проверка недоступна",
      tr: "Kontrole ulaşılamıyor",
    },
    message: {
      de: "Die Sicherheitsprüfung ist gerade nicht erreichbar.",
      en: "The security check cannot be reached right now.",
      ar: "لا يمكن الوصول إلى التحقق الأمني في الوقت الحالي.",
      fa: "در حال حاضر دسترسی به بررسی امنیتی ممکن نیست.",
      uk: "Перевірка безпеки зараз недоступна.",
      ru: "Проверка безопасности сейчас недоступна.",
      tr: "Güvenlik kontrolüne şu anda ulaşılamıyor.",
    },
    hint: {
      de: "Versuchen Sie es in einigen Minuten erneut.",
      en: "Try again in a few minutes.",
      ar: "يرجى المحاولة مرة أخرى بعد بضع دقائق.",
      fa: "لطفاً چند دقیقهٔ دیگر دوباره امتحان کنید.",
      uk: "Спробуйте ще раз за кілька хвилин.",
      ru: "Попробуйте ещё раз через несколько минут.",
      tr: "Lütfen birkaç dakika sonra tekrar deneyin.",
    },
  },
} as const satisfies Record<string, CatalogueEntry>;

export type HttpErrorCode = keyof typeof httpErrors;

/** The problem of each field named in a `duplicate_field` answer, in every site language. */
export const DUPLICATE_FIELD_ISSUE: PageText = {
  de: "Dieses Feld wurde mehr als einmal gesendet.",
  en: "This field was sent more than once.",
  ar: "أُرسل هذا الحقل أكثر من مرة.",
  fa: "این فیلد بیش از یک بار فرستاده شد.",
  uk: "Це поле надіслано кілька разів.",
  ru: "Это поле отправлено несколько раз.",
  tr: "Bu alan birden fazla gönderildi.",
};

/** One problem with one field of a submission (the body of a 422, or of a `duplicate_field`). */
export interface FieldIssue {
  readonly field: string;
  readonly message: string;
  /**
   * The language the message is really in, when that is not the page's (a catalogue that
   * lacks a message falls back to English); the HTML page marks it with `lang`. Never
   * sent as JSON.
   */
  readonly language?: string;
}

/**
 * A catalogued error thrown by a handler and turned into a response by the central error
 * handler. Only this class may carry a client-caused status; anything else thrown is a
 * bug and becomes a logged 500.
 */
export class HttpError extends Error {
  override readonly name = "HttpError";
  constructor(
    readonly code: HttpErrorCode,
    readonly details: {
      readonly issues?: readonly FieldIssue[];
      readonly headers?: HeadersInit;
    } = {},
  ) {
    super(code);
  }

  get status(): number {
    return httpErrors[this.code].status;
  }
}
