# Russian — vaccination.ftl: messages of the vaccinator's desk and dose records
error-verification-failed = Код безопасности или документ, удостоверяющий личность, не соответствует ни одному пациенту, записанному в этот пункт вакцинации.
error-dose-already-recorded = Сведения об этой дозе для этого пациента уже внесены.
error-idempotency-key-reused = Этот ключ запроса уже использовался для внесения сведений о другой дозе.
