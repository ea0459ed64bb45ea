# Portuguese (Brazil) — console-desk.ftl: the admin console's vaccinator desk (today's list, verification, walk-ins, doses, offline queue)

console-nav-desk = Posto de vacinação
console-nav-desk-queue = Doses neste aparelho
console-desk-title = Posto de vacinação

## Connection and queue
console-desk-online = On-line
console-desk-offline = Off-line
console-desk-offline-explain = As doses que você registra ficam guardadas neste aparelho e são enviadas assim que a rede voltar.
console-desk-pending-count = { $count ->
    [0] Nenhuma dose aguardando envio
    [one] 1 dose aguardando envio
   *[other] { $count } doses aguardando envio
}
console-desk-queue-open = Ver doses
console-desk-sync-now = Enviar agora
console-desk-sync-title = Doses enviadas
console-desk-sync-result = Registradas: { $recorded }. Já registradas: { $duplicate }. Recusadas: { $refused }.
console-desk-sync-unreachable = Não foi possível falar com o servidor; as doses continuam neste aparelho e serão enviadas depois.
console-desk-sync-still-pending = { $count ->
    [one] 1 dose ainda está aguardando.
   *[other] { $count } doses ainda estão aguardando.
}
console-desk-sync-other-staff = Estas doses foram registradas por outro profissional neste aparelho: serão enviadas quando essa pessoa entrar aqui novamente.
console-desk-sync-nothing = Nada estava aguardando envio.
console-desk-storage-failed-title = Este navegador não consegue guardar o trabalho do posto
console-desk-storage-failed-text = O posto precisa do armazenamento do navegador (IndexedDB) para guardar as doses quando a rede cai. Saia da navegação anônima ou use outro navegador.
console-desk-no-facility-title = Nenhuma unidade
console-desk-no-facility-text = Você não está vinculado a nenhuma unidade ativa. Peça ao administrador do seu distrito que o inclua em uma.

## Today's list
console-desk-facility-label = Unidade
console-desk-facility-at = Unidade: { $facility }
console-desk-verify-document = Buscar por documento de identidade
console-desk-walk-in = Cadastrar quem veio sem agendamento
console-desk-appointments-title = Agendamentos de { $date }
console-desk-appointments-saved = Lista salva às { $time }: a rede caiu, então ela pode estar desatualizada.
console-desk-appointments-search = Buscar por nome ou referência
console-desk-appointments-none = Não há agendamentos aqui para hoje.
console-desk-appointments-no-match = Ninguém na lista de hoje corresponde a esta busca.
console-desk-appointment-open = Verificar { $name }, horário { $slot }
console-desk-appointment-line = Nascido em { $year } · { $slot }
console-desk-appointment-dose = Dose { $dose } de { $vaccine }
console-desk-appointment-missing = Este agendamento não está na lista de hoje desta unidade.
console-desk-back-to-list = Voltar à lista de hoje

## Verification
console-desk-verify-title = Verificar o agendamento
console-desk-code-label = Código de segurança
console-desk-code-hint = Os 4 dígitos impressos no comprovante de agendamento.
console-desk-code-invalid = Digite os 4 dígitos do código de segurança.
console-desk-code-submit = Verificar
console-desk-code-offline-title = Sem rede: o código não pode ser conferido
console-desk-code-offline-text = Confira você mesmo o comprovante de agendamento e o documento de identidade. O servidor confere a dose quando ela for enviada.
console-desk-code-offline-confirm = Conferi os documentos
console-desk-checked-by-eye = Conferido por você sem rede: o servidor confere a dose quando ela for enviada.
console-desk-document-title = Buscar por documento de identidade
console-desk-document-type = Documento de identidade
console-desk-document-number = Número do documento
console-desk-document-number-missing = Digite o número do documento.
console-desk-document-submit = Buscar
console-desk-document-not-found = Não encontrado
console-desk-document-offline-title = Sem rede
console-desk-document-offline-text = Só é possível encontrar alguém pelo documento com a rede disponível. Se a pessoa ainda não tem cadastro, cadastre-a como atendimento sem agendamento: o cadastro aguarda a rede junto com a dose.

## The person
console-desk-person-born = Nascido em { $year }
console-desk-person-reference = Referência { $reference }
console-desk-person-not-registered = Cadastrado quando a rede voltar
console-desk-person-no-doses = Nenhuma dose ainda
console-desk-person-doses = Doses até agora
console-desk-person-dose-line = Dose { $dose }: { $vaccine }, { $date }

## Walk-ins
console-desk-walk-in-title = Cadastrar quem veio sem agendamento
console-desk-walk-in-name = Nome completo (como no documento)
console-desk-walk-in-name-missing = Digite o nome.
console-desk-walk-in-birth-year = Ano de nascimento
console-desk-walk-in-birth-year-invalid = Digite um ano de nascimento, por exemplo 1980.
console-desk-walk-in-gender = Gênero
console-desk-walk-in-mobile = Número de celular
console-desk-walk-in-mobile-hint = A conta da pessoa é a deste número; é criada se for nova.
console-desk-walk-in-mobile-invalid = Digite um número de celular.
console-desk-walk-in-submit = Cadastrar e continuar
console-desk-walk-in-refused = Não cadastrado
console-desk-walk-in-registered = Cadastrado.
console-desk-walk-in-found = Já cadastrado: encontrado pelo documento de identidade.
console-desk-walk-in-offline = Sem rede: a pessoa será cadastrada quando a rede voltar, logo antes do envio da dose.

## Recording a dose
console-desk-record-form = Registrar a dose
console-desk-record-vaccine = Vacina
console-desk-record-dose = Dose
console-desk-record-dose-option = Dose { $dose }
console-desk-record-batch = Número do lote
console-desk-record-batch-hint = Lembrado durante o dia nesta unidade.
console-desk-record-batch-missing = Digite o número do lote do frasco.
console-desk-record-no-vaccine = Nenhuma sessão desta unidade oferece vacina hoje. Peça ao gerente da unidade que publique a sessão de hoje.
console-desk-record-submit = Registrar dose { $dose } de { $vaccine }
console-desk-outcome-recorded = Dose { $dose } de { $vaccine } registrada para { $name }.
console-desk-outcome-queued = Dose { $dose } de { $vaccine } para { $name } guardada neste aparelho.
console-desk-outcome-queued-text = Ela será enviada assim que a rede voltar.
console-desk-outcome-duplicate = A dose { $dose } de { $vaccine } para { $name } já estava registrada: conta uma só vez.
console-desk-outcome-refused = A dose { $dose } de { $vaccine } para { $name } não foi registrada.
console-desk-outcome-already-queued = A dose { $dose } de { $vaccine } para { $name } já está neste aparelho: conta uma só vez.
console-desk-outcome-change = Alterar e registrar de novo
console-desk-outcome-next = Próxima pessoa

## Doses on this device
console-desk-queue-title = Doses neste aparelho
console-desk-queue-last-sync = Último envio às { $time }.
console-desk-queue-pending-title = Aguardando envio ({ $count })
console-desk-queue-pending-none = Nada aguardando: todas as doses registradas aqui chegaram ao servidor.
console-desk-queue-settled-title = Enviadas hoje
console-desk-queue-settled-none = Nenhuma dose foi enviada deste aparelho hoje.
console-desk-queue-entry-dose = Dose { $dose } de { $vaccine }, lote { $batch }, às { $time }
console-desk-queue-entry-walk-in = Sem agendamento: cadastrado logo antes do envio da dose.
console-desk-queue-entry-attempts = { $count ->
    [one] Tentado 1 vez sem alcançar o servidor.
   *[other] Tentado { $count } vezes sem alcançar o servidor.
}
console-desk-queue-dismiss = Tirar da lista
console-desk-queue-dismiss-label = Tirar { $name } da lista
console-desk-status-pending = Aguardando
console-desk-status-recorded = Registrada
console-desk-status-duplicate = Já registrada
console-desk-status-refused = Recusada
