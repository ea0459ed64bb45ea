# Russian — vaccination.ftl: messages of the vaccinator's desk and dose records
error-verification-failed = Код безопасности или документ, удостоверяющий личность, не соответствует ни одному пациенту, записанному в этот пункт вакцинации.
error-dose-already-recorded = Сведения об этой дозе для этого пациента уже внесены.
error-idempotency-key-reused = Этот ключ запроса уже использовался для внесения сведений о другой дозе.
error-facility-not-found = Такого пункта вакцинации не существует.
error-facility-managed-by-config = Этот пункт вакцинации задан в конфигурации страны; пожалуйста, внесите изменения в неё.
error-session-exists = В этом пункте вакцинации на этот день уже есть сеанс с этой вакциной.
error-capacity-below-booked = Вместимость не может быть меньше числа мест, на которые уже записаны пациенты.
