# Portuguese (Brazil) — vaccination.ftl: messages of the vaccinator's desk and dose records
error-verification-failed = O código de segurança ou o documento de identificação não corresponde a nenhum beneficiário agendado nesta unidade.
error-dose-already-recorded = Esta dose já foi registrada para este beneficiário.
error-idempotency-key-reused = Esta chave de requisição já foi utilizada para outro registro de dose.
