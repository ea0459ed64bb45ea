# Portuguese (Brazil) — citizens.ftl: errors of login, registration and booking
error-unauthenticated = Por favor, faça login novamente: sua sessão não foi encontrada ou expirou.
error-invalid-mobile = Este número de celular não é válido.
error-otp-invalid = O código de verificação informado não está correto.
error-otp-expired = Este código de verificação expirou ou já foi utilizado. Por favor, solicite um novo código.
error-otp-attempts-exceeded = Excesso de tentativas incorretas. Por favor, solicite um novo código de verificação.
error-otp-delivery-failed = Não foi possível enviar o código de verificação neste momento. Por favor, tente novamente em alguns minutos.
error-invalid-id-document = O número do documento { $document } não é válido.
error-id-document-registered = Este documento de identificação já está cadastrado.
error-member-limit-reached = Este número de celular já atingiu o limite máximo de { $limit } membros.
error-beneficiary-not-found = Nenhum beneficiário correspondente está cadastrado com este número de celular.
error-beneficiary-vaccinated = Não é possível excluir um beneficiário que já recebeu uma dose.
error-session-not-found = Esta sessão de vacinação não existe.
error-session-closed = Os agendamentos para esta sessão estão encerrados.
error-slot-not-offered = O horário escolhido não é oferecido nesta sessão.
error-no-capacity = Não há mais doses disponíveis nesta sessão para esta dose.
error-age-not-eligible = Esta sessão não está aberta à faixa etária do beneficiário.
error-dose-out-of-order = Esta dose não pode ser agendada antes do registro das doses anteriores.
error-dose-too-early = A próxima dose pode ser agendada a partir de { $date }.
error-vaccine-mismatch = Esta dose deve ser da mesma vacina das doses anteriores ({ $vaccine }).
error-already-booked = O beneficiário já tem um agendamento para esta dose.
error-appointment-not-found = Não existe nenhum agendamento correspondente nesta conta.
error-appointment-completed = Este agendamento já foi concluído e não pode ser alterado.
otp-message = Seu código de verificação do CoWIN é { $otp }. Ele é válido por { $minutes } min. Nunca o compartilhe com ninguém.
otp-email-subject = Seu código de verificação do CoWIN
dose-reminder-sms = CoWIN: a dose { $dose } de { $name } pode ser aplicada a partir de { $date }. Agende em { $link }
dose-reminder-subject = { $name }: a dose { $dose } já pode ser agendada
dose-reminder-body =
    Olá, { $name }.
    Pelas regras de vacinação em vigor, a dose { $dose } pode ser aplicada a partir de { $date }.
    Agende um horário em { $link } (entre com o celular da conta).
error-invalid-passport = Isto não é um número de passaporte: digite o número impresso na página da foto do passaporte (de 5 a 9 letras e dígitos).
