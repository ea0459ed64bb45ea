# Russian — console-desk.ftl: the admin console's vaccinator desk (today's list, verification, walk-ins, doses, offline queue)

console-nav-desk = Пост вакцинации
console-nav-desk-queue = Дозы на этом устройстве
console-desk-title = Пост вакцинации

## Connection and queue
console-desk-online = В сети
console-desk-offline = Нет сети
console-desk-offline-explain = Записанные вами дозы хранятся на этом устройстве и отправляются, как только появится сеть.
console-desk-pending-count = { $count ->
    [0] Нет доз, ожидающих отправки
    [one] { $count } доза ожидает отправки
    [few] { $count } дозы ожидают отправки
   *[other] { $count } доз ожидают отправки
}
console-desk-queue-open = Показать дозы
console-desk-sync-now = Отправить сейчас
console-desk-sync-title = Дозы отправлены
console-desk-sync-result = Записано: { $recorded }. Уже были записаны: { $duplicate }. Отклонено: { $refused }.
console-desk-sync-unreachable = Не удалось связаться с сервером; дозы остаются на этом устройстве и будут отправлены позже.
console-desk-sync-still-pending = Ещё ожидают отправки: { $count }.
console-desk-sync-other-staff = Эти дозы записал другой сотрудник на этом устройстве: они будут отправлены, когда он снова войдёт здесь.
console-desk-sync-nothing = Ничего не ожидало отправки.
console-desk-storage-failed-title = Этот браузер не может сохранять работу поста
console-desk-storage-failed-text = Посту нужно хранилище браузера (IndexedDB), чтобы сохранять дозы при обрыве сети. Выйдите из режима инкогнито или воспользуйтесь другим браузером.
console-desk-no-facility-title = Нет учреждения
console-desk-no-facility-text = Вы не прикреплены ни к одному действующему учреждению. Попросите администратора района добавить вас в учреждение.

## Today's list
console-desk-facility-label = Учреждение
console-desk-facility-at = Учреждение: { $facility }
console-desk-verify-document = Найти по документу
console-desk-walk-in = Записать пришедшего без записи
console-desk-appointments-title = Записи на { $date }
console-desk-appointments-saved = Список сохранён в { $time }: сети нет, поэтому он может быть устаревшим.
console-desk-appointments-search = Найти по имени или номеру
console-desk-appointments-none = На сегодня здесь никто не записан.
console-desk-appointments-no-match = В сегодняшнем списке никто не подходит под этот запрос.
console-desk-appointment-open = Проверить: { $name }, время { $slot }
console-desk-appointment-line = Год рождения { $year } · { $slot }
console-desk-appointment-dose = Доза { $dose }, { $vaccine }
console-desk-appointment-missing = Этой записи нет в сегодняшнем списке учреждения.
console-desk-back-to-list = К сегодняшнему списку

## Verification
console-desk-verify-title = Проверка записи
console-desk-code-label = Код безопасности
console-desk-code-hint = 4 цифры, напечатанные на талоне записи.
console-desk-code-invalid = Введите 4 цифры кода безопасности.
console-desk-code-submit = Проверить
console-desk-code-offline-title = Нет сети: код нельзя проверить
console-desk-code-offline-text = Проверьте талон записи и документ, удостоверяющий личность, сами. Сервер проверит дозу при отправке.
console-desk-code-offline-confirm = Я проверил(а) документы
console-desk-checked-by-eye = Проверено вами без сети: сервер проверит дозу при отправке.
console-desk-document-title = Найти по документу
console-desk-document-type = Документ, удостоверяющий личность
console-desk-document-number = Номер документа
console-desk-document-number-missing = Введите номер документа.
console-desk-document-submit = Найти
console-desk-document-not-found = Не найдено
console-desk-document-offline-title = Нет сети
console-desk-document-offline-text = Найти человека по документу можно только при наличии сети. Если он ещё не зарегистрирован, запишите его как пришедшего без записи: регистрация дождётся сети вместе с дозой.

## The person
console-desk-person-born = Год рождения: { $year }
console-desk-person-reference = Номер { $reference }
console-desk-person-not-registered = Будет зарегистрирован(а), когда появится сеть
console-desk-person-no-doses = Доз пока нет
console-desk-person-doses = Полученные дозы
console-desk-person-dose-line = Доза { $dose }: { $vaccine }, { $date }

## Walk-ins
console-desk-walk-in-title = Записать пришедшего без записи
console-desk-walk-in-name = Полное имя (как в документе)
console-desk-walk-in-name-missing = Введите имя.
console-desk-walk-in-birth-year = Год рождения
console-desk-walk-in-birth-year-invalid = Введите год рождения, например 1980.
console-desk-walk-in-gender = Пол
console-desk-walk-in-mobile = Номер мобильного телефона
console-desk-walk-in-mobile-hint = Учётная запись человека привязана к этому номеру; если её нет, она будет создана.
console-desk-walk-in-mobile-invalid = Введите номер мобильного телефона.
console-desk-walk-in-submit = Зарегистрировать и продолжить
console-desk-walk-in-refused = Не зарегистрирован(а)
console-desk-walk-in-registered = Зарегистрирован(а).
console-desk-walk-in-found = Уже зарегистрирован(а): найден(а) по документу.
console-desk-walk-in-offline = Нет сети: регистрация пройдёт, когда появится сеть, перед отправкой дозы.

## Recording a dose
console-desk-record-form = Запись дозы
console-desk-record-vaccine = Вакцина
console-desk-record-dose = Доза
console-desk-record-dose-option = Доза { $dose }
console-desk-record-batch = Номер серии
console-desk-record-batch-hint = Запоминается на сегодня в этом учреждении.
console-desk-record-batch-missing = Введите номер серии флакона.
console-desk-record-no-vaccine = Сегодня ни в одном сеансе этого учреждения нет вакцины. Попросите руководителя учреждения опубликовать сегодняшний сеанс.
console-desk-record-submit = Записать дозу { $dose }, { $vaccine }
console-desk-outcome-recorded = Доза { $dose }, { $vaccine }, записана: { $name }.
console-desk-outcome-queued = Доза { $dose }, { $vaccine }, для: { $name } сохранена на этом устройстве.
console-desk-outcome-queued-text = Она будет отправлена, как только появится сеть.
console-desk-outcome-duplicate = Доза { $dose }, { $vaccine }, для: { $name } уже была записана и учитывается один раз.
console-desk-outcome-refused = Доза { $dose }, { $vaccine }, для: { $name } не записана.
console-desk-outcome-already-queued = Доза { $dose }, { $vaccine }, для: { $name } уже есть на этом устройстве и учитывается один раз.
console-desk-outcome-change = Изменить и записать снова
console-desk-outcome-next = Следующий

## Doses on this device
console-desk-queue-title = Дозы на этом устройстве
console-desk-queue-last-sync = Последняя отправка в { $time }.
console-desk-queue-pending-title = Ожидают отправки ({ $count })
console-desk-queue-pending-none = Ничего не ожидает: все записанные здесь дозы дошли до сервера.
console-desk-queue-settled-title = Отправлено сегодня
console-desk-queue-settled-none = Сегодня с этого устройства ещё не отправлено ни одной дозы.
console-desk-queue-entry-dose = Доза { $dose }, { $vaccine }, серия { $batch }, в { $time }
console-desk-queue-entry-walk-in = Без записи: регистрация перед отправкой дозы.
console-desk-queue-entry-attempts = Попыток без связи с сервером: { $count }.
console-desk-queue-dismiss = Убрать из списка
console-desk-queue-dismiss-label = Убрать из списка: { $name }
console-desk-status-pending = Ожидает
console-desk-status-recorded = Записана
console-desk-status-duplicate = Уже записана
console-desk-status-refused = Отклонена
