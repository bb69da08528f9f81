### Polish, from en.ftl.
lang_name = Polski
app_name = Planado
tagline = Zarezerwuj wideokonferencję z wyprzedzeniem. Pokój pozostaje tajny aż do jej rozpoczęcia.
privacy_footer = Planado przechowuje tylko identyfikatory, godzinę rozpoczęcia, strefę czasową i sposób powtarzania — nigdy nazwy konferencji ani tego, kogo zaproszono. Żadnych plików cookie, żadnego śledzenia.

index_title = Zarezerwuj konferencję
field_name = Nazwa konferencji
field_name_hint = Widoczna w zaproszeniu i w konferencji. Planado jej nie przechowuje.
field_date = Data
field_time = Godzina
field_repeat = Powtarzanie
field_count = Liczba spotkań
field_count_hint = Od 1 do { $max }, łącznie z pierwszym.
tz_assumed = Data i godzina są podane w strefie czasowej { $tz }.
button_book = Zarezerwuj
now_title = Otwórz pokój od razu
now_text = Nowy tajny pokój, do którego wchodzisz od razu. Nic nie jest zapisywane.
button_now = Otwórz pokój teraz

repeat_none = Bez powtarzania
repeat_daily = Codziennie
repeat_weekly = Co tydzień
repeat_biweekly = Co dwa tygodnie
repeat_fourweekly = Co cztery tygodnie
repeat_monthly = Co miesiąc
repeat_weekdays = W dni robocze, od poniedziałku do piątku
repeat_monthly_weekday = Co miesiąc w ten sam dzień tygodnia (np. w drugi wtorek)
repeat_monthly_last_weekday = Co miesiąc w ostatni taki dzień tygodnia (np. w ostatni piątek)
repeat_monthly_on = Co miesiąc w { $weekday ->
        [1] { $position ->
                [1] pierwszy
                [2] drugi
                [3] trzeci
                [4] czwarty
                [5] piąty
               *[last] ostatni
            } poniedziałek
        [2] { $position ->
                [1] pierwszy
                [2] drugi
                [3] trzeci
                [4] czwarty
                [5] piąty
               *[last] ostatni
            } wtorek
        [3] { $position ->
                [1] pierwszą
                [2] drugą
                [3] trzecią
                [4] czwartą
                [5] piątą
               *[last] ostatnią
            } środę
        [4] { $position ->
                [1] pierwszy
                [2] drugi
                [3] trzeci
                [4] czwarty
                [5] piąty
               *[last] ostatni
            } czwartek
        [5] { $position ->
                [1] pierwszy
                [2] drugi
                [3] trzeci
                [4] czwarty
                [5] piąty
               *[last] ostatni
            } piątek
        [6] { $position ->
                [1] pierwszą
                [2] drugą
                [3] trzecią
                [4] czwartą
                [5] piątą
               *[last] ostatnią
            } sobotę
       *[7] { $position ->
                [1] pierwszą
                [2] drugą
                [3] trzecią
                [4] czwartą
                [5] piątą
               *[last] ostatnią
            } niedzielę
    }
repeat_summary = { $rule }, { $count ->
        [one] { $count } spotkanie
        [few] { $count } spotkania
        [many] { $count } spotkań
       *[other] { $count } spotkania
    }

booked_title = Konferencja została zarezerwowana
label_name = Nazwa
label_start = Początek
label_repeat = Powtarzanie
label_invite = Link z zaproszeniem
label_calendar = Kalendarz
label_admin = Link do zarządzania
invite_hint = Wyślij ten link osobom, które zapraszasz. Do chwili rozpoczęcia pokazuje stronę oczekiwania, a od rozpoczęcia prowadzi do pokoju.
open_invite = Otwórz link z zaproszeniem
admin_hint = Zachowaj link do zarządzania dla siebie: pozwala zmienić lub odwołać konferencję i wejść do pokoju wcześniej. Nie będzie można go wyświetlić ponownie.
download_ics = Pobierz plik kalendarza (.ics)
button_copy = Skopiuj zaproszenie
button_copied = Skopiowano do schowka
button_mail = Wyślij e-mailem
invitation_subject = Zaproszenie: { $name }
invitation_text =
    Zaproszenie na wideokonferencję „{ $name }”.
    Początek: { $start }
    { $repeat }
    Link do konferencji: { $invite }
    Wpis do kalendarza: { $ics }

waiting_title = Konferencja jeszcze się nie rozpoczęła
waiting_starts = Początek: { $start }.
waiting_opens = Otwarcie pokoju: { $opens }; początek spotkania: { $time }.
waiting_local = W Twojej strefie czasowej: { $time }
waiting_local_opens = W Twojej strefie czasowej: otwarcie pokoju { $opens }, początek spotkania { $time }.
countdown_label = Początek za
countdown_opens_label = Otwarcie pokoju za
room_opens_early = Pokój otwiera się { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    } przed rozpoczęciem.
error_open_early_invalid = Pokój może się otworzyć od 0 do { $max ->
        [one] { $max } minuty
        [few] { $max } minut
        [many] { $max } minut
       *[other] { $max } minuty
    } przed rozpoczęciem (tylko pełne minuty).
field_open_early = Pokój otwiera się
open_early_0 = w chwili rozpoczęcia
open_early_n = { $minutes ->
        [one] { $minutes } minutę wcześniej
        [few] { $minutes } minuty wcześniej
        [many] { $minutes } minut wcześniej
       *[other] { $minutes } minuty wcześniej
    }
field_duration = Czas trwania
field_reminder = Przypomnienie w kalendarzu
reminder_0 = brak
reminder_10 = 10 minut wcześniej
reminder_60 = 1 godzinę wcześniej
reminder_1440 = 1 dzień wcześniej
length_minutes = { $minutes ->
        [one] { $minutes } minuta
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    }
length_hours = { $hours ->
        [one] { $hours } godzina
        [few] { $hours } godziny
        [many] { $hours } godzin
       *[other] { $hours } godziny
    }
length_hours_minutes = { $hours ->
        [one] { $hours } godzina
        [few] { $hours } godziny
        [many] { $hours } godzin
       *[other] { $hours } godziny
    } { $minutes ->
        [one] { $minutes } minuta
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    }
label_length = Czas trwania
waiting_length = Czas trwania: { $length }.
error_duration_invalid = Spotkanie może trwać od { $min } do { $max ->
        [one] { $max } minuty
        [few] { $max } minut
        [many] { $max } minut
       *[other] { $max } minuty
    } (tylko pełne minuty).
error_reminder_invalid = Wybierz jedno z dostępnych przypomnień.
waiting_auto = Nie zamykaj tej strony: w chwili rozpoczęcia przeniesie Cię do pokoju.
waiting_nojs = Ta strona odświeża się co 30 sekund i w chwili rozpoczęcia przeniesie Cię do pokoju.

consent_title = Zanim wejdziesz
consent_text = Konferencja odbywa się na serwerze { $jitsi }. Przed wejściem przeczytaj politykę prywatności.
consent_link = Polityka prywatności
button_enter = Wejdź do pokoju

error_title = Nie udało się
back = Wróć do formularza rezerwacji
notfound_title = Nie ma takiej konferencji
notfound_text = To zaproszenie jest nieznane albo konferencja już się zakończyła. Sprawdź link lub wpisz identyfikator zaproszenia:
field_invite_id = Identyfikator zaproszenia
button_open = Otwórz
error_method = Ten adres nie przyjmuje żądań tego rodzaju.
error_unauthorized = Ten adres wymaga tokenu rezerwacji serwera Jitsi, którym zarządza operator.
error_reservation_name = Brak nazwy pokoju (name) albo podana wartość nie jest nazwą pokoju.
error_reservation_start_time = Brak godziny rozpoczęcia (start_time) albo podana wartość nie jest datą i godziną w formacie 2026-12-01T09:00:00.000Z.
reservation_opens = Otwarcie tej konferencji: { $time } ({ $zone }).
reservation_unknown = Ten pokój nie jest zarezerwowany na tym serwerze albo jego czas już minął.
error_too_large = Żądanie jest zbyt duże.
error_timeout = Żądanie nie dotarło na czas. Spróbuj ponownie.
error_uri_too_long = Adres jest zbyt długi.
error_headers_too_large = Żądanie ma zbyt wiele pól nagłówka.
error_protocol = Ta wersja HTTP nie jest obsługiwana.
error_field_only_for_update = Pole { $field } jest dozwolone tylko przy zmianie (action=update).
error_field_only_for_occurrence = Pole { $field } jest dozwolone tylko przy pomijaniu, przenoszeniu lub przywracaniu pojedynczego spotkania z serii.
error_media_type = Wyślij formularz jako application/x-www-form-urlencoded.
unavailable_title = Chwilowo niedostępne
error_unavailable = Baza danych jest w tej chwili nieosiągalna. Spróbuj ponownie za kilka minut.
error_internal = W Planado wystąpił wewnętrzny błąd. Szczegóły operator znajdzie w dzienniku serwera.
error_encoding = Żądanie zawiera nieprawidłowe znaki (uszkodzone kodowanie procentowe albo tekst, który nie jest w UTF-8).
error_too_many_params = Żądanie ma zbyt wiele parametrów.
error_name_missing = Podaj nazwę konferencji.
error_name_too_long = Nazwa może mieć co najwyżej { $max ->
        [one] { $max } znak
        [few] { $max } znaki
        [many] { $max } znaków
       *[other] { $max } znaku
    }.
error_name_invalid = Nazwa nie może zawierać znaków sterujących, takich jak znak nowego wiersza.
error_date_missing = Wybierz datę.
error_date_invalid = Podaj istniejącą datę w formacie YYYY-MM-DD.
error_time_missing = Wybierz godzinę.
error_time_invalid = Podaj godzinę w formacie HH:MM, od 00:00 do 23:59.
error_tz_invalid = „{ $tz }” nie jest znaną strefą czasową.
error_repeat_invalid = Wybierz jeden z dostępnych sposobów powtarzania.
error_repeat_start = Ten sposób powtarzania nie pasuje do daty rozpoczęcia: seria „w dni robocze” musi się zaczynać w dzień roboczy (od poniedziałku do piątku), a seria „w ostatni taki dzień tygodnia” — w ostatni taki dzień tygodnia w danym miesiącu (np. w ostatni piątek).
error_count_invalid = Liczba spotkań musi być liczbą całkowitą od 1 do { $max }.
error_time_nonexistent = { $time } nie istnieje w strefie czasowej { $tz }: przy zmianie czasu zegary przeskakują tę godzinę. Wybierz inną godzinę.
error_start_past = Termin rozpoczęcia już minął. Wybierz późniejszą godzinę.
error_start_far = Konferencje można rezerwować najwyżej { $years ->
        [one] { $years } rok
        [few] { $years } lata
        [many] { $years } lat
       *[other] { $years } roku
    } naprzód.
error_id_missing = Brak identyfikatora zaproszenia.
error_too_many_bookings = Zbyt wiele rezerwacji z Twojej sieci w ciągu tej godziny. Spróbuj ponownie później.
error_cross_site = Ten formularz został wysłany z innej witryny, dlatego go nie przetworzono. Korzystaj bezpośrednio ze stron Planado.
error_action_invalid = Nieznana operacja.
error_body_incomplete = Treść żądania urwała się przed osiągnięciem zadeklarowanej długości.

admin_title = Zarządzaj konferencją
label_next = Następne spotkanie
label_progress = Spotkania
label_upcoming = Nadchodzące spotkania serii
label_current = bieżące
progress_text = spotkanie { $n } z { $count }
enter_title = Wejdź teraz
enter_text = Jako organizator możesz otworzyć pokój w dowolnej chwili, także przed rozpoczęciem.
button_enter_now = Wejdź do pokoju teraz
change_title = Zmień datę i godzinę
change_text = Link z zaproszeniem się nie zmienia: wszyscy zaproszeni mają nadal działający link. Zmieniona seria zaczyna się od nowa od nowej daty.
field_tz = Strefa czasowa
button_save = Zapisz zmiany
cancel_title = Odwołaj konferencję
cancel_text = Link z zaproszeniem przestanie działać dla wszystkich. Tego nie można cofnąć.
button_cancel = Odwołaj konferencję…
confirm_title = Odwołać konferencję?
confirm_question = Czy na pewno chcesz odwołać tę konferencję? Link z zaproszeniem przestanie działać dla wszystkich.
button_cancel_confirm = Tak, odwołaj
button_keep = Nie, zachowaj
cancelled_title = Odwołano
cancelled_text = Konferencja została odwołana. Jej linki już nie działają.
changed_notice = Zmiany zostały zapisane.
calendar_summary_default = Wideokonferencja
calendar_description = Dołącz do wideokonferencji: { $invite }
add_to_calendar = Dodaj do kalendarza (.ics)

legacy_key_renewed = Ta konferencja została przeniesiona z poprzedniej wersji Planado, w której zaproszeni mogli odgadnąć linki do zarządzania. Jej dotychczasowy link do zarządzania już nie działa. Zachowaj nowy link poniżej: tylko za jego pomocą możesz zmienić lub odwołać konferencję.
label_new_admin = Twój nowy link do zarządzania
open_new_admin = Otwórz nowy link do zarządzania
error_changed_meanwhile = Ktoś zmienił tę konferencję w trakcie Twojej edycji, więc Twoje zmiany nie zostały zapisane. Otwórz ponownie link do zarządzania, sprawdź aktualny stan i wprowadź zmiany jeszcze raz.
error_sequence_invalid = Formularz jest uszkodzony (jego numer wersji nie jest liczbą). Otwórz ponownie link do zarządzania.
public_jitsi_organiser = Twoje pokoje znajdują się na publicznym serwerze meet.jit.si, który otwiera pokój dopiero wtedy, gdy dołączy do niego moderator i się tam zaloguje (kontem Google, GitHub lub Facebook). W chwili rozpoczęcia dołącz przed gośćmi i zaloguj się, gdy meet.jit.si o to poprosi; do tego czasu goście widzą, że spotkanie czeka na gospodarza.
public_jitsi_guest = Ta konferencja odbywa się na publicznym serwerze meet.jit.si: pokój otwiera się, gdy organizator dołączy i się zaloguje. Jeśli meet.jit.si informuje, że czeka na gospodarza, nie zamykaj tej strony; wpuści Cię, gdy tylko organizator się pojawi.

## Wejście do pokoju (poczekalnia, hasło, limit uczestników)
door_title = Kto może wejść
field_lobby = Goście czekają w poczekalni, aż moderator ich wpuści
field_lobby_hint = Wpuszcza ich moderator; przy tokenach pokoju jest nim każdy, kto wchodzi przez Twój link do zarządzania.
field_password = Hasło pokoju
field_password_hint = Opcjonalne. Widzisz je tylko Ty, chyba że umieścisz je w zaproszeniu.
field_max_participants = Maksymalna liczba uczestników
field_max_participants_hint = Opcjonalnie: więcej osób nie wejdzie do pokoju.
field_password_in_invitation = Umieść hasło w zaproszeniu i we wpisie w kalendarzu
door_needs_jitsi = Poczekalnia, hasło pokoju i limit uczestników wymagają serwera Jitsi, który przed otwarciem pokoju pyta o zgodę tę instalację Planado (jako backend rezerwacji); w tej instalacji takiego serwera nie ma.
label_door = Kto może wejść
door_lobby_on = Goście czekają w poczekalni, aż moderator ich wpuści.
door_password_private = Hasło pokoju: { $password } (nie ma go w zaproszeniu: przekaż je gościom samodzielnie)
door_password_shared = Hasło pokoju: { $password } (podane w zaproszeniu)
door_max_on = Maksymalnie { $max ->
        [one] { $max } osoba
        [few] { $max } osoby
        [many] { $max } osób
       *[other] { $max } osoby
    } w pokoju.
door_lobby_guest = Organizator wpuści Cię z poczekalni.
door_password_guest = Hasło pokoju: { $password }
error_door_needs_jitsi = Poczekalnia, hasło pokoju lub limit uczestników wymagają serwera Jitsi, który przed otwarciem pokoju pyta o zgodę tę instalację Planado; w tej instalacji takiego serwera nie ma (reservations_api_token nie jest ustawiony).
error_flag_invalid = Pole { $field } musi mieć wartość true lub false.
error_password_invalid = Hasło pokoju musi mieć od 1 do { $max ->
        [one] { $max } znaku
        [few] { $max } znaków
        [many] { $max } znaków
       *[other] { $max } znaku
    } i nie może zawierać znaków sterujących.
error_max_participants_invalid = Maksymalna liczba uczestników musi być liczbą całkowitą od { $min } do { $max }.

## Kalendarze, które śledzą spotkanie: subskrypcja i wyjątki w serii.
subscribe_title = Subskrybuj w kalendarzu
subscribe_text = Subskrybowany kalendarz sam co jakiś czas sprawdza spotkanie i uwzględnia każdą zmianę: nową godzinę, pominięte lub przeniesione spotkanie, odwołanie.
subscribe_or_download = Po zasubskrybowaniu kalendarz uwzględnia każdą zmianę spotkania; po pobraniu pliku zachowuje spotkanie w obecnej postaci.
subscribe_webcal = Subskrybuj (aplikacja kalendarza)
subscribe_google = Subskrybuj w Kalendarzu Google
subscribe_outlook = Subskrybuj w aplikacji Outlook w sieci Web
subscribe_address = Adres kalendarza do ręcznej subskrypcji
subscribe_named_text = Z nazwą konferencji we wpisie w kalendarzu: dostawca kalendarza (Google, Microsoft, Twój własny serwer) zobaczy nazwę, bo stanie się ona częścią adresu.
subscribe_named_webcal = Subskrybuj z nazwą (aplikacja kalendarza)
subscribe_named_google = Subskrybuj z nazwą w Kalendarzu Google
subscribe_named_outlook = Subskrybuj z nazwą w aplikacji Outlook w sieci Web
subscribe_name_note = Subskrybowany wpis nazywa się „Wideokonferencja”: serwer kalendarza sam pobiera kanał i nigdy nie widzi nazwy zapisanej w Twoim linku. Adres kanału z nazwą (name=…) ją pokazuje, ale wtedy zobaczy ją również dostawca kalendarza.
subscribe_refresh_note = Niektóre kalendarze sprawdzają zmiany tylko raz dziennie, a wiele z nich pomija przypomnienia z subskrybowanych kalendarzy. Ta strona zawsze pokazuje aktualny stan spotkania.
calendar_cancelled = To spotkanie zostało odwołane.
occurrences_text = Pomiń spotkanie (np. w święto) albo je przenieś; linki się nie zmieniają, a subskrybowane kalendarze uwzględnią zmianę.
label_skipped = pominięte
label_moved_from = przeniesione (pierwotnie: { $time })
button_skip = Pomiń
button_move = Przenieś
button_move_save = Przenieś to spotkanie
button_restore = Przywróć
error_feed_invalid = Parametr feed musi mieć wartość 1 albo zostać pominięty.
error_occurrence_missing = Wskaż spotkanie z serii (jego początek, np. 2026-03-19T09:00:00Z).
error_occurrence_invalid = Spotkanie z serii należy wskazać przez jego początek w formacie RFC 3339, np. 2026-03-19T09:00:00Z.
error_occurrence_unknown = W tej serii nie ma spotkania o tej godzinie.
error_exception_one_off = Pojedyncze spotkanie nie ma terminów do pominięcia ani przeniesienia: zmień po prostu jego datę.
error_exception_past = Pominąć lub przenieść można tylko spotkanie, które jeszcze się nie zaczęło, i tylko na termin w przyszłości.
error_exception_none = To spotkanie nie jest ani pominięte, ani przeniesione.
error_exception_last = To ostatnie pozostałe spotkanie: zamiast je pomijać, odwołaj konferencję.
error_exception_order = Przeniesione spotkanie musi nadal wypadać po poprzednim i przed następnym, w innym terminie niż każde z nich.
error_exceptions_too_many = W jednej serii można pominąć lub przenieść najwyżej { $max ->
        [one] { $max } spotkanie
        [few] { $max } spotkania
        [many] { $max } spotkań
       *[other] { $max } spotkania
    }.


## Języki i dostępność
language_menu_label = Język
skip_link = Przejdź do treści
error_summary = Formularz nie został wysłany: popraw pole oznaczone poniżej.
waiting_stop_reload = Zatrzymaj odświeżanie strony
waiting_reload_stopped = Ta strona już się nie odświeża. Sprawdź ponownie w chwili rozpoczęcia albo wtedy otwórz link z zaproszeniem.
button_check_again = Sprawdź ponownie
field_auto_enter = Wejdź automatycznie do pokoju, gdy zostanie otwarty
waiting_room_open = Pokój jest otwarty.
countdown_announce = { $minutes ->
        [one] Pokój otworzy się za { $minutes } minutę.
        [few] Pokój otworzy się za { $minutes } minuty.
        [many] Pokój otworzy się za { $minutes } minut.
       *[other] Pokój otworzy się za { $minutes } minuty.
    }
countdown_entering = Pokój jest otwarty: trwa przekierowanie.
accessibility_link = Dostępność
accessibility_title = Deklaracja dostępności
accessibility_intro = Planado chce, aby każdy odwiedzający mógł zarezerwować konferencję, zaczekać na nią i do niej wejść: za pomocą samej klawiatury, z czytnikiem ekranu, na małym ekranie lub z powiększonym tekstem, a także w swoim języku.
accessibility_standard = Planado dąży do spełnienia wytycznych Web Content Accessibility Guidelines (WCAG) 2.2 na poziomie AA, na których opierają się europejska norma EN 301 549, francuski standard RGAA i niemieckie rozporządzenie BITV.
accessibility_tested_title = Jak przeprowadzono testy
accessibility_tested = Każde wydanie jest testowane automatycznie: axe-core sprawdza każdą stronę w każdym stanie (pusty formularz rezerwacji i formularz z błędami, potwierdzenie, stronę oczekiwania przed otwarciem, w chwili otwarcia i bez JavaScriptu, stronę wejścia, stronę organizatora po każdej czynności, strony błędów) w wersji angielskiej, niemieckiej i arabskiej, przy szerokości ekranu telefonu i komputera, pod kątem reguł WCAG 2.0, 2.1 i 2.2 na poziomach A i AA. Test w przeglądarce, obsługiwany wyłącznie klawiaturą, rezerwuje konferencję, kopiuje zaproszenie, a następnie zmienia i odwołuje konferencję. Tekst powiększony do 200% i okno o szerokości 320 pikseli muszą się poprawnie dopasować bez utraty treści.
accessibility_pages = Każda strona działa bez JavaScriptu. Odliczanie jest odczytywane przez czytnik ekranu tylko w ważnych momentach (10, 5 i 1 minutę przed otwarciem oraz w chwili otwarcia pokoju); nic się nie porusza, gdy system prosi o ograniczenie ruchu; a samoczynne odświeżanie strony oczekiwania można zatrzymać.
accessibility_limits_title = Znane ograniczenia
accessibility_limits = Sama konferencja odbywa się w Jitsi Meet, które nie jest częścią Planado: tam obowiązuje poziom dostępności samego Jitsi Meet. Testy automatyczne wykrywają wiele barier, ale nie wszystkie; aplikacje kalendarza, które wyświetlają subskrybowane spotkanie, także są poza Planado.
accessibility_report_title = Zgłoś barierę
accessibility_report_contact = Jeśli coś na tych stronach uniemożliwia Ci korzystanie z nich, napisz do nas: { $contact }. Podaj, której strony to dotyczy i co się stało; otrzymasz odpowiedź, a bariera zostanie usunięta lub zaproponujemy inne rozwiązanie.
accessibility_report_operator = Jeśli coś na tych stronach uniemożliwia Ci korzystanie z nich, zgłoś to operatorowi tej witryny, który prowadzi tę instalację Planado. Podaj, której strony to dotyczy i co się stało.
