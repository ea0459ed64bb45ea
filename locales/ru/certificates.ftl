# Русский — certificates.ftl
error-certificate-not-found = Для этого получателя сертификат ещё не выдан.
error-not-a-certificate = Это не сертификат о вакцинации ни в одном из известных нам форматов (EU DCC, SMART Health Card, Verifiable Credential), либо его QR-код не удалось прочитать.
certificate-title = Сертификат о вакцинации от COVID-19
certificate-status-partial = Предварительный сертификат (первичная серия не завершена)
certificate-status-full = Окончательный сертификат (первичная серия завершена)
certificate-status-booster = Сертификат о бустерной дозе
certificate-beneficiary-details = Данные получателя
certificate-vaccination-details = Данные о вакцинации
certificate-name = Имя
certificate-age = Возраст
certificate-gender = Пол
certificate-id-document = Проверенный документ
certificate-reference = Справочный номер получателя
certificate-certificate-id = Номер сертификата
certificate-vaccine = Название вакцины
certificate-manufacturer = Производитель
certificate-dose = Номер дозы
certificate-date = Дата введения дозы
certificate-batch = Номер серии
certificate-facility = Место вакцинации
certificate-place = Район, область
certificate-issued = Выдан
certificate-qr-vc = Проверяемое удостоверение
certificate-qr-dcc = EU DCC / WHO DDCC:VS
certificate-qr-shc = SMART Health Card
certificate-verify-note = Отсканируйте QR-код любым приложением для проверки или на странице /verify выдавшей стороны.
certificate-slip-title = Талон на запись
certificate-security-code = Код безопасности
certificate-appointment = Номер записи
certificate-centre = Пункт вакцинации
certificate-slot = Время
certificate-booked-dose = Доза
certificate-booked-vaccine = Вакцина
verify-title = Проверка сертификата о вакцинации
verify-instructions = Вставьте текст QR-кода сертификата (начинается с HC1: или shc:/, либо это удостоверение) или выберите фотографию QR-кода.
verify-submit = Проверить
verify-upload = Фото QR-кода:
verify-genuine = Подлинный: этот сертификат выдан указанной ниже страной и не отозван.
verify-revoked = Отозван: этот сертификат выдан указанной ниже страной, но отозван (обычно заменён после исправления).
verify-unknown-issuer = Неизвестный издатель: сертификат подписан не страной, ключи которой у нас есть.
verify-tampered = Подделан: содержимое сертификата не совпадает с его подписью.
certificate-ready-subject = Ваш сертификат о вакцинации готов
certificate-ready-body =
    Уважаемый(ая) { $name },
    ваш сертификат о дозе { $dose } вакцины { $vaccine }, введённой { $date }, готов.
    Войдите, чтобы скачать его. Любой может проверить его на { $verify }.
error-image-too-large = Это изображение слишком большое. Отправьте фото QR-кода размером не более { $megapixels } мегапикселей.
