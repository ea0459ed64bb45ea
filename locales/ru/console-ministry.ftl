# Russian — console-ministry.ftl: the admin console's ministry pages (tenant and district administrators)

## Navigation

console-ministry-nav-dashboard = Сводка
console-ministry-nav-facilities = Учреждения
console-ministry-nav-sessions = Сеансы
console-ministry-nav-staff = Сотрудники
console-ministry-nav-aefi = Сообщения о НППИ
console-ministry-nav-corrections = Исправления
console-ministry-nav-audit = Журнал аудита
console-ministry-nav-configuration = Настройки

## Dashboard and reports

console-ministry-dashboard-title = Сводка по вакцинации
console-ministry-dashboard-total = Дозы, введённые с { $from } по { $to }
console-ministry-period-label = Период
console-ministry-period-last7 = Последние 7 дней
console-ministry-period-last30 = Последние 30 дней
console-ministry-period-last90 = Последние 90 дней
console-ministry-period-month = Этот месяц
console-ministry-period-custom = Выбрать даты
console-ministry-period-range = С и по
console-ministry-period-choose = Выберите первый и последний день периода.
console-ministry-period-too-long = Отчёт охватывает не более 366 дней, и его последний день не может быть раньше первого. Выберите период короче.
console-ministry-report-by-day = Дозы по дням
console-ministry-report-by-area = Дозы по районам
console-ministry-report-by-vaccine = Дозы по вакцинам и номерам доз
console-ministry-report-by-vaccine-period = Дозы, введённые за период.
console-ministry-report-by-vaccine-since-start = Дозы, введённые с начала кампании (для администратора района это распределение ведётся с начала).
console-ministry-report-coverage = Охват первой дозой
console-ministry-report-coverage-note = Люди, получившие первую дозу с начала кампании, по отношению к населению района из настроек.
console-ministry-report-coverage-none = Ни у одного района в вашей зоне нет численности населения в настройках, поэтому охват показать нельзя.
console-ministry-report-coverage-series = Охват
console-ministry-report-doses = Дозы
console-ministry-report-day = День
console-ministry-report-state = Регион
console-ministry-report-district = Район
console-ministry-report-first-doses = Первые дозы с начала
console-ministry-report-population = Население
console-ministry-report-vaccine = Вакцина
console-ministry-report-dose = Номер дозы
console-ministry-report-dose-number = Доза { $dose }
console-ministry-report-no-facility = Записаны без учреждения
console-ministry-report-show-table = Показать таблицей
console-ministry-report-hide-table = Скрыть таблицу
console-ministry-report-export = Выгрузить «{ $table }» в CSV
console-ministry-report-table = { $title } (таблица)

## Facilities

console-ministry-facilities-title = Учреждения
console-ministry-facility-create = Новое учреждение
console-ministry-facility-create-title = Новое учреждение
console-ministry-facility-edit-title = Изменить учреждение
console-ministry-facility-edit = Изменить
console-ministry-facility-edit-named = Изменить { $name }
console-ministry-facility-deactivate = Деактивировать
console-ministry-facility-deactivate-named = Деактивировать { $name }
console-ministry-facility-deactivate-title = Деактивировать это учреждение?
console-ministry-facility-deactivate-text = В { $name } больше не будет новых сеансов. Уже опубликованные сеансы останутся как есть. Отменить это из консоли нельзя.
console-ministry-facility-deactivated = { $name } деактивировано.
console-ministry-facility-show-inactive = Показывать деактивированные учреждения
console-ministry-facility-import = Импорт CSV
console-ministry-facility-import-title = Импорт учреждений из файла CSV
console-ministry-facility-import-hint = Одно учреждение в строке после этого заголовка. Названия и микрорайоны — на основном языке страны; fee_type — Free или Paid (стоимость в платном учреждении задаётся при его изменении). Каждая строка создаётся или отклоняется отдельно.
console-ministry-facility-import-file = Файл CSV
console-ministry-facility-import-run = Импортировать
console-ministry-facility-import-summary = Создано: { $imported }. Отклонено: { $refused }.
console-ministry-facility-import-report = Отчёт об импорте
console-ministry-facility-import-line = Строка
console-ministry-facility-import-outcome = Результат
console-ministry-facility-import-created = Создано под № { $id }
console-ministry-facility-import-refused = Отклонена
console-ministry-facility-name = Название ({ $language })
console-ministry-facility-name-column = Учреждение
console-ministry-facility-block = Микрорайон ({ $language })
console-ministry-facility-district = Район
console-ministry-facility-address = Адрес
console-ministry-facility-postal-code = Почтовый индекс
console-ministry-facility-lat = Широта
console-ministry-facility-long = Долгота
console-ministry-facility-opens = Открывается в
console-ministry-facility-closes = Закрывается в
console-ministry-facility-hours = Часы работы
console-ministry-facility-fee-type = Оплата
console-ministry-facility-fee-free = Бесплатно
console-ministry-facility-fee-paid = Платно
console-ministry-facility-fee-vaccine = Код вакцины
console-ministry-facility-fee-amount = Стоимость
console-ministry-facility-fee-add = Добавить стоимость
console-ministry-facility-fee-remove = Удалить эту стоимость
console-ministry-facility-status = Состояние
console-ministry-facility-active = Работает
console-ministry-facility-inactive = Деактивировано
console-ministry-facility-change-in-config = Меняется в tenant.toml
console-ministry-facility-from-config-hint = Это учреждение задано в файле настроек страны; меняйте его там, а не здесь.
console-ministry-facility-lat-invalid = Введите широту от -90 до 90.
console-ministry-facility-long-invalid = Введите долготу от -180 до 180.
console-ministry-facility-time-invalid = Введите время, например 09:00.
console-ministry-facility-closes-early = Время закрытия должно быть позже времени открытия.
console-ministry-facility-fees-missing = Платному учреждению нужна стоимость хотя бы одной вакцины.
console-ministry-facility-fee-invalid = Введите стоимость целым числом, 0 или больше.
console-ministry-vaccine-code-invalid = Введите код вакцины из каталога, например COVISHIELD (заглавные латинские буквы, цифры, - или _).

## Sessions

console-ministry-sessions-title = Сеансы
console-ministry-sessions-all-facilities = Все учреждения
console-ministry-sessions-view = Вид
console-ministry-sessions-week = Неделя
console-ministry-sessions-day = День
console-ministry-sessions-today = Сегодня
console-ministry-sessions-previous-week = Предыдущая неделя
console-ministry-sessions-next-week = Следующая неделя
console-ministry-sessions-previous-day = Предыдущий день
console-ministry-sessions-next-day = Следующий день
console-ministry-sessions-range = С { $from } по { $to }
console-ministry-sessions-open-day = Показать только { $day }
console-ministry-sessions-none = Сеансов нет.
console-ministry-session-create = Новый сеанс
console-ministry-session-create-title = Опубликовать сеанс
console-ministry-session-create-on = Новый сеанс на { $day }
console-ministry-session-created = Сеанс опубликован.
console-ministry-session-publish = Опубликовать
console-ministry-session-edit = Изменить
console-ministry-session-edit-title = Изменить день, возраст и интервалы
console-ministry-session-capacity = Вместимость
console-ministry-session-capacity-title = Изменить вместимость
console-ministry-session-facility = Учреждение
console-ministry-session-date = День
console-ministry-session-vaccine = Вакцина
console-ministry-session-vaccine-hint = Код вакцины из каталога, правила которой действуют в этот день.
console-ministry-session-min-age = Минимальный возраст
console-ministry-session-max-age = Максимальный возраст
console-ministry-session-max-age-hint = Оставьте пустым, если верхнего предела нет.
console-ministry-session-capacity-dose1 = Места для первых доз
console-ministry-session-capacity-dose2 = Места для следующих доз
console-ministry-session-capacity-hint = Вместимость не может быть меньше уже забронированных мест.
console-ministry-session-capacity-below = Не меньше { $booked }: столько мест уже забронировано.
console-ministry-session-booked = Забронировано: { $booked }
console-ministry-session-booked-short = { $booked }/{ $capacity } забронировано
console-ministry-session-slots = Интервалы времени
console-ministry-session-slots-hint = Один интервал в записи, в виде 09:00AM-11:00AM; нажимайте Enter после каждого.
console-ministry-session-has-bookings = На этот сеанс записались люди ({ $booked }): теперь можно только добавлять новые интервалы.
console-ministry-session-ages-from = { $min }+
console-ministry-session-ages-between = { $min }–{ $max }
console-ministry-session-places-dose1 = Первые дозы: забронировано { $booked } из { $capacity }
console-ministry-session-places-dose2 = Следующие дозы: забронировано { $booked } из { $capacity }
console-ministry-session-slot-count = { $count ->
    [one] { $count } интервал
    [few] { $count } интервала
    [many] { $count } интервалов
   *[other] { $count } интервала
}
console-ministry-session-date-past = Выберите сегодня или более поздний день.
console-ministry-session-age-invalid = Введите возраст целым числом.
console-ministry-session-max-age-invalid = Максимальный возраст должен быть целым числом не меньше минимального.
console-ministry-session-slots-missing = Добавьте хотя бы один интервал времени.
console-ministry-session-slots-invalid = Пишите каждый интервал в виде 09:00AM-11:00AM.
console-ministry-session-capacity-invalid = Введите целое число от 0 до 100000.

## Staff

console-ministry-staff-title = Сотрудники
console-ministry-staff-invite = Пригласить
console-ministry-staff-invite-title = Пригласить сотрудника
console-ministry-staff-invite-send = Отправить приглашение
console-ministry-staff-invited = Приглашение отправлено на { $email }.
console-ministry-staff-name = Имя
console-ministry-staff-email = Адрес электронной почты
console-ministry-staff-role = Роль
console-ministry-staff-all-roles = Все роли
console-ministry-staff-scope = Зона ответственности
console-ministry-staff-scope-all = Вся страна
console-ministry-staff-status = Состояние
console-ministry-staff-active = Активен
console-ministry-staff-disabled = Отключён
console-ministry-staff-pending = Приглашение ещё не принято
console-ministry-staff-districts = Районы, которыми руководит
console-ministry-staff-facilities = Учреждения, где работает
console-ministry-staff-disable = Отключить
console-ministry-staff-enable = Включить
console-ministry-staff-disable-named = Отключить: { $name }
console-ministry-staff-enable-named = Включить: { $name }
console-ministry-staff-disabled-done = { $name } больше не может войти.
console-ministry-staff-enabled-done = { $name } снова может войти.
console-ministry-staff-email-invalid = Введите адрес электронной почты, например name@example.org.
console-ministry-staff-role-change = Изменить роль
console-ministry-staff-role-change-named = Изменить роль: { $name }
console-ministry-staff-role-title = Изменить роль и зону ответственности
console-ministry-staff-role-changed = У сотрудника { $name } новая роль.
console-ministry-staff-districts-missing = Выберите хотя бы один район.
console-ministry-staff-facilities-missing = Выберите хотя бы одно учреждение.
console-ministry-role-tenant-admin = Администратор министерства
console-ministry-role-district-admin = Администратор района
console-ministry-role-facility-manager = Руководитель учреждения
console-ministry-role-vaccinator = Вакцинатор
console-ministry-role-verifier = Проверяющий сертификаты
console-ministry-role-partner-app = Партнёрское приложение

## AEFI

console-ministry-aefi-title = Нежелательные проявления после иммунизации
console-ministry-aefi-none = Подходящих сообщений нет.
console-ministry-aefi-severity = Тяжесть
console-ministry-aefi-any-severity = Любая тяжесть
console-ministry-aefi-onset = Начало
console-ministry-aefi-onset-range = Начало в период
console-ministry-aefi-symptoms = Симптомы
console-ministry-aefi-outcome = Исход
console-ministry-aefi-dose = Доза
console-ministry-aefi-batch = Серия { $batch }
console-ministry-aefi-place = Где введена
console-ministry-aefi-beneficiary = Номер получателя
console-ministry-aefi-reported-by = Кто сообщил
console-ministry-aefi-severity-mild = Лёгкая
console-ministry-aefi-severity-moderate = Средняя
console-ministry-aefi-severity-severe = Тяжёлая
console-ministry-aefi-severity-serious = Серьёзная
console-ministry-aefi-outcome-recovered = Выздоровел
console-ministry-aefi-outcome-recovering = Выздоравливает
console-ministry-aefi-outcome-not-recovered = Не выздоровел
console-ministry-aefi-outcome-fatal = Летальный исход
console-ministry-aefi-outcome-unknown = Неизвестно
console-ministry-aefi-reported-by-staff = Сотрудник
console-ministry-aefi-reported-by-citizen = Гражданин

## Citizen requests

console-ministry-requests-nav = Обращения граждан
console-ministry-requests-title = Обращения граждан
console-ministry-requests-status-filter = Статус
console-ministry-requests-status-open = Открыто
console-ministry-requests-status-approved = Одобрено
console-ministry-requests-status-resolved = Решено
console-ministry-requests-status-rejected = Отклонено
console-ministry-requests-status-all = Все
console-ministry-requests-none = Обращений с этим статусом нет.
console-ministry-requests-tracking = Номер для отслеживания
console-ministry-requests-member = Номер получателя
console-ministry-requests-kind = Тема обращения
console-ministry-requests-value = Запрошенное значение
console-ministry-requests-details = Подробности
console-ministry-requests-status = Статус
console-ministry-requests-created = Подано
console-ministry-requests-actions = Решение
console-ministry-requests-kind-name = Исправление имени
console-ministry-requests-kind-birth-year = Исправление года рождения
console-ministry-requests-kind-gender = Исправление пола
console-ministry-requests-kind-wrong-dose = Записана неправильная доза
console-ministry-requests-kind-no-certificate = Сертификат не сформирован
console-ministry-requests-kind-other = Другая жалоба
console-ministry-requests-decided-on = Решено { $when }
console-ministry-requests-staff-note = Ответ: { $note }
console-ministry-requests-approve = Одобрить
console-ministry-requests-resolve = Отметить как решённое
console-ministry-requests-reject = Отклонить
console-ministry-requests-approve-named = Одобрить обращение { $tracking }
console-ministry-requests-resolve-named = Отметить обращение { $tracking } как решённое
console-ministry-requests-reject-named = Отклонить обращение { $tracking }
console-ministry-requests-approve-text = Запись получателя будет исправлена, как просили: прежние значения сохранятся в истории исправлений, сертификаты будут выданы заново.
console-ministry-requests-resolve-text = Жалоба будет отмечена как решённая. Напишите гражданину в примечании, что было сделано.
console-ministry-requests-reject-text = Обращение будет отклонено, запись останется как есть. Напишите гражданину в примечании причину.
console-ministry-requests-note = Примечание для гражданина
console-ministry-requests-note-hint = Гражданин видит его вместе со статусом обращения. Не более 1000 символов.
console-ministry-requests-approved-done = Обращение { $tracking } одобрено: запись исправлена, сертификаты выданы заново.
console-ministry-requests-resolved-done = Обращение { $tracking } отмечено как решённое.
console-ministry-requests-rejected-done = Обращение { $tracking } отклонено.

## Corrections

console-ministry-corrections-title = Исправления
console-ministry-correction-beneficiary = Исправить данные получателя
console-ministry-correction-dose = Исправить дозу
console-ministry-correction-reference = Номер получателя (14 цифр)
console-ministry-correction-new-name = Исправленное имя
console-ministry-correction-new-birth-year = Исправленный год рождения
console-ministry-correction-dose-id = ID дозы
console-ministry-correction-new-vaccine = Фактически введённая вакцина
console-ministry-correction-new-batch = Исправленная серия
console-ministry-correction-new-day = День фактического введения
console-ministry-correction-leave-empty = Оставьте пустым, чтобы не менять.
console-ministry-correction-reason = Причина
console-ministry-correction-apply = Применить исправление
console-ministry-correction-done = Исправлено. Прежние значения сохранены в истории, сертификат выдан заново.
console-ministry-correction-reference-invalid = Введите 14-значный номер получателя.
console-ministry-correction-dose-id-invalid = Введите ID дозы в том виде, как он указан при дозе (например 0b5c4e2a-1111-4222-8333-944455556666).
console-ministry-correction-birth-year-invalid = Введите год от 1900 до текущего.
console-ministry-correction-nothing = Измените хотя бы одно поле.
console-ministry-correction-trail = История исправлений
console-ministry-correction-subject = Номер получателя или ID дозы
console-ministry-correction-show-trail = Показать историю
console-ministry-correction-trail-empty = Эта запись ни разу не исправлялась.
console-ministry-correction-when = Когда
console-ministry-correction-by = Кто
console-ministry-correction-changes = Изменения
console-ministry-correction-change = { $field }: { $before } → { $after }

## Audit log

console-ministry-audit-title = Журнал аудита
console-ministry-audit-action-filter = Действие
console-ministry-audit-action-hint = Действия, начинающиеся с этого, например staff. или session.
console-ministry-audit-when = Когда
console-ministry-audit-actor = Кто
console-ministry-audit-action = Действие
console-ministry-audit-target = Объект
console-ministry-audit-detail = Подробности

## Configuration

console-ministry-config-title = Настройки
console-ministry-config-version = Версия { $version }
console-ministry-config-hint = Каждое сохранение проверяется так же, как «cowin tenant check», становится новой версией и записывается в журнал аудита.
console-ministry-config-saved = Сохранено как версия { $version }.
console-ministry-config-export = Выгрузить папку арендатора
console-ministry-config-refused-title = Настройки не сохранены
console-ministry-config-conflict-title = Кто-то сохранил раньше вас
console-ministry-config-reload = Загрузить последнюю версию
console-ministry-config-tab-vaccines = Вакцины
console-ministry-config-tab-areas = Территории
console-ministry-config-tab-branding = Оформление
console-ministry-config-tab-messages = Сообщения
console-ministry-config-tab-locked = Неизменяемые настройки
console-ministry-config-read-only-hint = Эти настройки заданы меморандумом, лицензией или NHA и здесь не меняются.
console-ministry-config-attribution = Указание платформы
console-ministry-rule-versions = { $count ->
    [one] { $count } версия правил
    [few] { $count } версии правил
    [many] { $count } версий правил
   *[other] { $count } версии правил
}
console-ministry-rule-version = Версия
console-ministry-rule-table = Версии правил { $vaccine }
console-ministry-rule-effective-from = Действует с
console-ministry-rule-ages = Возраст
console-ministry-rule-doses = Дозы
console-ministry-rule-mix-with = После неё можно вводить
console-ministry-rule-mix-with-hint = Вакцины, которые можно вводить после дозы этой вакцины в первичной серии.
console-ministry-rule-booster = Бустерная доза
console-ministry-rule-in-force = Действует
console-ministry-rule-scheduled = Запланирована
console-ministry-rule-dose-first = Доза { $dose }
console-ministry-rule-dose-after = Доза { $dose }: через { $min } дн. или позже после предыдущей
console-ministry-rule-dose-between = Доза { $dose }: через { $min }–{ $max } дн. после предыдущей
console-ministry-rule-booster-summary = Через { $days } дн. после первичной серии: { $vaccines }
console-ministry-rule-new = Новая версия правил для { $vaccine }
console-ministry-rule-new-title = Новая версия правил: { $vaccine }
console-ministry-rule-new-hint = Уже действующие версии никогда не меняются. Новая версия начинается с действующих правил; измените то, что ново, и выберите день вступления в силу.
console-ministry-rule-first-dose-hint = У первой дозы нет интервала.
console-ministry-rule-min-interval = Дней после предыдущей дозы, не меньше (доза { $dose })
console-ministry-rule-max-interval = Дней после предыдущей дозы, не больше (доза { $dose })
console-ministry-rule-add-dose = Добавить дозу
console-ministry-rule-remove-dose = Удалить дозу { $dose }
console-ministry-rule-booster-offered = Предлагается бустерная доза
console-ministry-rule-booster-interval = Дней после последней дозы первичной серии
console-ministry-rule-booster-vaccines = Вакцины для бустерной дозы
console-ministry-rule-save = Сохранить новую версию
console-ministry-rule-effective-past = Выберите сегодня или более поздний день: правило не может вступить в силу в прошлом.
console-ministry-rule-effective-order = Выберите день после вступления в силу последней версии.
console-ministry-rule-doses-missing = У вакцины должна быть хотя бы одна доза.
console-ministry-rule-interval-invalid = Введите число дней целым числом.
console-ministry-rule-max-interval-invalid = Наибольший интервал должен быть целым числом не меньше наименьшего.
console-ministry-rule-booster-vaccines-missing = Выберите хотя бы одну вакцину для бустерной дозы.
console-ministry-areas-hint = Названия регионов и районов на каждом языке и население каждого района, по которому сводка считает охват.
console-ministry-areas-state-name = Название региона ({ $language })
console-ministry-areas-district-name = Название района ({ $language })
console-ministry-areas-population = Население
console-ministry-areas-population-hint = Оставьте пустым, если неизвестно: тогда охват по этому району не показывается.
console-ministry-areas-save = Сохранить территории
console-ministry-branding-issuer = Выдающий орган ({ $language })
console-ministry-branding-signatory = Подписант ({ $language })
console-ministry-branding-primary = Основной цвет
console-ministry-branding-accent = Дополнительный цвет
console-ministry-branding-languages = Языки сертификата
console-ministry-branding-languages-hint = Язык страны и английский, в порядке печати.
console-ministry-branding-logo = Файл логотипа
console-ministry-branding-signature = Файл подписи
console-ministry-branding-files-hint = Файлы оформления меняются в папке арендатора.
console-ministry-branding-preview = Предпросмотр сертификата
console-ministry-branding-preview-hint = Предпросмотр показывает образец сертификата с оформлением выше до сохранения.
console-ministry-branding-preview-title = Образец сертификата
console-ministry-branding-preview-open = Открыть PDF
console-ministry-branding-preview-blocked = Образец сертификата готов. Эта страница не может показать его внутри себя: откройте его кнопкой «Открыть PDF».
console-ministry-branding-save = Сохранить оформление
console-ministry-messages-hint = Собственные формулировки страны для сообщений платформы, по языкам. Название и указание платформы изменить нельзя.
console-ministry-messages-none = Ни одно сообщение не заменено.
console-ministry-messages-language = Язык
console-ministry-messages-id = ID сообщения
console-ministry-messages-text = Текст
console-ministry-messages-add = Добавить замену
console-ministry-messages-remove = Удалить эту замену
console-ministry-messages-save = Сохранить сообщения
console-ministry-messages-id-invalid = Введите ID сообщения, например sms-otp (строчные латинские буквы, цифры и -).
console-ministry-messages-platform = Собственные сообщения платформы изменить нельзя.
console-ministry-messages-duplicate = Это сообщение уже заменено на этом языке.
