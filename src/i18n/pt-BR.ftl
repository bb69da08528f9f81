### Brazilian Portuguese, from en.ftl.
lang_name = Português (Brasil)
app_name = Planado
tagline = Agende uma videoconferência com antecedência. A sala fica secreta até o início.
privacy_footer = O Planado armazena apenas IDs, o horário de início, o fuso horário e a repetição — nunca o nome da conferência, nunca quem foi convidado. Sem cookies, sem rastreamento.

index_title = Agendar uma conferência
field_name = Nome da conferência
field_name_hint = Aparece no convite e na conferência. O Planado não o armazena.
field_date = Data
field_time = Horário
field_repeat = Repetir
field_count = Número de reuniões
field_count_hint = De 1 a { $max }, incluindo a primeira.
tz_assumed = A data e o horário estão no fuso horário { $tz }.
button_book = Agendar
now_title = Abrir uma sala agora
now_text = Uma nova sala secreta para entrar direto na conferência. Nada é armazenado.
button_now = Abrir uma sala agora

repeat_none = Não se repete
repeat_daily = Diariamente
repeat_weekly = Semanalmente
repeat_biweekly = A cada duas semanas
repeat_fourweekly = A cada quatro semanas
repeat_monthly = Mensalmente
repeat_weekdays = Todos os dias úteis, de segunda a sexta
repeat_monthly_weekday = Mensalmente, no mesmo dia da semana (por exemplo, na segunda terça-feira)
repeat_monthly_last_weekday = Mensalmente, no mesmo dia da semana, o último do mês (por exemplo, na última sexta-feira)
repeat_monthly_on = { $weekday ->
        [6] No { $position ->
            [1] primeiro
            [2] segundo
            [3] terceiro
            [4] quarto
            [5] quinto
           *[last] último
        } sábado de cada mês
        [7] No { $position ->
            [1] primeiro
            [2] segundo
            [3] terceiro
            [4] quarto
            [5] quinto
           *[last] último
        } domingo de cada mês
       *[other] Na { $position ->
            [1] primeira
            [2] segunda
            [3] terceira
            [4] quarta
            [5] quinta
           *[last] última
        } { $weekday ->
            [1] segunda-feira
            [2] terça-feira
            [3] quarta-feira
            [4] quinta-feira
           *[5] sexta-feira
        } de cada mês
    }
repeat_summary = { $rule }, { $count ->
        [one] { $count } reunião
       *[other] { $count } reuniões
    }

booked_title = Sua conferência está agendada
label_name = Nome
label_start = Início
label_repeat = Repetição
label_invite = Link de convite
label_calendar = Calendário
label_admin = Link de administração
invite_hint = Envie este link para as pessoas que você convidar. Até o início, ele mostra uma página de espera; a partir do início, leva à sala.
open_invite = Abrir o link de convite
admin_hint = Guarde o link de administração só para você: com ele, você pode alterar ou cancelar a conferência e entrar antes do início. Ele não poderá ser exibido de novo.
download_ics = Baixar o arquivo de calendário (.ics)
button_copy = Copiar convite
button_copied = Copiado para a área de transferência
button_mail = Enviar por e-mail
invitation_subject = Convite: { $name }
invitation_text =
    Você recebeu um convite para a videoconferência “{ $name }”.
    Início: { $start }
    { $repeat }
    Entre por aqui: { $invite }
    Adicione ao seu calendário: { $ics }

waiting_title = A conferência ainda não começou
waiting_starts = Início previsto: { $start }.
waiting_opens = A sala abre { $opens }; a reunião começa às { $time }.
waiting_local = No seu fuso horário: { $time }
waiting_local_opens = No seu fuso horário, a sala abre { $opens } e a reunião começa às { $time }.
countdown_label = Começa em
countdown_opens_label = A sala abre em
room_opens_early = A sala abre { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } antes do início.
error_open_early_invalid = A sala pode abrir de 0 a { $max ->
        [one] { $max } minuto
       *[other] { $max } minutos
    } antes do início (em minutos inteiros).
field_open_early = Abertura da sala
open_early_0 = no horário de início
open_early_n = { $minutes ->
        [one] { $minutes } minuto antes
       *[other] { $minutes } minutos antes
    }
field_duration = Duração
field_reminder = Lembrete no calendário
reminder_0 = nenhum
reminder_10 = 10 minutos antes
reminder_60 = 1 hora antes
reminder_1440 = 1 dia antes
length_minutes = { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }
length_hours = { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    }
length_hours_minutes = { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    } e { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }
label_length = Duração
waiting_length = A reunião dura { $length }.
error_duration_invalid = A duração deve ser de { $min } a { $max ->
        [one] { $max } minuto
       *[other] { $max } minutos
    } (em minutos inteiros).
error_reminder_invalid = Escolha um dos lembretes disponíveis.
waiting_auto = Deixe esta página aberta: ela levará você para a sala no horário de início.
waiting_nojs = Esta página é recarregada a cada 30 segundos e levará você para a sala no horário de início.

consent_title = Antes de entrar
consent_text = A conferência acontece em { $jitsi }. Leia o aviso de privacidade antes de entrar.
consent_link = Aviso de privacidade
button_enter = Entrar na sala

error_title = Não foi possível concluir
back = Voltar ao formulário de agendamento
notfound_title = Conferência não encontrada
notfound_text = Este convite é desconhecido ou a conferência já terminou. Verifique o link ou digite o ID do convite:
field_invite_id = ID do convite
button_open = Abrir
error_method = Este endereço não aceita esse tipo de solicitação.
error_unauthorized = Este endereço exige o token de reservas do servidor Jitsi deste serviço.
error_reservation_name = O nome da sala (name) está faltando ou não é um nome de sala válido.
error_reservation_start_time = O horário de início (start_time) está faltando ou não é uma data e hora como 2026-12-01T09:00:00.000Z.
reservation_opens = Esta conferência abre { $time } ({ $zone }).
reservation_unknown = Esta sala não está reservada neste servidor, ou o horário dela já passou.
error_too_large = A solicitação é grande demais.
error_timeout = A solicitação não chegou a tempo. Tente novamente.
error_uri_too_long = O endereço é longo demais.
error_headers_too_large = A solicitação tem campos de cabeçalho demais.
error_protocol = Não há suporte para esta versão do HTTP.
error_field_only_for_update = O campo { $field } só é aceito em uma alteração (action=update).
error_field_only_for_occurrence = O campo { $field } só é aceito ao omitir, remarcar ou restaurar uma única ocorrência.
error_media_type = Envie o formulário como application/x-www-form-urlencoded.
unavailable_title = Temporariamente indisponível
error_unavailable = Não é possível acessar o banco de dados no momento. Tente novamente em alguns minutos.
error_internal = Algo deu errado no Planado. Quem administra o serviço encontra os detalhes no log do servidor.
error_encoding = A solicitação contém caracteres malformados (codificação percentual corrompida ou texto que não está em UTF-8).
error_too_many_params = A solicitação tem parâmetros demais.
error_name_missing = Dê um nome à conferência.
error_name_too_long = O nome pode ter no máximo { $max ->
        [one] { $max } caractere
       *[other] { $max } caracteres
    }.
error_name_invalid = O nome não pode conter caracteres de controle, como quebras de linha.
error_date_missing = Escolha uma data.
error_date_invalid = A data precisa existir e estar no formato YYYY-MM-DD.
error_time_missing = Escolha um horário.
error_time_invalid = O horário precisa estar no formato HH:MM, de 00:00 a 23:59.
error_tz_invalid = “{ $tz }” não é um fuso horário conhecido.
error_repeat_invalid = Escolha uma das repetições disponíveis.
error_repeat_start = Esta repetição não combina com a data de início: “todos os dias úteis” precisa começar em um dia de segunda a sexta, e “o último do mês”, em um dia da semana que não se repita mais naquele mês (por exemplo, a última sexta-feira).
error_count_invalid = O número de reuniões precisa ser um número inteiro de 1 a { $max }.
error_time_nonexistent = O horário { $time } não existe em { $tz }: os relógios pulam essa hora. Escolha outro horário.
error_start_past = O início está no passado. Escolha um horário posterior.
error_start_far = As conferências podem ser agendadas com no máximo { $years ->
        [one] { $years } ano
       *[other] { $years } anos
    } de antecedência.
error_id_missing = Falta o ID do convite.
error_too_many_bookings = Agendamentos demais a partir da sua rede nesta hora. Tente novamente mais tarde.
error_cross_site = Este formulário veio de outro site, por isso não foi processado. Use diretamente as páginas do próprio Planado.
error_action_invalid = Ação desconhecida.
error_body_incomplete = O corpo da solicitação terminou antes de atingir o tamanho anunciado.

admin_title = Gerencie sua conferência
label_next = Próxima reunião
label_progress = Reuniões
label_upcoming = Próximas reuniões da série
label_current = atual
progress_text = reunião { $n } de { $count }
enter_title = Entrar agora
enter_text = Como organizador, você pode abrir a sala a qualquer momento, inclusive antes do início.
button_enter_now = Entrar na sala agora
change_title = Alterar data e horário
change_text = O link de convite continua o mesmo: todos que você convidou mantêm um link válido. Uma série alterada recomeça na nova data.
field_tz = Fuso horário
button_save = Salvar alterações
cancel_title = Cancelar a conferência
cancel_text = O link de convite deixa de funcionar para todos. Não é possível desfazer esta ação.
button_cancel = Cancelar a conferência…
confirm_title = Cancelar a conferência?
confirm_question = Quer mesmo cancelar esta conferência? O link de convite deixará de funcionar para todos.
button_cancel_confirm = Sim, cancelar
button_keep = Não, manter
cancelled_title = Cancelada
cancelled_text = A conferência foi cancelada. Os links dela não funcionam mais.
changed_notice = Suas alterações foram salvas.
calendar_summary_default = Videoconferência
calendar_description = Participe da videoconferência: { $invite }
add_to_calendar = Adicionar ao calendário (.ics)

legacy_key_renewed = Esta conferência veio da versão anterior do Planado, cujos links de administração podiam ser descobertos pelos convidados. O link de administração antigo não funciona mais. Guarde o novo, logo abaixo: ele é a única forma de alterar ou cancelar a conferência.
label_new_admin = Seu novo link de administração
open_new_admin = Abrir o novo link de administração
error_changed_meanwhile = Alguém alterou esta conferência enquanto você a editava, por isso suas alterações não foram salvas. Abra o link de administração de novo para ver a situação atual e faça suas alterações outra vez.
error_sequence_invalid = O formulário está danificado (o número da versão não é um número). Abra o link de administração de novo.
public_jitsi_organiser = Suas salas ficam no servidor público meet.jit.si, que só abre uma sala depois que um moderador entra e faz login nele (com uma conta do Google, GitHub ou Facebook). Entre primeiro, no horário de início, e faça login quando o meet.jit.si pedir; até lá, seus convidados verão que a reunião está aguardando o anfitrião.
public_jitsi_guest = Esta conferência está no servidor público meet.jit.si: a sala abre quando o organizador entra e faz login. Se o meet.jit.si disser que está aguardando o anfitrião, mantenha essa página aberta; ela deixará você entrar quando o organizador chegar.

## A porta da sala (sala de espera, senha, limite de participantes)
door_title = Quem pode entrar
field_lobby = Os convidados aguardam na sala de espera até que um moderador os deixe entrar
field_lobby_hint = Quem os admite é um moderador; com tokens de sala, é quem entra com o seu link de organizador.
field_password = Senha da sala
field_password_hint = Opcional. Só você a vê, a menos que a inclua no convite.
field_max_participants = Máximo de participantes
field_max_participants_hint = Opcional: quantas pessoas, no máximo, podem estar na sala.
field_password_in_invitation = Incluir a senha no convite e no evento do calendário
door_needs_jitsi = Sala de espera, senha da sala e limite de participantes exigem um Jitsi que consulte este Planado antes de abrir uma sala (o backend de reservas dele); esta instalação não tem um.
label_door = Quem pode entrar
door_lobby_on = Os convidados aguardam na sala de espera até que um moderador os deixe entrar.
door_password_private = Senha da sala: { $password } (não está no convite: informe-a diretamente aos seus convidados)
door_password_shared = Senha da sala: { $password } (incluída no convite)
door_max_on = No máximo { $max ->
        [one] { $max } participante
       *[other] { $max } participantes
    }.
door_lobby_guest = Você vai aguardar na sala de espera até o organizador deixar você entrar.
door_password_guest = Senha da sala: { $password }
error_door_needs_jitsi = Sala de espera, senha da sala ou limite de participantes exigem um Jitsi que consulte este Planado antes de abrir uma sala; esta instalação não tem um (reservations_api_token não está configurado).
error_flag_invalid = { $field } deve ser true ou false.
error_password_invalid = A senha da sala deve ter de 1 a { $max ->
        [one] { $max } caractere
       *[other] { $max } caracteres
    }, sem caracteres de controle.
error_max_participants_invalid = O máximo de participantes deve ser um número inteiro de { $min } a { $max }.

## Calendários que acompanham a reunião: a assinatura e as exceções de uma série.
subscribe_title = Assinar no seu calendário
subscribe_text = Um calendário assinado consulta a reunião de novo por conta própria e acompanha cada mudança: novo horário, reunião omitida ou remarcada, cancelamento.
subscribe_or_download = Se você assinar, seu calendário acompanhará cada mudança da reunião; se baixar o arquivo, ele guardará a reunião como está agora.
subscribe_webcal = Assinar (aplicativo de calendário)
subscribe_google = Assinar no Google Agenda
subscribe_outlook = Assinar no Outlook na Web
subscribe_address = O endereço do calendário, para assinar manualmente
subscribe_named_text = Com o nome da conferência no evento do calendário: o provedor do calendário (Google, Microsoft, seu próprio servidor) verá o nome, pois ele passa a fazer parte do endereço.
subscribe_named_webcal = Assinar com o nome (aplicativo de calendário)
subscribe_named_google = Assinar com o nome no Google Agenda
subscribe_named_outlook = Assinar com o nome no Outlook na Web
subscribe_name_note = O evento assinado se chama “Videoconferência”: o servidor de calendário busca os dados por conta própria e nunca vê o nome que está no seu link. Um endereço de assinatura com o nome (name=…) o exibe, mas aí o provedor do calendário verá o nome.
subscribe_refresh_note = Alguns calendários só consultam de novo uma vez por dia, e muitos descartam o lembrete de um calendário assinado. Esta página sempre mostra a reunião como ela está.
calendar_cancelled = Esta reunião foi cancelada.
occurrences_text = Omita uma reunião (em um feriado, por exemplo) ou remarque-a; os links continuam os mesmos e os calendários assinados acompanham a mudança.
label_skipped = omitida
label_moved_from = remarcada (antes: { $time })
button_skip = Omitir
button_move = Remarcar
button_move_save = Remarcar esta reunião
button_restore = Restaurar
error_feed_invalid = O parâmetro feed deve ser 1 ou ser omitido.
error_occurrence_missing = Indique a ocorrência (pelo início dela, como em 2026-03-19T09:00:00Z).
error_occurrence_invalid = A ocorrência deve ser indicada pelo início em RFC 3339, como em 2026-03-19T09:00:00Z.
error_occurrence_unknown = Esta série não tem nenhuma ocorrência nesse horário.
error_exception_one_off = Uma reunião única não tem ocorrências para omitir ou remarcar: altere a data dela.
error_exception_past = Só é possível omitir ou remarcar uma reunião que ainda não começou, e só para um horário futuro.
error_exception_none = Esta ocorrência não está omitida nem remarcada.
error_exception_last = Esta é a última reunião que resta: em vez de omiti-la, cancele a conferência.
error_exception_order = Uma reunião remarcada deve ficar depois da anterior e antes da seguinte, em um horário diferente de ambas.
error_exceptions_too_many = Uma série pode ter no máximo { $max ->
        [one] { $max } ocorrência omitida ou remarcada
       *[other] { $max } ocorrências omitidas ou remarcadas
    }.


## Idiomas e acessibilidade
language_menu_label = Idioma
skip_link = Pular para o conteúdo
error_summary = O formulário não foi enviado: corrija o campo marcado abaixo.
waiting_stop_reload = Parar de recarregar esta página
waiting_reload_stopped = Esta página não se recarrega mais sozinha. Verifique de novo no horário de início ou abra o link de convite nesse momento.
button_check_again = Verificar de novo
field_auto_enter = Entrar na sala automaticamente quando ela abrir
waiting_room_open = A sala está aberta.
countdown_announce = { $minutes ->
        [one] A sala abre em { $minutes } minuto.
       *[other] A sala abre em { $minutes } minutos.
    }
countdown_entering = A sala está aberta: entrando agora.
accessibility_link = Acessibilidade
accessibility_title = Declaração de acessibilidade
accessibility_intro = O Planado quer que todas as pessoas possam agendar uma conferência, aguardá-la e entrar nela: só com o teclado, com um leitor de tela, em uma tela pequena ou com texto ampliado, e no seu próprio idioma.
accessibility_standard = O Planado busca atender às Diretrizes de Acessibilidade para Conteúdo Web (WCAG) 2.2 no nível AA, nas quais se baseiam a norma europeia EN 301 549, o RGAA francês e a BITV alemã.
accessibility_tested_title = Como foi testado
accessibility_tested = Cada versão é testada automaticamente: o axe-core verifica cada página em cada estado (o formulário de agendamento vazio e com erros, a confirmação, a página de espera antes da abertura, no momento da abertura e sem JavaScript, a página de entrada, a página do organizador após cada ação, as páginas de erro) em inglês, alemão e árabe, na largura de um celular e na de um computador, com base nas regras dos níveis A e AA das WCAG 2.0, 2.1 e 2.2. Um teste no navegador agenda uma conferência, copia o convite, altera e cancela a conferência usando só o teclado. Com texto em 200% e em uma janela de 320 pixels de largura, o conteúdo deve se reorganizar sem perdas.
accessibility_pages = Todas as páginas funcionam sem JavaScript. A contagem regressiva só fala com o leitor de tela nos momentos importantes (10, 5 e 1 minuto antes da abertura, e quando a sala abre); nada se move quando o sistema pede movimento reduzido; e a recarga automática da página de espera pode ser interrompida.
accessibility_limits_title = Limitações conhecidas
accessibility_limits = A conferência em si acontece no Jitsi Meet, que não faz parte do Planado: lá vale a acessibilidade do próprio Jitsi Meet. Os testes automáticos encontram muitas barreiras, mas não todas; os aplicativos de calendário que exibem uma reunião assinada também estão fora do Planado.
accessibility_report_title = Informar uma barreira
accessibility_report_contact = Se algo nestas páginas impedir você de usá-las, escreva para { $contact }. Diga qual página e o que aconteceu; você receberá uma resposta, e a barreira será removida ou uma alternativa será oferecida.
accessibility_report_operator = Se algo nestas páginas impedir você de usá-las, avise o responsável por este site, que administra esta instalação do Planado. Diga qual página e o que aconteceu.
