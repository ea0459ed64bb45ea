# Portuguese (Brazil) — errors.ftl
error-tenant-not-found = Nenhum serviço de vacinação de país é oferecido neste endereço.
error-tenant-suspended = O serviço de vacinação deste país está suspenso. Por favor, entre em contato com o ministério da saúde.
error-not-found = O recurso solicitado não existe.
error-method-not-allowed = Este método não é permitido neste recurso.
error-invalid-parameter = O parâmetro “{ $name }” está ausente ou não é válido.
error-invalid-body = O corpo da requisição não é válido.
error-payload-too-large = A requisição é grande demais.
error-unsupported-media-type = A requisição deve ser enviada em formato JSON.
error-internal = Ocorreu um erro do nosso lado. Por favor, tente novamente mais tarde.
error-unavailable = O serviço está temporariamente indisponível. Por favor, tente novamente em instantes.
error-rate-limited = Excesso de requisições. Por favor, tente novamente em { $seconds } segundos.
error-tenant-config-invalid = A configuração do locatário não é válida: { $reason }
error-confirmation-mismatch = Para confirmar, envie o código do país { $code } como “confirm”.
error-configuration-changed = Outra pessoa alterou a configuração desde que você a abriu (agora versão { $version }). Recarregue-a e refaça sua alteração.
error-tenant-on-other-cluster = Os dados deste país estão no cluster de banco de dados { $cluster }. Mova-os para o cluster “main” antes de exportá-los ou desligar o país.
