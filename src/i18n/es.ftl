### Spanish, from en.ftl.
lang_name = Español
app_name = Planado
tagline = Reserva una videoconferencia por adelantado. La sala se mantiene en secreto hasta el inicio.
privacy_footer = Planado solo guarda identificadores, la hora de inicio, la zona horaria y la repetición; nunca el nombre de la conferencia ni quién está invitado. Sin cookies ni rastreo.

index_title = Reservar una conferencia
field_name = Nombre de la conferencia
field_name_hint = Aparece en la invitación y en la conferencia. Planado no lo guarda.
field_date = Fecha
field_time = Hora
field_repeat = Repetir
field_count = Número de reuniones
field_count_hint = De 1 a { $max }, incluida la primera.
tz_assumed = La fecha y la hora corresponden a la zona horaria { $tz }.
button_book = Reservar
now_title = Abrir una sala ahora
now_text = Una sala secreta nueva para entrar directamente en la conferencia. No se guarda nada.
button_now = Abrir una sala ahora

repeat_none = No se repite
repeat_daily = Cada día
repeat_weekly = Cada semana
repeat_biweekly = Cada dos semanas
repeat_fourweekly = Cada cuatro semanas
repeat_monthly = Cada mes
repeat_weekdays = Cada día laborable, de lunes a viernes
repeat_monthly_weekday = Cada mes, el mismo día de la semana (p. ej., el segundo martes)
repeat_monthly_last_weekday = Cada mes, el mismo día de la semana, el último del mes (p. ej., el último viernes)
repeat_monthly_on = El { $position ->
        [1] primer
        [2] segundo
        [3] tercer
        [4] cuarto
        [5] quinto
       *[last] último
    } { $weekday ->
        [1] lunes
        [2] martes
        [3] miércoles
        [4] jueves
        [5] viernes
        [6] sábado
       *[7] domingo
    } de cada mes
repeat_summary = { $rule }, { $count ->
        [one] { $count } reunión
       *[other] { $count } reuniones
    }

booked_title = Tu conferencia está reservada
label_name = Nombre
label_start = Inicio
label_repeat = Repetición
label_invite = Enlace de invitación
label_calendar = Calendario
label_admin = Enlace de administración
invite_hint = Envía este enlace a las personas que invites. Hasta la hora de inicio muestra una página de espera; a partir de entonces, lleva a la sala.
open_invite = Abrir el enlace de invitación
admin_hint = Guarda el enlace de administración solo para ti: con él puedes cambiar o cancelar la conferencia y entrar antes de tiempo. No se podrá volver a mostrar.
download_ics = Descargar el archivo de calendario (.ics)
button_copy = Copiar invitación
button_copied = Copiado al portapapeles
button_mail = Enviar por correo
invitation_subject = Invitación: { $name }
invitation_text =
    Invitación a la videoconferencia «{ $name }».
    Inicio: { $start }
    { $repeat }
    Únete aquí: { $invite }
    Añádela a tu calendario: { $ics }

waiting_title = La conferencia aún no ha comenzado
waiting_starts = Empieza el { $start }.
waiting_opens = La sala se abre el { $opens }; la reunión empieza a las { $time }.
waiting_local = En tu zona horaria: { $time }
waiting_local_opens = En tu zona horaria, la sala se abre el { $opens } y la reunión empieza a las { $time }.
countdown_label = Empieza en
countdown_opens_label = La sala se abre en
room_opens_early = La sala se abre { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } antes del inicio.
error_open_early_invalid = La sala puede abrirse entre 0 y { $max ->
        [one] { $max } minuto
       *[other] { $max } minutos
    } antes del inicio (en minutos enteros).
field_open_early = La sala se abre
open_early_0 = a la hora de inicio
open_early_n = { $minutes ->
        [one] { $minutes } minuto antes
       *[other] { $minutes } minutos antes
    }
field_duration = Duración
field_reminder = Recordatorio en el calendario
reminder_0 = ninguno
reminder_10 = 10 minutos antes
reminder_60 = 1 hora antes
reminder_1440 = 1 día antes
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
    } y { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }
label_length = Duración
waiting_length = La reunión dura { $length }.
error_duration_invalid = La duración debe ser de { $min } a { $max ->
        [one] { $max } minuto
       *[other] { $max } minutos
    } (en minutos enteros).
error_reminder_invalid = Elige uno de los recordatorios disponibles.
waiting_auto = Deja esta página abierta: te llevará a la sala a la hora de inicio.
waiting_nojs = Esta página se recarga cada 30 segundos y te llevará a la sala a la hora de inicio.

consent_title = Antes de entrar
consent_text = La conferencia tiene lugar en { $jitsi }. Lee el aviso de privacidad antes de entrar.
consent_link = Aviso de privacidad
button_enter = Entrar en la sala

error_title = No se pudo completar
back = Volver al formulario de reserva
notfound_title = Esta conferencia no existe
notfound_text = No se reconoce esta invitación o la conferencia ya terminó. Revisa el enlace o escribe el ID de la invitación:
field_invite_id = ID de la invitación
button_open = Abrir
error_method = Esta dirección no acepta este tipo de solicitud.
error_unauthorized = Esta dirección requiere el token de reservas del servidor Jitsi de este servicio.
error_reservation_name = Falta el nombre de la sala (name) o no es un nombre de sala válido.
error_reservation_start_time = Falta la hora de inicio (start_time) o no es una fecha y hora como 2026-12-01T09:00:00.000Z.
reservation_opens = Esta conferencia se abre el { $time } ({ $zone }).
reservation_unknown = Esta sala no está reservada en este servidor o su horario ya pasó.
error_too_large = La solicitud es demasiado grande.
error_timeout = La solicitud no llegó a tiempo. Inténtalo de nuevo.
error_uri_too_long = La dirección es demasiado larga.
error_headers_too_large = La solicitud tiene demasiados campos de encabezado.
error_protocol = Esta versión de HTTP no es compatible.
error_field_only_for_update = El campo { $field } solo se admite en un cambio (action=update).
error_field_only_for_occurrence = El campo { $field } solo se admite al omitir, reprogramar o restaurar una única reunión de la serie.
error_media_type = Envía el formulario como application/x-www-form-urlencoded.
unavailable_title = No disponible temporalmente
error_unavailable = No se puede acceder a la base de datos en este momento. Inténtalo de nuevo en unos minutos.
error_internal = Se produjo un error dentro de Planado. Quien administra el servicio encontrará los detalles en el registro del servidor.
error_encoding = La solicitud contiene caracteres mal formados (codificación porcentual incorrecta o texto que no está en UTF-8).
error_too_many_params = La solicitud tiene demasiados parámetros.
error_name_missing = Ponle un nombre a la conferencia.
error_name_too_long = El nombre puede tener como máximo { $max ->
        [one] { $max } carácter
       *[other] { $max } caracteres
    }.
error_name_invalid = El nombre no puede contener caracteres de control, como saltos de línea.
error_date_missing = Elige una fecha.
error_date_invalid = La fecha debe existir y escribirse como YYYY-MM-DD.
error_time_missing = Elige una hora.
error_time_invalid = La hora debe escribirse como HH:MM, de 00:00 a 23:59.
error_tz_invalid = «{ $tz }» no es una zona horaria conocida.
error_repeat_invalid = Elige una de las repeticiones disponibles.
error_repeat_start = Esta repetición no encaja con la fecha de inicio: «cada día laborable» debe empezar un día de lunes a viernes, y «el último del mes», en un día de la semana que ya no se repita en ese mes (p. ej., el último viernes).
error_count_invalid = El número de reuniones debe ser un número entero de 1 a { $max }.
error_time_nonexistent = La hora { $time } no existe en { $tz }: los relojes se adelantan y se saltan esa hora. Elige otra hora.
error_start_past = La hora de inicio ya pasó. Elige un momento posterior.
error_start_far = Las conferencias se pueden reservar como máximo para dentro de { $years ->
        [one] { $years } año
       *[other] { $years } años
    }.
error_id_missing = Falta el ID de la invitación.
error_too_many_bookings = Demasiadas reservas desde tu red en esta hora. Inténtalo de nuevo más tarde.
error_cross_site = Este formulario viene de otro sitio web, por lo que no se procesó. Usa directamente las páginas de Planado.
error_action_invalid = Acción desconocida.
error_body_incomplete = El cuerpo de la solicitud terminó antes de alcanzar la longitud anunciada.

admin_title = Administra tu conferencia
label_next = Próxima reunión
label_progress = Reuniones
label_upcoming = Próximas reuniones de la serie
label_current = actual
progress_text = reunión { $n } de { $count }
enter_title = Entrar ahora
enter_text = Como organizador, puedes abrir la sala en cualquier momento, incluso antes del inicio.
button_enter_now = Entrar en la sala ahora
change_title = Cambiar la fecha y la hora
change_text = El enlace de invitación no cambia: todas las personas que invitaste conservan un enlace válido. Si cambias una serie, esta vuelve a empezar en la nueva fecha.
field_tz = Zona horaria
button_save = Guardar cambios
cancel_title = Cancelar la conferencia
cancel_text = El enlace de invitación dejará de funcionar para todos. Esta acción no se puede deshacer.
button_cancel = Cancelar la conferencia…
confirm_title = ¿Cancelar la conferencia?
confirm_question = ¿Seguro que quieres cancelar esta conferencia? El enlace de invitación dejará de funcionar para todos.
button_cancel_confirm = Sí, cancelarla
button_keep = No, mantenerla
cancelled_title = Cancelada
cancelled_text = La conferencia está cancelada. Sus enlaces ya no funcionan.
changed_notice = Se guardaron los cambios.
calendar_summary_default = Videoconferencia
calendar_description = Únete a la videoconferencia: { $invite }
add_to_calendar = Añadir al calendario (.ics)

legacy_key_renewed = Esta conferencia viene de la versión anterior de Planado, en la que los invitados podían deducir los enlaces de administración. Su antiguo enlace de administración ya no funciona. Guarda el nuevo, que aparece abajo: es la única forma de cambiar o cancelar la conferencia.
label_new_admin = Tu nuevo enlace de administración
open_new_admin = Abrir el nuevo enlace de administración
error_changed_meanwhile = Alguien cambió esta conferencia mientras la editabas, así que tus cambios no se guardaron. Vuelve a abrir el enlace de administración para ver el estado actual y haz tus cambios otra vez.
error_sequence_invalid = El formulario está dañado (su número de versión no es un número). Vuelve a abrir el enlace de administración.
public_jitsi_organiser = Tus salas están en el servidor público meet.jit.si, que solo abre una sala cuando un moderador ha entrado e iniciado sesión allí (con una cuenta de Google, GitHub o Facebook). Entra tú primero a la hora de inicio e inicia sesión cuando meet.jit.si te lo pida; hasta entonces, tus invitados verán que la reunión está esperando al anfitrión.
public_jitsi_guest = Esta conferencia está en el servidor público meet.jit.si: su sala se abre cuando el organizador ha entrado e iniciado sesión. Si meet.jit.si indica que está esperando al anfitrión, deja esa página abierta; te dejará entrar cuando llegue el organizador.

## La puerta de la sala (sala de espera, contraseña, límite de participantes)
door_title = Quién puede entrar
field_lobby = Los invitados esperan en la sala de espera hasta que un moderador los deje entrar
field_lobby_hint = Los admite un moderador; con tokens de sala, es quien entra con tu enlace de organizador.
field_password = Contraseña de la sala
field_password_hint = Opcional. Solo la ves tú, a menos que la incluyas en la invitación.
field_max_participants = Máximo de participantes
field_max_participants_hint = Opcional: cuántas personas puede haber como máximo en la sala.
field_password_in_invitation = Incluir la contraseña en la invitación y en el evento del calendario
door_needs_jitsi = La sala de espera, la contraseña de la sala y el límite de participantes requieren un Jitsi que consulte a este Planado antes de abrir una sala (su backend de reservas); esta instalación no lo tiene.
label_door = Quién puede entrar
door_lobby_on = Los invitados esperan en la sala de espera hasta que un moderador los deje entrar.
door_password_private = Contraseña de la sala: { $password } (no está en la invitación: comunícasela tú a tus invitados)
door_password_shared = Contraseña de la sala: { $password } (incluida en la invitación)
door_max_on = Como máximo, { $max ->
        [one] { $max } participante
       *[other] { $max } participantes
    }.
door_lobby_guest = Esperarás en la sala de espera hasta que el organizador te deje entrar.
door_password_guest = Contraseña de la sala: { $password }
error_door_needs_jitsi = La sala de espera, la contraseña de la sala o el límite de participantes requieren un Jitsi que consulte a este Planado antes de abrir una sala; esta instalación no lo tiene (reservations_api_token no está configurado).
error_flag_invalid = { $field } debe ser true o false.
error_password_invalid = La contraseña de la sala debe tener entre 1 y { $max ->
        [one] { $max } carácter
       *[other] { $max } caracteres
    }, sin caracteres de control.
error_max_participants_invalid = El máximo de participantes debe ser un número entero de { $min } a { $max }.

## Calendarios que siguen la reunión: la suscripción y las excepciones de una serie.
subscribe_title = Suscríbete en tu calendario
subscribe_text = Un calendario suscrito vuelve a consultar la reunión por sí solo y refleja cada cambio: una nueva hora, una reunión omitida o reprogramada, una cancelación.
subscribe_or_download = Si te suscribes, tu calendario reflejará cada cambio de la reunión; si descargas el archivo, guardará la reunión tal como está ahora.
subscribe_webcal = Suscribirse (aplicación de calendario)
subscribe_google = Suscribirse en Google Calendar
subscribe_outlook = Suscribirse en Outlook en la Web
subscribe_address = La dirección del calendario, para suscribirte manualmente
subscribe_named_text = Con el nombre de la conferencia en el evento del calendario: el proveedor del calendario (Google, Microsoft, tu propio servidor) verá el nombre, porque entonces forma parte de la dirección.
subscribe_named_webcal = Suscribirse con el nombre (aplicación de calendario)
subscribe_named_google = Suscribirse con el nombre en Google Calendar
subscribe_named_outlook = Suscribirse con el nombre en Outlook en la Web
subscribe_name_note = El evento suscrito se llama «Videoconferencia»: el servidor de calendario descarga los datos por su cuenta y nunca ve el nombre que hay en tu enlace. Una dirección de suscripción con el nombre (name=…) sí lo muestra, pero entonces el proveedor del calendario verá el nombre.
subscribe_refresh_note = Algunos calendarios solo vuelven a consultar una vez al día, y muchos descartan el recordatorio de un calendario suscrito. Esta página siempre muestra la reunión tal como está.
calendar_cancelled = Esta reunión está cancelada.
occurrences_text = Omite una reunión (por ejemplo, en un día festivo) o reprográmala; los enlaces no cambian y los calendarios suscritos se actualizan.
label_skipped = omitida
label_moved_from = reprogramada (antes: { $time })
button_skip = Omitir
button_move = Reprogramar
button_move_save = Reprogramar esta reunión
button_restore = Restaurar
error_feed_invalid = El parámetro feed debe ser 1 o no indicarse.
error_occurrence_missing = Indica la reunión de la serie (por su inicio, p. ej., 2026-03-19T09:00:00Z).
error_occurrence_invalid = La reunión de la serie debe indicarse por su inicio en RFC 3339, p. ej., 2026-03-19T09:00:00Z.
error_occurrence_unknown = Esta serie no tiene ninguna reunión a esa hora.
error_exception_one_off = Una reunión única no tiene fechas que omitir o reprogramar: cambia su fecha.
error_exception_past = Solo se puede omitir o reprogramar una reunión que aún no ha empezado, y solo a un momento futuro.
error_exception_none = Esta reunión de la serie no está omitida ni reprogramada.
error_exception_last = Es la última reunión que queda: en lugar de omitirla, cancela la conferencia.
error_exception_order = Una reunión reprogramada debe quedar después de la anterior y antes de la siguiente, y a una hora distinta de ambas.
error_exceptions_too_many = Una serie puede tener como máximo { $max ->
        [one] { $max } reunión omitida o reprogramada
       *[other] { $max } reuniones omitidas o reprogramadas
    }.


## Idiomas y accesibilidad
language_menu_label = Idioma
skip_link = Ir al contenido
error_summary = No se envió el formulario: corrige el campo marcado abajo.
waiting_stop_reload = Dejar de recargar esta página
waiting_reload_stopped = Esta página ya no se recarga sola. Vuelve a comprobarla a la hora de inicio o abre entonces el enlace de invitación.
button_check_again = Volver a comprobar
field_auto_enter = Entrar en la sala automáticamente cuando se abra
waiting_room_open = La sala está abierta.
countdown_announce = { $minutes ->
        [one] La sala se abre en { $minutes } minuto.
       *[other] La sala se abre en { $minutes } minutos.
    }
countdown_entering = La sala está abierta. Entrando…
accessibility_link = Accesibilidad
accessibility_title = Declaración de accesibilidad
accessibility_intro = Planado quiere que cualquier visitante pueda reservar una conferencia, esperarla y entrar en ella: solo con el teclado, con un lector de pantalla, en una pantalla pequeña o con texto grande, y en su propio idioma.
accessibility_standard = Planado aspira a cumplir las Pautas de Accesibilidad para el Contenido Web (WCAG) 2.2 en el nivel AA, en las que se basan la norma europea EN 301 549, el RGAA francés y la BITV alemana.
accessibility_tested_title = Cómo se probó
accessibility_tested = Cada versión se prueba automáticamente: axe-core revisa cada página en cada estado (el formulario de reserva vacío y con errores, la confirmación, la página de espera antes de la apertura, en el momento de abrirse y sin JavaScript, la página de entrada, la página del organizador tras cada acción y las páginas de error) en inglés, alemán y árabe, con el ancho de un teléfono y el de una pantalla de escritorio, según las reglas de los niveles A y AA de las WCAG 2.0, 2.1 y 2.2. Una prueba en el navegador reserva una conferencia, copia la invitación, la cambia y la cancela usando solo el teclado. Con el texto al 200 % y en una ventana de 320 píxeles de ancho, el contenido debe reorganizarse sin que se pierda nada.
accessibility_pages = Todas las páginas funcionan sin JavaScript. El contador solo avisa al lector de pantalla en los momentos importantes (10, 5 y 1 minuto antes de la apertura, y cuando se abre la sala); nada se mueve cuando el sistema pide reducir el movimiento; y la recarga automática de la página de espera se puede detener.
accessibility_limits_title = Limitaciones conocidas
accessibility_limits = La conferencia en sí tiene lugar en Jitsi Meet, que no forma parte de Planado: allí rige su propia accesibilidad. Las pruebas automáticas detectan muchas barreras, pero no todas; las aplicaciones de calendario que muestran una reunión suscrita también quedan fuera de Planado.
accessibility_report_title = Comunicar una barrera
accessibility_report_contact = Si algo en estas páginas te impide usarlas, escribe a { $contact }. Indica en qué página y qué ocurrió; recibirás una respuesta, y se eliminará la barrera o se te ofrecerá una alternativa.
accessibility_report_operator = Si algo en estas páginas te impide usarlas, avisa a quien administra este sitio y esta instalación de Planado. Indica en qué página y qué ocurrió.
