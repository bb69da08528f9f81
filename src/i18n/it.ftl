### Italian, from en.ftl.
lang_name = Italiano
app_name = Planado
tagline = Prenota una videoconferenza in anticipo. La stanza resta segreta fino all’inizio.
privacy_footer = Planado memorizza solo identificativi, orario di inizio, fuso orario e ripetizione — mai il nome della videoconferenza, mai chi è invitato. Niente cookie, niente tracciamento.

index_title = Prenota una videoconferenza
field_name = Nome della videoconferenza
field_name_hint = Compare nell’invito e nella videoconferenza. Planado non lo memorizza.
field_date = Data
field_time = Ora
field_repeat = Ripetizione
field_count = Numero di incontri
field_count_hint = Da 1 a { $max }, compreso il primo.
tz_assumed = Data e ora si riferiscono al fuso orario { $tz }.
button_book = Prenota
now_title = Apri subito una stanza
now_text = Una nuova stanza segreta, direttamente nella videoconferenza. Non viene memorizzato nulla.
button_now = Apri subito una stanza

repeat_none = Non si ripete
repeat_daily = Ogni giorno
repeat_weekly = Ogni settimana
repeat_biweekly = Ogni due settimane
repeat_fourweekly = Ogni quattro settimane
repeat_monthly = Ogni mese
repeat_weekdays = Ogni giorno lavorativo, dal lunedì al venerdì
repeat_monthly_weekday = Ogni mese, lo stesso giorno della settimana (per esempio il secondo martedì)
repeat_monthly_last_weekday = Ogni mese, lo stesso giorno della settimana, l’ultimo del mese (per esempio l’ultimo venerdì)
repeat_monthly_on = Ogni mese { $weekday ->
        [7] { $position ->
            [1] la prima
            [2] la seconda
            [3] la terza
            [4] la quarta
            [5] la quinta
           *[last] l’ultima
        }
       *[other] { $position ->
            [1] il primo
            [2] il secondo
            [3] il terzo
            [4] il quarto
            [5] il quinto
           *[last] l’ultimo
        }
    } { $weekday ->
        [1] lunedì
        [2] martedì
        [3] mercoledì
        [4] giovedì
        [5] venerdì
        [6] sabato
       *[7] domenica
    }
repeat_summary = { $rule }, { $count ->
        [one] { $count } incontro
       *[other] { $count } incontri
    }

booked_title = La tua videoconferenza è prenotata
label_name = Nome
label_start = Inizio
label_repeat = Ripetizione
label_invite = Link di invito
label_calendar = Calendario
label_admin = Link di gestione
invite_hint = Invia questo link alle persone che vuoi invitare. Fino all’inizio mostra una pagina di attesa; da quel momento porta direttamente nella stanza.
open_invite = Apri il link di invito
admin_hint = Tieni per te il link di gestione: ti permette di modificare o annullare la videoconferenza e di entrare in anticipo. Non potrà essere mostrato di nuovo.
download_ics = Scarica il file del calendario (.ics)
button_copy = Copia l’invito
button_copied = Copiato negli appunti
button_mail = Invia per email
invitation_subject = Invito: { $name }
invitation_text =
    Invito alla videoconferenza «{ $name }»
    Inizio: { $start }
    { $repeat }
    Partecipa qui: { $invite }
    Aggiungila al calendario: { $ics }

waiting_title = La videoconferenza non è ancora iniziata
waiting_starts = Inizia { $start }.
waiting_opens = La stanza si apre { $opens }; l’incontro inizia alle { $time }.
waiting_local = Nel tuo fuso orario: { $time }
waiting_local_opens = Nel tuo fuso orario: la stanza si apre { $opens }, l’incontro inizia alle { $time }.
countdown_label = Inizia tra
countdown_opens_label = La stanza si apre tra
room_opens_early = La stanza si apre { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuti
    } prima dell’inizio.
error_open_early_invalid = La stanza può aprirsi da 0 a { $max ->
        [one] { $max } minuto
       *[other] { $max } minuti
    } prima dell’inizio (in minuti interi).
field_open_early = Apertura della stanza
open_early_0 = all’inizio
open_early_n = { $minutes ->
        [one] { $minutes } minuto prima
       *[other] { $minutes } minuti prima
    }
field_duration = Durata
field_reminder = Promemoria nel calendario
reminder_0 = nessuno
reminder_10 = 10 minuti prima
reminder_60 = 1 ora prima
reminder_1440 = 1 giorno prima
length_minutes = { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuti
    }
length_hours = { $hours ->
        [one] { $hours } ora
       *[other] { $hours } ore
    }
length_hours_minutes = { $hours ->
        [one] { $hours } ora
       *[other] { $hours } ore
    } e { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuti
    }
label_length = Durata
waiting_length = Dura { $length }.
error_duration_invalid = Un incontro dura da { $min } a { $max ->
        [one] { $max } minuto
       *[other] { $max } minuti
    } (in minuti interi).
error_reminder_invalid = Scegli uno dei promemoria proposti.
waiting_auto = Tieni aperta questa pagina: all’inizio ti porterà nella stanza.
waiting_nojs = Questa pagina si ricarica ogni 30 secondi e all’inizio ti porterà nella stanza.

consent_title = Prima di entrare
consent_text = La videoconferenza si svolge su { $jitsi }. Prima di entrare, leggi l’informativa sulla privacy.
consent_link = Informativa sulla privacy
button_enter = Entra nella stanza

error_title = Qualcosa non ha funzionato
back = Torna al modulo di prenotazione
notfound_title = Videoconferenza non trovata
notfound_text = Questo invito non esiste oppure la videoconferenza è terminata. Controlla il link o inserisci il codice dell’invito:
field_invite_id = Codice dell’invito
button_open = Apri
error_method = Questo indirizzo non accetta questo tipo di richiesta.
error_unauthorized = Questo indirizzo richiede il token di prenotazione del server Jitsi del gestore del sito.
error_reservation_name = Il nome della stanza (name) manca o non è un nome di stanza valido.
error_reservation_start_time = L’orario di inizio (start_time) manca o non è una data e ora come 2026-12-01T09:00:00.000Z.
reservation_opens = Questa videoconferenza si aprirà { $time } ({ $zone }).
reservation_unknown = Questa stanza non è prenotata su questo server, oppure il suo orario è passato.
error_too_large = La richiesta è troppo grande.
error_timeout = La richiesta non è arrivata in tempo. Riprova.
error_uri_too_long = L’indirizzo è troppo lungo.
error_headers_too_large = La richiesta ha troppi campi di intestazione.
error_protocol = Questa versione di HTTP non è supportata.
error_field_only_for_update = Il campo { $field } vale solo per una modifica (action=update).
error_field_only_for_occurrence = Il campo { $field } vale solo per saltare, spostare o ripristinare un singolo incontro di una serie.
error_media_type = Invia il modulo come application/x-www-form-urlencoded.
unavailable_title = Temporaneamente non disponibile
error_unavailable = Al momento il database non è raggiungibile. Riprova tra qualche minuto.
error_internal = Si è verificato un errore in Planado. Il gestore del sito trova i dettagli nel log del server.
error_encoding = La richiesta contiene caratteri non validi (codifica percentuale errata o testo non in UTF-8).
error_too_many_params = La richiesta ha troppi parametri.
error_name_missing = Dai un nome alla videoconferenza.
error_name_too_long = Il nome può avere al massimo { $max ->
        [one] { $max } carattere
       *[other] { $max } caratteri
    }.
error_name_invalid = Il nome non può contenere caratteri di controllo, come gli a capo.
error_date_missing = Scegli una data.
error_date_invalid = La data deve essere una data esistente, nel formato YYYY-MM-DD.
error_time_missing = Scegli un orario.
error_time_invalid = L’orario deve essere nel formato HH:MM, da 00:00 a 23:59.
error_tz_invalid = «{ $tz }» non è un fuso orario noto.
error_repeat_invalid = Scegli una delle ripetizioni proposte.
error_repeat_start = Questa ripetizione non è compatibile con la data di inizio: «ogni giorno lavorativo» deve iniziare in un giorno dal lunedì al venerdì, e «l’ultimo del mese» deve iniziare proprio nell’ultimo giorno di quel tipo del mese (per esempio l’ultimo venerdì).
error_count_invalid = Il numero di incontri deve essere un numero intero da 1 a { $max }.
error_time_nonexistent = L’orario { $time } non esiste nel fuso { $tz }: con il passaggio all’ora legale gli orologi lo saltano. Scegli un altro orario.
error_start_past = L’inizio è nel passato. Scegli un orario successivo.
error_start_far = Le videoconferenze si possono prenotare al massimo con { $years ->
        [one] { $years } anno
       *[other] { $years } anni
    } di anticipo.
error_id_missing = Manca il codice dell’invito.
error_too_many_bookings = Troppe prenotazioni dalla tua rete in un’ora. Riprova più tardi.
error_cross_site = Questo modulo proviene da un altro sito, quindi non è stato eseguito. Usa direttamente le pagine di Planado.
error_action_invalid = Azione sconosciuta.
error_body_incomplete = Il corpo della richiesta è terminato prima di raggiungere la lunghezza dichiarata.

admin_title = Gestisci la tua videoconferenza
label_next = Prossimo incontro
label_progress = Incontri
label_upcoming = I prossimi incontri della serie
label_current = attuale
progress_text = incontro { $n } di { $count }
enter_title = Entra ora
enter_text = Dato che organizzi tu la videoconferenza, puoi aprire la stanza quando vuoi, anche prima dell’inizio.
button_enter_now = Entra ora nella stanza
change_title = Modifica data e ora
change_text = Il link di invito resta lo stesso: chi hai invitato conserva un link valido. Una serie modificata ricomincia dalla nuova data.
field_tz = Fuso orario
button_save = Salva le modifiche
cancel_title = Annulla la videoconferenza
cancel_text = Il link di invito smetterà di funzionare per tutti. L’operazione non si può annullare.
button_cancel = Annulla la videoconferenza…
confirm_title = Annullare la videoconferenza?
confirm_question = Vuoi davvero annullare questa videoconferenza? Il link di invito smetterà di funzionare per tutti.
button_cancel_confirm = Sì, annullala
button_keep = No, mantienila
cancelled_title = Annullata
cancelled_text = La videoconferenza è stata annullata. I suoi link non funzionano più.
changed_notice = Le modifiche sono state salvate.
calendar_summary_default = Videoconferenza
calendar_description = Partecipa alla videoconferenza: { $invite }
add_to_calendar = Aggiungi al calendario (.ics)

legacy_key_renewed = Questa videoconferenza proviene dalla versione precedente di Planado, i cui link di gestione potevano essere ricavati dagli invitati. Il vecchio link di gestione non funziona più. Conserva quello nuovo qui sotto: è l’unico modo per modificare o annullare la videoconferenza.
label_new_admin = Il tuo nuovo link di gestione
open_new_admin = Apri il nuovo link di gestione
error_changed_meanwhile = Qualcuno ha modificato questa videoconferenza mentre la stavi modificando, quindi le tue modifiche non sono state salvate. Riapri il link di gestione per vedere lo stato attuale, poi ripeti le modifiche.
error_sequence_invalid = Il modulo è danneggiato (il suo numero di versione non è un numero). Riapri il link di gestione.
public_jitsi_organiser = Le tue stanze si trovano sul server pubblico meet.jit.si, che apre una stanza solo dopo che un moderatore vi è entrato e ha effettuato l’accesso (con un account Google, GitHub o Facebook). All’inizio entra prima degli altri e accedi quando meet.jit.si te lo chiede; fino ad allora i tuoi ospiti vedranno che la riunione è in attesa dell’organizzatore.
public_jitsi_guest = Questa videoconferenza si svolge sul server pubblico meet.jit.si: la stanza si apre quando chi l’ha organizzata è entrato e ha effettuato l’accesso. Se meet.jit.si indica che si è in attesa dell’organizzatore, tieni aperta quella pagina: potrai entrare non appena arriva.

## La porta della stanza (sala d’attesa, password, limite di partecipanti)
door_title = Chi può entrare
field_lobby = Gli ospiti aspettano nella sala d’attesa finché un moderatore non li fa entrare
field_lobby_hint = È un moderatore a farli entrare; con i token di stanza, è chi entra con il tuo link da organizzatore.
field_password = Password della stanza
field_password_hint = Facoltativa. La vedi solo tu, a meno che tu non la inserisca nell’invito.
field_max_participants = Numero massimo di partecipanti
field_max_participants_hint = Facoltativo: nella stanza non potranno entrare più persone di così.
field_password_in_invitation = Inserisci la password nell’invito e nell’evento del calendario
door_needs_jitsi = Sala d’attesa, password della stanza e limite di partecipanti richiedono un server Jitsi che consulti questo Planado prima di aprire una stanza (il suo backend di prenotazione); questa installazione non ne ha uno.
label_door = Chi può entrare
door_lobby_on = Gli ospiti aspettano nella sala d’attesa finché un moderatore non li fa entrare.
door_password_private = Password della stanza: { $password } (non è nell’invito: comunicala tu ai tuoi ospiti)
door_password_shared = Password della stanza: { $password } (inclusa nell’invito)
door_max_on = Al massimo { $max ->
        [one] { $max } partecipante
       *[other] { $max } partecipanti
    }.
door_lobby_guest = Chi organizza la videoconferenza ti farà entrare dalla sala d’attesa.
door_password_guest = Password della stanza: { $password }
error_door_needs_jitsi = Sala d’attesa, password della stanza o limite di partecipanti richiedono un server Jitsi che consulti questo Planado prima di aprire una stanza; questa installazione non ne ha uno (reservations_api_token non è impostato).
error_flag_invalid = { $field } deve essere true o false.
error_password_invalid = La password della stanza deve avere da 1 a { $max ->
        [one] { $max } carattere
       *[other] { $max } caratteri
    } e nessun carattere di controllo.
error_max_participants_invalid = Il numero massimo di partecipanti deve essere un numero intero da { $min } a { $max }.

## Calendari che seguono l’incontro: l’iscrizione e le eccezioni di una serie.
subscribe_title = Iscriviti al calendario
subscribe_text = Con l’iscrizione, il calendario ricontrolla da solo l’incontro e ne segue ogni modifica: un nuovo orario, un incontro saltato o spostato, un annullamento.
subscribe_or_download = Con l’iscrizione il tuo calendario segue ogni modifica dell’incontro; con il download conserva l’incontro così com’è adesso.
subscribe_webcal = Iscriviti (app di calendario)
subscribe_google = Iscriviti in Google Calendar
subscribe_outlook = Iscriviti in Outlook sul web
subscribe_address = L’indirizzo del calendario, per iscriversi manualmente
subscribe_named_text = Con il nome della videoconferenza nell’evento del calendario: il fornitore del calendario (Google, Microsoft, il tuo server) vedrà il nome, perché a quel punto fa parte dell’indirizzo.
subscribe_named_webcal = Iscriviti con il nome (app di calendario)
subscribe_named_google = Iscriviti con il nome in Google Calendar
subscribe_named_outlook = Iscriviti con il nome in Outlook sul web
subscribe_name_note = L’evento a cui ti iscrivi si chiama «Videoconferenza»: un server di calendario scarica il feed da solo e non vede mai il nome contenuto nel tuo link. Un indirizzo del feed con il nome (name=…) lo mostra, ma in quel caso il fornitore del calendario vedrà il nome.
subscribe_refresh_note = Alcuni calendari si aggiornano solo una volta al giorno, e molti ignorano il promemoria dei calendari a cui si è iscritti. Questa pagina mostra sempre l’incontro così com’è.
calendar_cancelled = Questo incontro è stato annullato.
occurrences_text = Salta un incontro (per esempio in un giorno festivo) o spostalo; i link restano gli stessi e i calendari con l’iscrizione si aggiornano da soli.
label_skipped = saltato
label_moved_from = spostato da { $time }
button_skip = Salta
button_move = Sposta
button_move_save = Sposta questo incontro
button_restore = Ripristina
error_feed_invalid = Il parametro feed deve valere 1 o essere omesso.
error_occurrence_missing = Indica l’incontro (con il suo inizio, per esempio 2026-03-19T09:00:00Z).
error_occurrence_invalid = L’incontro va indicato con il suo inizio in formato RFC 3339, per esempio 2026-03-19T09:00:00Z.
error_occurrence_unknown = Questa serie non ha incontri a quell’ora.
error_exception_one_off = Un incontro singolo non ha ripetizioni da saltare o spostare: modificane invece la data.
error_exception_past = Si può saltare o spostare solo un incontro non ancora iniziato, e solo a un orario futuro.
error_exception_none = Questo incontro non è né saltato né spostato.
error_exception_last = È l’ultimo incontro rimasto: annulla la videoconferenza invece di saltarlo.
error_exception_order = Un incontro spostato deve restare dopo quello precedente e prima di quello successivo, a un orario diverso da entrambi.
error_exceptions_too_many = Una serie può avere al massimo { $max ->
        [one] { $max } incontro saltato o spostato
       *[other] { $max } incontri saltati o spostati
    }.


## Lingue e accessibilità
language_menu_label = Lingua
skip_link = Vai al contenuto
error_summary = Il modulo non è stato inviato: correggi il campo segnalato qui sotto.
waiting_stop_reload = Interrompi il ricaricamento della pagina
waiting_reload_stopped = Questa pagina non si ricarica più da sola. Ricontrolla all’inizio, oppure apri il link di invito a quel punto.
button_check_again = Ricontrolla
field_auto_enter = Entra automaticamente nella stanza quando si apre
waiting_room_open = La stanza è aperta.
countdown_announce = { $minutes ->
        [one] La stanza si apre tra { $minutes } minuto.
       *[other] La stanza si apre tra { $minutes } minuti.
    }
countdown_entering = La stanza è aperta: ingresso in corso.
accessibility_link = Accessibilità
accessibility_title = Dichiarazione di accessibilità
accessibility_intro = Planado vuole che chiunque possa prenotare una videoconferenza, attenderla ed entrarvi: solo con la tastiera, con un lettore di schermo, su uno schermo piccolo o con il testo ingrandito, e nella propria lingua.
accessibility_standard = Planado punta a rispettare le Linee guida per l’accessibilità dei contenuti Web (WCAG) 2.2 al livello AA, su cui si basano la norma europea EN 301 549, il RGAA francese e la BITV tedesca.
accessibility_tested_title = Come viene testato
accessibility_tested = Ogni versione viene testata automaticamente: axe-core controlla ogni pagina in ogni stato (il modulo di prenotazione vuoto e con errori, la conferma, la pagina di attesa prima dell’apertura, al momento dell’apertura e senza JavaScript, la pagina di ingresso, la pagina dell’organizzatore dopo ogni azione, le pagine di errore) in inglese, tedesco e arabo, alla larghezza di un telefono e a quella di un computer, secondo le regole WCAG 2.0, 2.1 e 2.2 dei livelli A e AA. Un test nel browser prenota una videoconferenza, copia l’invito, la modifica e la annulla usando solo la tastiera. Con il testo al 200% e in una finestra larga 320 pixel, il contenuto deve adattarsi senza perdere nulla.
accessibility_pages = Ogni pagina funziona senza JavaScript. Il conto alla rovescia parla al lettore di schermo solo nei momenti importanti (10, 5 e 1 minuto prima dell’apertura, e quando la stanza si apre); nulla si muove quando il sistema chiede di ridurre il movimento; e il ricaricamento automatico della pagina di attesa si può interrompere.
accessibility_limits_title = Limiti noti
accessibility_limits = La videoconferenza vera e propria si svolge in Jitsi Meet, che non fa parte di Planado: lì vale l’accessibilità di Jitsi Meet. I test automatici trovano molte barriere, ma non tutte; anche le app di calendario che mostrano un incontro a cui si è iscritti sono al di fuori di Planado.
accessibility_report_title = Segnala una barriera
accessibility_report_contact = Se qualcosa in queste pagine ti impedisce di usarle, scrivi a { $contact }. Indica la pagina e cosa è successo: riceverai una risposta, e la barriera verrà rimossa oppure ti verrà offerta un’alternativa.
accessibility_report_operator = Se qualcosa in queste pagine ti impedisce di usarle, avvisa il gestore di questo sito, che amministra questa installazione di Planado. Indica la pagina e cosa è successo.
