# Portuguese (Brazil) — staff.ftl: messages of staff accounts and access control
error-staff-login-failed = O endereço de e-mail ou a senha não estão corretos, ou a conta está desativada.
error-forbidden = Sua função não permite realizar esta ação aqui.
error-csrf-rejected = Esta solicitação não veio das páginas deste site. Recarregue a página e tente novamente.
error-invitation-invalid = Este convite não é válido: ele já foi utilizado ou expirou.
error-weak-password = Escolha uma senha com pelo menos { $length } caracteres.
error-staff-not-found = Não existe nenhum membro da equipe correspondente no serviço deste país.
error-mail-delivery-failed = Não foi possível enviar o e-mail neste momento. Por favor, tente novamente em alguns minutos.
error-staff-email-registered = Já existe um membro da equipe com este endereço de e-mail.
staff-invitation-subject = Seu convite para o serviço de vacinação CoWIN: { $country }
staff-invitation-body = { $name }, você recebeu um convite para o serviço de vacinação CoWIN ({ $country }) com a função “{ $role }”. Para definir sua senha, use este código em até { $days } dias: { $token }
