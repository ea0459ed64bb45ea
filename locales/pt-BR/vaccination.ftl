# Portuguese (Brazil) — vaccination.ftl: messages of the vaccinator's desk and dose records
error-verification-failed = O código de segurança ou o documento de identificação não corresponde a nenhum beneficiário agendado nesta unidade.
error-dose-already-recorded = Esta dose já foi registrada para este beneficiário.
error-idempotency-key-reused = Esta chave de requisição já foi utilizada para outro registro de dose.
error-facility-not-found = Não existe nenhuma unidade correspondente.
error-facility-managed-by-config = Esta unidade está definida na configuração do país; por favor, altere-a nessa configuração.
error-session-exists = Esta unidade já tem uma sessão desta vacina nesse dia.
error-capacity-below-booked = A capacidade não pode ser inferior ao número de vagas já agendadas.
error-session-has-bookings = Há pessoas agendadas nesta sessão: o dia, as idades e os horários agendados não podem mudar. Acrescente horários ou publique outra sessão.
error-request-decided = Esta solicitação já foi decidida.
