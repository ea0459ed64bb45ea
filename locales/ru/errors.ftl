# Russian — errors.ftl
error-tenant-not-found = По этому адресу не предоставляется служба вакцинации ни одной страны.
error-tenant-suspended = Работа службы вакцинации этой страны приостановлена. Пожалуйста, обратитесь в министерство здравоохранения.
error-not-found = Запрошенный ресурс не существует.
error-method-not-allowed = Этот метод не разрешён для данного ресурса.
error-invalid-parameter = Параметр «{ $name }» отсутствует или недействителен.
error-invalid-body = Тело запроса некорректно.
error-payload-too-large = Размер запроса слишком велик.
error-unsupported-media-type = Запрос должен быть отправлен в формате JSON.
error-internal = На нашей стороне произошла ошибка. Пожалуйста, повторите попытку позже.
error-unavailable = Служба временно недоступна. Пожалуйста, повторите попытку чуть позже.
error-rate-limited = Слишком много запросов. Пожалуйста, повторите попытку через { $seconds } с.
error-tenant-config-invalid = Конфигурация арендатора недействительна: { $reason }
error-confirmation-mismatch = Для подтверждения отправьте код страны { $code } в поле «confirm».
