### German, from en.ftl.
lang_name = Deutsch
app_name = Planado
tagline = Videokonferenzen im Voraus buchen. Der Raum bleibt geheim, bis es losgeht.
privacy_footer = Planado speichert nur Kennungen, Beginn, Zeitzone und Wiederholung – nie den Namen der Konferenz, nie, wer eingeladen ist. Keine Cookies, kein Tracking.

index_title = Konferenz buchen
field_name = Name der Konferenz
field_name_hint = Erscheint in der Einladung und in der Konferenz. Planado speichert ihn nicht.
field_date = Datum
field_time = Uhrzeit
field_repeat = Wiederholung
field_count = Anzahl der Termine
field_count_hint = 1 bis { $max }, der erste mitgezählt.
tz_assumed = Datum und Uhrzeit gelten in der Zeitzone { $tz }.
button_book = Buchen
now_title = Sofort einen Raum öffnen
now_text = Ein neuer geheimer Raum, direkt in die Konferenz. Nichts wird gespeichert.
button_now = Raum jetzt öffnen

repeat_none = Keine Wiederholung
repeat_daily = Täglich
repeat_weekly = Wöchentlich
repeat_biweekly = Alle zwei Wochen
repeat_fourweekly = Alle vier Wochen
repeat_monthly = Monatlich
repeat_weekdays = Jeden Werktag, Montag bis Freitag
repeat_monthly_weekday = Monatlich am selben Wochentag (etwa: am zweiten Dienstag)
repeat_monthly_last_weekday = Monatlich am selben Wochentag, jeweils am letzten im Monat (etwa: am letzten Freitag)
repeat_monthly_on = Monatlich am { $position ->
        [1] ersten
        [2] zweiten
        [3] dritten
        [4] vierten
        [5] fünften
       *[last] letzten
    } { $weekday ->
        [1] Montag
        [2] Dienstag
        [3] Mittwoch
        [4] Donnerstag
        [5] Freitag
        [6] Samstag
       *[7] Sonntag
    }
repeat_summary = { $rule }, { $count ->
        [one] { $count } Termin
       *[other] { $count } Termine
    }

booked_title = Ihre Konferenz ist gebucht
label_name = Name
label_start = Beginn
label_repeat = Wiederholung
label_invite = Einladungslink
label_calendar = Kalender
label_admin = Verwaltungslink
invite_hint = Senden Sie diesen Link an die Eingeladenen. Bis zum Beginn zeigt er eine Warteseite, ab dem Beginn führt er in den Raum.
open_invite = Einladungslink öffnen
admin_hint = Behalten Sie den Verwaltungslink für sich: Damit ändern Sie die Konferenz oder sagen sie ab, und Sie können früher eintreten. Er wird nicht noch einmal angezeigt.
download_ics = Kalenderdatei herunterladen (.ics)
button_copy = Einladung kopieren
button_copied = In die Zwischenablage kopiert
button_mail = Per E-Mail senden
invitation_subject = Einladung: { $name }
invitation_text =
    Sie sind zur Videokonferenz „{ $name }“ eingeladen.
    Beginn: { $start }
    { $repeat }
    Hier teilnehmen: { $invite }
    In den Kalender übernehmen: { $ics }

waiting_title = Die Konferenz hat noch nicht begonnen
waiting_starts = Sie beginnt am { $start }.
waiting_opens = Der Raum öffnet am { $opens }; die Konferenz beginnt um { $time }.
waiting_local = In Ihrer Zeitzone: { $time }
waiting_local_opens = In Ihrer Zeitzone: Der Raum öffnet am { $opens }, die Konferenz beginnt um { $time }.
countdown_label = Beginn in
countdown_opens_label = Der Raum öffnet in
room_opens_early = Der Raum öffnet { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    } vor dem Beginn.
error_open_early_invalid = Der Raum kann 0 bis { $max ->
        [one] { $max } Minute
       *[other] { $max } Minuten
    } vor dem Beginn öffnen (ganze Minuten).
field_open_early = Raum öffnet
open_early_0 = zum Beginn
open_early_n = { $minutes ->
        [one] { $minutes } Minute vorher
       *[other] { $minutes } Minuten vorher
    }
field_duration = Dauer
field_reminder = Erinnerung im Kalender
reminder_0 = keine
reminder_10 = 10 Minuten vorher
reminder_60 = 1 Stunde vorher
reminder_1440 = 1 Tag vorher
length_minutes = { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    }
length_hours = { $hours ->
        [one] { $hours } Stunde
       *[other] { $hours } Stunden
    }
length_hours_minutes = { $hours ->
        [one] { $hours } Stunde
       *[other] { $hours } Stunden
    } und { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    }
label_length = Dauer
waiting_length = Sie dauert { $length }.
error_duration_invalid = Eine Konferenz dauert { $min } bis { $max ->
        [one] { $max } Minute
       *[other] { $max } Minuten
    } (ganze Minuten).
error_reminder_invalid = Bitte wählen Sie eine der angebotenen Erinnerungen.
waiting_auto = Lassen Sie diese Seite offen: Zum Beginn führt sie Sie in den Raum.
waiting_nojs = Diese Seite lädt sich alle 30 Sekunden neu und führt Sie zum Beginn in den Raum.

consent_title = Bevor Sie eintreten
consent_text = Die Konferenz findet auf { $jitsi } statt. Bitte lesen Sie vor dem Eintreten die Datenschutzhinweise.
consent_link = Datenschutzhinweise
button_enter = Raum betreten

error_title = Das hat nicht geklappt
back = Zurück zum Buchungsformular
notfound_title = Konferenz nicht gefunden
notfound_text = Diese Einladung ist unbekannt oder die Konferenz ist vorbei. Prüfen Sie den Link oder geben Sie die Einladungskennung ein:
field_invite_id = Einladungskennung
button_open = Öffnen
error_method = Diese Adresse nimmt diese Art von Anfrage nicht an.
error_unauthorized = Diese Adresse braucht den Reservierungs-Token des Jitsi-Servers des Betreibers.
error_reservation_name = Der Raumname (name) fehlt oder ist kein Raumname.
error_reservation_start_time = Die Startzeit (start_time) fehlt oder ist keine Zeitangabe wie 2026-12-01T09:00:00.000Z.
reservation_opens = Diese Konferenz öffnet am { $time } ({ $zone }).
reservation_unknown = Dieser Raum ist auf diesem Server nicht gebucht, oder seine Zeit ist vorbei.
error_too_large = Die Anfrage ist zu groß.
error_timeout = Die Anfrage kam nicht rechtzeitig an. Bitte versuchen Sie es noch einmal.
error_uri_too_long = Die Adresse ist zu lang.
error_headers_too_large = Die Anfrage hat zu viele Kopfzeilen.
error_protocol = Diese HTTP-Version wird nicht unterstützt.
error_field_only_for_update = Das Feld { $field } gehört nur zu einer Änderung (action=update).
error_field_only_for_occurrence = Das Feld { $field } gehört nur zum Auslassen, Verschieben oder Wiederherstellen eines Termins.
error_media_type = Senden Sie das Formular als application/x-www-form-urlencoded.
unavailable_title = Vorübergehend nicht erreichbar
error_unavailable = Die Datenbank ist gerade nicht erreichbar. Bitte versuchen Sie es in ein paar Minuten erneut.
error_internal = In Planado ist ein Fehler aufgetreten. Die Betreiber finden die Einzelheiten im Server-Protokoll.
error_encoding = Die Anfrage enthält fehlerhafte Zeichen (kaputte Prozent-Kodierung oder Text, der kein UTF-8 ist).
error_too_many_params = Die Anfrage hat zu viele Parameter.
error_name_missing = Bitte geben Sie der Konferenz einen Namen.
error_name_too_long = Der Name darf höchstens { $max ->
        [one] { $max } Zeichen
       *[other] { $max } Zeichen
    } haben.
error_name_invalid = Der Name darf keine Steuerzeichen wie Zeilenumbrüche enthalten.
error_date_missing = Bitte wählen Sie ein Datum.
error_date_invalid = Das Datum muss ein echtes Datum in der Form YYYY-MM-DD sein.
error_time_missing = Bitte wählen Sie eine Uhrzeit.
error_time_invalid = Die Uhrzeit muss in der Form HH:MM angegeben werden, von 00:00 bis 23:59.
error_tz_invalid = „{ $tz }“ ist keine bekannte Zeitzone.
error_repeat_invalid = Bitte wählen Sie eine der angebotenen Wiederholungen.
error_repeat_start = Diese Wiederholung passt nicht zum Startdatum: „Jeden Werktag“ muss an einem Tag von Montag bis Freitag beginnen, „jeweils am letzten im Monat“ an einem Wochentag, der der letzte seiner Art im Monat ist (etwa am letzten Freitag).
error_count_invalid = Die Anzahl der Termine muss eine ganze Zahl von 1 bis { $max } sein.
error_time_nonexistent = { $time } gibt es in { $tz } nicht: Die Uhren überspringen diese Stunde. Bitte wählen Sie eine andere Uhrzeit.
error_start_past = Der Beginn liegt in der Vergangenheit. Bitte wählen Sie eine spätere Zeit.
error_start_far = Konferenzen können höchstens { $years ->
        [one] { $years } Jahr
       *[other] { $years } Jahre
    } im Voraus gebucht werden.
error_id_missing = Die Einladungskennung fehlt.
error_too_many_bookings = Zu viele Buchungen aus Ihrem Netz in dieser Stunde. Bitte versuchen Sie es später erneut.
error_cross_site = Dieses Formular kam von einer anderen Website und wurde deshalb nicht ausgeführt. Bitte nutzen Sie die Seiten von Planado direkt.
error_action_invalid = Unbekannte Aktion.
error_body_incomplete = Der Inhalt der Anfrage endete vor der angekündigten Länge.

admin_title = Ihre Konferenz verwalten
label_next = Nächster Termin
label_progress = Termine
label_upcoming = Die Reihe ab jetzt
label_current = aktuell
progress_text = Termin { $n } von { $count }
enter_title = Jetzt eintreten
enter_text = Als Organisator können Sie den Raum jederzeit öffnen, auch vor dem Beginn.
button_enter_now = Raum jetzt betreten
change_title = Datum und Uhrzeit ändern
change_text = Der Einladungslink bleibt gleich: Alle Eingeladenen behalten einen gültigen Link. Eine geänderte Reihe beginnt am neuen Datum von vorn.
field_tz = Zeitzone
button_save = Änderungen speichern
cancel_title = Konferenz absagen
cancel_text = Der Einladungslink funktioniert dann für niemanden mehr. Das lässt sich nicht rückgängig machen.
button_cancel = Konferenz absagen …
confirm_title = Konferenz absagen?
confirm_question = Wollen Sie diese Konferenz wirklich absagen? Der Einladungslink funktioniert dann für niemanden mehr.
button_cancel_confirm = Ja, absagen
button_keep = Nein, behalten
cancelled_title = Abgesagt
cancelled_text = Die Konferenz ist abgesagt. Die Links funktionieren nicht mehr.
changed_notice = Ihre Änderungen sind gespeichert.
calendar_summary_default = Videokonferenz
calendar_description = Zur Videokonferenz: { $invite }
add_to_calendar = In den Kalender übernehmen (.ics)

legacy_key_renewed = Diese Konferenz stammt aus dem früheren Planado, dessen Verwaltungslinks Eingeladene errechnen konnten. Ihr alter Verwaltungslink gilt nicht mehr. Bewahren Sie den neuen unten auf: Nur mit ihm lässt sich die Konferenz ändern oder absagen.
label_new_admin = Ihr neuer Verwaltungslink
open_new_admin = Neuen Verwaltungslink öffnen
error_changed_meanwhile = Jemand hat diese Konferenz geändert, während Sie sie bearbeitet haben; Ihre Änderungen wurden deshalb nicht gespeichert. Öffnen Sie den Verwaltungslink erneut, um den aktuellen Stand zu sehen, und nehmen Sie Ihre Änderungen dann noch einmal vor.
error_sequence_invalid = Das Formular ist beschädigt (seine Versionsnummer ist keine Zahl). Öffnen Sie den Verwaltungslink erneut.
public_jitsi_organiser = Ihre Räume liegen auf dem öffentlichen meet.jit.si, das einen Raum erst öffnet, wenn dort ein Moderator beigetreten ist und sich angemeldet hat (mit einem Google-, GitHub- oder Facebook-Konto). Treten Sie zu Beginn als Erste oder Erster bei und melden Sie sich an, wenn meet.jit.si danach fragt; bis dahin sehen Ihre Gäste, dass auf den Gastgeber gewartet wird.
public_jitsi_guest = Diese Konferenz findet auf dem öffentlichen meet.jit.si statt: Der Raum öffnet sich, sobald die Organisatorin oder der Organisator beigetreten ist und sich angemeldet hat. Meldet meet.jit.si, dass auf den Gastgeber gewartet wird, lassen Sie die Seite offen: Sie werden eingelassen, sobald es so weit ist.

## Die Tür des Raums (Lobby, Passwort, Teilnehmerzahl)
door_title = Wer hereinkommt
field_lobby = Gäste warten in der Lobby, bis ein Moderator sie hereinlässt
field_lobby_hint = Ein Moderator lässt sie herein; mit Raum-Tokens ist das jeder, der über Ihren Verwaltungslink eintritt.
field_password = Raumpasswort
field_password_hint = Freiwillig. Nur Sie sehen es, außer Sie nehmen es in die Einladung auf.
field_max_participants = Höchstzahl der Teilnehmenden
field_max_participants_hint = Freiwillig: So viele Personen dürfen höchstens in den Raum.
field_password_in_invitation = Das Passwort in die Einladung und den Kalendereintrag aufnehmen
door_needs_jitsi = Lobby, Raumpasswort und Teilnehmergrenze brauchen ein Jitsi, das dieses Planado fragt, bevor es einen Raum öffnet (seine Reservierungsschnittstelle); diese Installation hat keines.
label_door = Wer hereinkommt
door_lobby_on = Gäste warten in der Lobby, bis ein Moderator sie hereinlässt.
door_password_private = Raumpasswort: { $password } (nicht in der Einladung: Sagen Sie es Ihren Gästen selbst)
door_password_shared = Raumpasswort: { $password } (in der Einladung)
door_max_on = Höchstens { $max ->
        [one] { $max } teilnehmende Person
       *[other] { $max } Teilnehmende
    }.
door_lobby_guest = Wer die Konferenz leitet, lässt Sie aus der Lobby herein.
door_password_guest = Raumpasswort: { $password }
error_door_needs_jitsi = Lobby, Raumpasswort oder Teilnehmergrenze brauchen ein Jitsi, das dieses Planado fragt, bevor es einen Raum öffnet; diese Installation hat keines (reservations_api_token ist nicht gesetzt).
error_flag_invalid = { $field } muss true oder false sein.
error_password_invalid = Das Raumpasswort muss 1 bis { $max ->
        [one] { $max } Zeichen
       *[other] { $max } Zeichen
    } lang sein und darf keine Steuerzeichen enthalten.
error_max_participants_invalid = Die Höchstzahl der Teilnehmenden muss eine ganze Zahl von { $min } bis { $max } sein.

## Kalender, die dem Termin folgen: das Abonnement und die Ausnahmen einer Reihe.
subscribe_title = Im Kalender abonnieren
subscribe_text = Ein abonnierter Kalender sieht von selbst wieder nach und folgt jeder Änderung: einer neuen Uhrzeit, einem ausgelassenen oder verschobenen Termin, einer Absage.
subscribe_or_download = Wenn Sie abonnieren, folgt Ihr Kalender jeder Änderung des Termins; wenn Sie herunterladen, behält er den Termin so, wie er jetzt ist.
subscribe_webcal = Abonnieren (Kalenderprogramm)
subscribe_google = In Google Kalender abonnieren
subscribe_outlook = In Outlook im Web abonnieren
subscribe_address = Die Adresse des Kalenders, zum Abonnieren von Hand
subscribe_named_text = Mit dem Namen der Konferenz im Kalendereintrag: Der Kalenderanbieter (Google, Microsoft, Ihr eigener Server) sieht den Namen, denn er steht dann in der Adresse.
subscribe_named_webcal = Mit dem Namen abonnieren (Kalenderprogramm)
subscribe_named_google = Mit dem Namen in Google Kalender abonnieren
subscribe_named_outlook = Mit dem Namen in Outlook im Web abonnieren
subscribe_name_note = Der abonnierte Eintrag heißt „Videokonferenz“: Ein Kalenderserver holt den Feed selbst ab und sieht den Namen in Ihrem Link nie. Eine Feed-Adresse mit dem Namen (name=…) zeigt ihn, dann sieht aber der Kalenderanbieter den Namen.
subscribe_refresh_note = Manche Kalender sehen nur einmal am Tag nach, und viele lassen die Erinnerung eines abonnierten Kalenders weg. Diese Seite zeigt den Termin immer so, wie er gerade ist.
calendar_cancelled = Dieser Termin wurde abgesagt.
occurrences_text = Lassen Sie einen Termin aus (etwa an einem Feiertag) oder verschieben Sie ihn; die Links bleiben gleich, und abonnierte Kalender folgen.
label_skipped = ausgelassen
label_moved_from = verschoben von { $time }
button_skip = Auslassen
button_move = Verschieben
button_move_save = Diesen Termin verschieben
button_restore = Wiederherstellen
error_feed_invalid = Der Parameter feed muss 1 sein oder fehlen.
error_occurrence_missing = Bitte nennen Sie den Termin (seinen Beginn, etwa 2026-03-19T09:00:00Z).
error_occurrence_invalid = Geben Sie den Termin mit seinem Beginn in RFC 3339 an, etwa 2026-03-19T09:00:00Z.
error_occurrence_unknown = Diese Reihe hat keinen Termin zu dieser Zeit.
error_exception_one_off = Ein einzelner Termin hat nichts auszulassen oder zu verschieben: Ändern Sie stattdessen sein Datum.
error_exception_past = Nur ein Termin, der noch nicht begonnen hat, kann ausgelassen oder verschoben werden, und nur auf eine Zeit, die noch kommt.
error_exception_none = Dieser Termin ist weder ausgelassen noch verschoben.
error_exception_last = Das ist der letzte verbliebene Termin: Sagen Sie die Konferenz ab, statt ihn auszulassen.
error_exception_order = Ein verschobener Termin muss nach dem vorigen und vor dem nächsten bleiben, zu einer anderen Zeit als beide.
error_exceptions_too_many = Eine Reihe kann höchstens { $max ->
        [one] { $max } ausgelassenen oder verschobenen Termin
       *[other] { $max } ausgelassene oder verschobene Termine
    } haben.


## Sprachen und Barrierefreiheit
language_menu_label = Sprache
skip_link = Zum Inhalt springen
error_summary = Das Formular wurde nicht gesendet: Bitte korrigieren Sie das unten markierte Feld.
waiting_stop_reload = Automatisches Neuladen beenden
waiting_reload_stopped = Diese Seite lädt sich nicht mehr selbst neu. Sehen Sie zum Beginn noch einmal nach, oder öffnen Sie dann den Einladungslink.
button_check_again = Erneut nachsehen
field_auto_enter = Den Raum automatisch betreten, sobald er öffnet
waiting_room_open = Der Raum ist geöffnet.
countdown_announce = { $minutes ->
        [one] Der Raum öffnet in { $minutes } Minute.
       *[other] Der Raum öffnet in { $minutes } Minuten.
    }
countdown_entering = Der Raum ist geöffnet: Sie treten jetzt ein.
accessibility_link = Barrierefreiheit
accessibility_title = Erklärung zur Barrierefreiheit
accessibility_intro = Mit Planado sollen alle eine Konferenz buchen, auf sie warten und sie betreten können: allein mit der Tastatur, mit einem Screenreader, auf einem kleinen Bildschirm oder mit großer Schrift – und in der eigenen Sprache.
accessibility_standard = Planado soll die Web Content Accessibility Guidelines (WCAG) 2.2 auf Konformitätsstufe AA erfüllen, auf denen die europäische Norm EN 301 549, das französische RGAA und die deutsche BITV aufbauen.
accessibility_tested_title = So wird geprüft
accessibility_tested = Jede neue Version wird automatisch geprüft: axe-core testet jede Seite in jedem Zustand (das Buchungsformular leer und mit Fehlern, die Bestätigung, die Warteseite vor und beim Öffnen des Raums sowie ohne JavaScript, die Seite vor dem Eintreten, die Verwaltungsseite nach jeder Aktion, die Fehlerseiten) auf Englisch, Deutsch und Arabisch, in Smartphone- und in Desktop-Breite, anhand der Regeln der WCAG 2.0, 2.1 und 2.2 für die Stufen A und AA. Ein Browsertest bucht eine Konferenz, kopiert die Einladung, ändert die Konferenz und sagt sie ab – allein mit der Tastatur. Bei 200 % Textgröße und in einem 320 Pixel breiten Fenster muss sich der Inhalt ohne Verluste neu anordnen.
accessibility_pages = Jede Seite funktioniert ohne JavaScript. Der Countdown meldet sich beim Screenreader nur in wichtigen Momenten (10, 5 und 1 Minute vor dem Öffnen und wenn der Raum öffnet); wenn das System reduzierte Bewegung verlangt, bewegt sich nichts; und das automatische Neuladen der Warteseite lässt sich anhalten.
accessibility_limits_title = Bekannte Einschränkungen
accessibility_limits = Die Konferenz selbst findet in Jitsi Meet statt, das nicht zu Planado gehört: Dort gilt dessen eigene Barrierefreiheit. Automatische Tests finden viele Barrieren, aber nicht alle; auch die Kalenderprogramme, die einen abonnierten Termin anzeigen, liegen außerhalb von Planado.
accessibility_report_title = Barriere melden
accessibility_report_contact = Wenn Sie etwas auf diesen Seiten daran hindert, sie zu nutzen, schreiben Sie an { $contact }. Nennen Sie die Seite und beschreiben Sie, was passiert ist. Sie erhalten eine Antwort, und die Barriere wird beseitigt, oder Ihnen wird eine Alternative angeboten.
accessibility_report_operator = Wenn Sie etwas auf diesen Seiten daran hindert, sie zu nutzen, wenden Sie sich an die Betreiber dieser Website, die dieses Planado bereitstellen. Nennen Sie die Seite und beschreiben Sie, was passiert ist.
