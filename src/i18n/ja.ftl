### Japanese, from en.ftl.
lang_name = 日本語
app_name = Planado
tagline = ビデオ会議を事前に予約できます。ルームは開始時刻まで誰にも知られません。
privacy_footer = Planadoが保存するのはID、開始時刻、タイムゾーン、繰り返し設定だけです。会議名や招待した相手は一切保存しません。Cookieもトラッキングも使いません。

index_title = 会議を予約
field_name = 会議名
field_name_hint = 招待状と会議の画面に表示されます。Planadoには保存されません。
field_date = 日付
field_time = 時刻
field_repeat = 繰り返し
field_count = 回数
field_count_hint = 初回を含めて1～{ $max }回です。
tz_assumed = 日時のタイムゾーンは{ $tz }です。
button_book = 予約する
now_title = 今すぐルームを開く
now_text = 新しい非公開のルームを作り、そのまま会議に入ります。何も保存されません。
button_now = 今すぐルームを開く

repeat_none = 繰り返さない
repeat_daily = 毎日
repeat_weekly = 毎週
repeat_biweekly = 隔週
repeat_fourweekly = 4週間ごと
repeat_monthly = 毎月
repeat_weekdays = 毎週平日（月～金）
repeat_monthly_weekday = 毎月同じ曜日（例：第2火曜日）
repeat_monthly_last_weekday = 毎月最後の同じ曜日（例：最終金曜日）
repeat_monthly_on = 毎月{ $position ->
        [1] 第1
        [2] 第2
        [3] 第3
        [4] 第4
        [5] 第5
       *[last] 最終
    }{ $weekday ->
        [1] 月曜日
        [2] 火曜日
        [3] 水曜日
        [4] 木曜日
        [5] 金曜日
        [6] 土曜日
       *[7] 日曜日
    }
repeat_summary = { $rule }、全{ $count }回

booked_title = 会議を予約しました
label_name = 会議名
label_start = 開始
label_repeat = 繰り返し
label_invite = 招待リンク
label_calendar = カレンダー
label_admin = 管理用リンク
invite_hint = 招待する人にこのリンクを送ってください。開始前は待機ページが表示され、開始後はそのままルームに入れます。
open_invite = 招待リンクを開く
admin_hint = 管理用リンクは他の人に教えず、ご自身で保管してください。このリンクから会議の変更やキャンセル、開始前の入室ができます。このリンクは再表示できません。
download_ics = カレンダーファイル（.ics）をダウンロード
button_copy = 招待状をコピー
button_copied = クリップボードにコピーしました
button_mail = メールで送信
invitation_subject = 招待：{ $name }
invitation_text =
    ビデオ会議「{ $name }」にご招待します。
    開始：{ $start }
    { $repeat }
    参加はこちらから：{ $invite }
    カレンダーに追加：{ $ics }

waiting_title = 会議はまだ始まっていません
waiting_starts = 開始は{ $start }です。
waiting_opens = ルームは{ $opens }に開き、会議は{ $time }に始まります。
waiting_local = お使いのタイムゾーンでは{ $time }です。
waiting_local_opens = お使いのタイムゾーンでは、ルームは{ $opens }に開き、会議は{ $time }に始まります。
countdown_label = 開始まで
countdown_opens_label = ルームが開くまで
room_opens_early = ルームは開始の{ $minutes }分前に開きます。
error_open_early_invalid = ルームを開くタイミングは、開始の0～{ $max }分前の範囲で、分単位で指定してください。
field_open_early = ルームを開くタイミング
open_early_0 = 開始と同時
open_early_n = { $minutes }分前
field_duration = 所要時間
field_reminder = カレンダーの通知
reminder_0 = なし
reminder_10 = 10分前
reminder_60 = 1時間前
reminder_1440 = 1日前
length_minutes = { $minutes }分
length_hours = { $hours }時間
length_hours_minutes = { $hours }時間{ $minutes }分
label_length = 所要時間
waiting_length = 所要時間は{ $length }です。
error_duration_invalid = 会議の所要時間は{ $min }～{ $max }分の範囲で、分単位で指定してください。
error_reminder_invalid = 用意された通知の中から選んでください。
waiting_auto = このページを開いたままにしてください。開始時刻になると自動でルームに入ります。
waiting_nojs = このページは30秒ごとに自動で再読み込みされ、開始時刻になるとルームに入ります。

consent_title = 入室の前に
consent_text = この会議は{ $jitsi }で行われます。入室する前にプライバシーポリシーをお読みください。
consent_link = プライバシーポリシー
button_enter = ルームに入る

error_title = 処理できませんでした
back = 予約フォームに戻る
notfound_title = 会議が見つかりません
notfound_text = この招待は存在しないか、会議がすでに終了しています。リンクを確認するか、招待IDを入力してください：
field_invite_id = 招待ID
button_open = 開く
error_method = このアドレスはこの種類のリクエストを受け付けていません。
error_unauthorized = このアドレスを利用するには、運営者のJitsiサーバーの予約トークンが必要です。
error_reservation_name = ルーム名（name）がないか、ルーム名として正しくありません。
error_reservation_start_time = 開始時刻（start_time）がないか、2026-12-01T09:00:00.000Zのような日時の形式になっていません。
reservation_opens = この会議は{ $time }（{ $zone }）に開きます。
reservation_unknown = このルームはこのサーバーで予約されていないか、予約の時間が終了しています。
error_too_large = リクエストが大きすぎます。
error_timeout = リクエストが時間内に届きませんでした。もう一度お試しください。
error_uri_too_long = アドレスが長すぎます。
error_headers_too_large = リクエストのヘッダーフィールドが多すぎます。
error_protocol = このバージョンのHTTPには対応していません。
error_field_only_for_update = { $field }フィールドは変更（action=update）の場合にのみ使用できます。
error_field_only_for_occurrence = { $field }フィールドは、1回分の会議のスキップ、移動、復元の場合にのみ使用できます。
error_media_type = フォームはapplication/x-www-form-urlencoded形式で送信してください。
unavailable_title = 一時的に利用できません
error_unavailable = 現在データベースに接続できません。数分後にもう一度お試しください。
error_internal = Planadoの内部で問題が発生しました。詳細は運営者がサーバーログで確認できます。
error_encoding = リクエストに不正な文字が含まれています（パーセントエンコーディングの誤り、またはUTF-8ではないテキスト）。
error_too_many_params = リクエストのパラメーターが多すぎます。
error_name_missing = 会議名を入力してください。
error_name_too_long = 会議名は{ $max }文字以内で入力してください。
error_name_invalid = 会議名に改行などの制御文字は使えません。
error_date_missing = 日付を選んでください。
error_date_invalid = 日付は実在する日付をYYYY-MM-DD形式で入力してください。
error_time_missing = 時刻を選んでください。
error_time_invalid = 時刻はHH:MM形式で、00:00～23:59の範囲で入力してください。
error_tz_invalid = 「{ $tz }」は不明なタイムゾーンです。
error_repeat_invalid = 用意された繰り返しの中から選んでください。
error_repeat_start = この繰り返しは開始日と合いません。「毎週平日」は月曜日～金曜日のいずれかの日に、「毎月最後の同じ曜日」はその月で最後の該当曜日（例：最終金曜日）に開始する必要があります。
error_count_invalid = 回数は1～{ $max }の整数で指定してください。
error_time_nonexistent = { $tz }には{ $time }という時刻は存在しません。夏時間への切り替えで時計が1時間進むためです。別の時刻を選んでください。
error_start_past = 開始時刻が過去になっています。これより後の時刻を選んでください。
error_start_far = 会議を予約できるのは最大{ $years }年先までです。
error_id_missing = 招待IDが指定されていません。
error_too_many_bookings = この1時間にお使いのネットワークからの予約が多すぎます。しばらくしてからもう一度お試しください。
error_cross_site = このフォームは別のウェブサイトから送信されたため、実行されませんでした。Planadoのページを直接ご利用ください。
error_action_invalid = 不明な操作です。
error_body_incomplete = リクエストの本文が、指定された長さに達する前に途切れました。

admin_title = 会議の管理
label_next = 次回の会議
label_progress = 開催回
label_upcoming = 今後の開催予定
label_current = 今回
progress_text = { $n }回目（全{ $count }回）
enter_title = 今すぐ入室
enter_text = 主催者は、開始前も含めていつでもルームを開けます。
button_enter_now = 今すぐルームに入る
change_title = 日時の変更
change_text = 招待リンクは変わらないため、招待した人は全員そのまま同じリンクを使えます。繰り返しの会議を変更すると、新しい日付から改めて始まります。
field_tz = タイムゾーン
button_save = 変更を保存
cancel_title = 会議のキャンセル
cancel_text = 招待リンクは誰も使えなくなります。この操作は取り消せません。
button_cancel = 会議をキャンセル…
confirm_title = 会議をキャンセルしますか？
confirm_question = この会議を本当にキャンセルしますか？　招待リンクは誰も使えなくなります。
button_cancel_confirm = はい、キャンセルします
button_keep = いいえ、キャンセルしません
cancelled_title = キャンセルしました
cancelled_text = 会議はキャンセルされました。リンクはもう使えません。
changed_notice = 変更を保存しました。
calendar_summary_default = ビデオ会議
calendar_description = ビデオ会議に参加：{ $invite }
add_to_calendar = カレンダーに追加（.ics）

legacy_key_renewed = この会議は以前のPlanadoから引き継がれました。以前のPlanadoでは、招待された人が管理用リンクを推測できてしまったため、古い管理用リンクは使えなくなりました。下の新しいリンクを保管してください。会議の変更やキャンセルには、このリンクが必要です。
label_new_admin = 新しい管理用リンク
open_new_admin = 新しい管理用リンクを開く
error_changed_meanwhile = 編集中に他の人がこの会議を変更したため、変更は保存されませんでした。管理用リンクをもう一度開いて現在の状態を確認してから、改めて変更してください。
error_sequence_invalid = フォームが壊れています（バージョン番号が数値ではありません）。管理用リンクをもう一度開いてください。
public_jitsi_organiser = ルームは公開サーバーのmeet.jit.siにあります。meet.jit.siでは、モデレーターが参加して（Google、GitHub、Facebookのいずれかのアカウントで）ログインするまでルームが開きません。開始時刻には最初に参加し、meet.jit.siに求められたらログインしてください。それまでゲストには、会議が主催者を待っていると表示されます。
public_jitsi_guest = この会議は公開サーバーのmeet.jit.siで行われます。ルームは主催者が参加してログインすると開きます。meet.jit.siに主催者を待っていると表示されたら、そのページを開いたままにしてください。主催者が来ると入室できます。

## 入室の条件（ロビー、パスワード、参加人数の上限）
door_title = 入室の条件
field_lobby = モデレーターが許可するまでゲストをロビーで待機させる
field_lobby_hint = モデレーターが入室を許可します。ルームトークンを使う場合は、主催者用のリンクから入った人がモデレーターになります。
field_password = ルームのパスワード
field_password_hint = 任意です。招待状に含めない限り、あなたにだけ表示されます。
field_max_participants = 最大参加人数
field_max_participants_hint = 任意です。ルームに入れる人数の上限を指定します。
field_password_in_invitation = パスワードを招待状とカレンダーの予定に含める
door_needs_jitsi = ロビー、ルームのパスワード、参加人数の上限を使うには、ルームを開く前にこのPlanadoに確認するJitsi（予約バックエンド）が必要ですが、この環境には用意されていません。
label_door = 入室の条件
door_lobby_on = ゲストはモデレーターが許可するまでロビーで待機します。
door_password_private = ルームのパスワード：{ $password }（招待状には含まれていません。ゲストにはご自身で伝えてください）
door_password_shared = ルームのパスワード：{ $password }（招待状に記載済み）
door_max_on = 参加できるのは最大{ $max }人です。
door_lobby_guest = 主催者がロビーから入室を許可します。
door_password_guest = ルームのパスワード：{ $password }
error_door_needs_jitsi = ロビー、ルームのパスワード、参加人数の上限を使うには、ルームを開く前にこのPlanadoに確認するJitsiが必要ですが、この環境には用意されていません（reservations_api_tokenが設定されていません）。
error_flag_invalid = { $field }にはtrueまたはfalseを指定してください。
error_password_invalid = ルームのパスワードは1～{ $max }文字で、制御文字を含めずに指定してください。
error_max_participants_invalid = 最大参加人数は{ $min }～{ $max }の整数で指定してください。

## 会議に合わせて更新されるカレンダー：購読と、繰り返しの会議の例外
subscribe_title = カレンダーで購読
subscribe_text = 購読したカレンダーは会議の情報を自動で確認し直し、時刻の変更、スキップや移動、キャンセルなど、すべての変更を反映します。
subscribe_or_download = 購読すると、会議の変更がすべてカレンダーに反映されます。ダウンロードすると、現時点の会議の内容がそのまま残ります。
subscribe_webcal = 購読する（カレンダーアプリ）
subscribe_google = Googleカレンダーで購読
subscribe_outlook = Outlook on the webで購読
subscribe_address = 手動で購読する場合のカレンダーのアドレス
subscribe_named_text = カレンダーの予定に会議名を含める場合：会議名がアドレスの一部になるため、カレンダーのサービス提供者（Google、Microsoft、ご自身のサーバー）に会議名が知られます。
subscribe_named_webcal = 会議名付きで購読（カレンダーアプリ）
subscribe_named_google = Googleカレンダーで会議名付きで購読
subscribe_named_outlook = Outlook on the webで会議名付きで購読
subscribe_name_note = 購読した予定の名前は「ビデオ会議」になります。カレンダーサーバーはフィードを直接取得するため、リンク内の会議名を知ることはありません。会議名を含むフィードのアドレス（name=…）を使うと会議名が表示されますが、その場合はカレンダーのサービス提供者に会議名が知られます。
subscribe_refresh_note = カレンダーによっては更新の確認が1日に1回だけのものがあり、購読したカレンダーの通知を無視するものも少なくありません。このページには常に最新の会議の状態が表示されます。
calendar_cancelled = この会議はキャンセルされました。
occurrences_text = 祝日などで1回分の会議をスキップしたり、日時を移動したりできます。リンクは変わらず、購読したカレンダーにも反映されます。
label_skipped = スキップ済み
label_moved_from = { $time }から移動
button_skip = スキップ
button_move = 移動
button_move_save = この回を移動
button_restore = 元に戻す
error_feed_invalid = パラメーターfeedは1にするか、省略してください。
error_occurrence_missing = 対象の回を指定してください（2026-03-19T09:00:00Zのような開始日時）。
error_occurrence_invalid = 対象の回は、2026-03-19T09:00:00Zのように、開始日時をRFC 3339形式で指定してください。
error_occurrence_unknown = この会議には、その時刻に開催される回がありません。
error_exception_one_off = 1回だけの会議には、スキップや移動ができる回がありません。代わりに日付を変更してください。
error_exception_past = スキップや移動ができるのはまだ始まっていない回だけで、移動先もこれからの時刻に限られます。
error_exception_none = この回はスキップも移動もされていません。
error_exception_last = これが残っている最後の回です。スキップではなく、会議をキャンセルしてください。
error_exception_order = 移動する回は、前の回より後、次の回より前にし、どちらとも異なる時刻にする必要があります。
error_exceptions_too_many = スキップまたは移動できる回は、1つの会議につき最大{ $max }回です。


## 言語とアクセシビリティ
language_menu_label = 言語
skip_link = 本文へスキップ
error_summary = フォームは送信されませんでした。下に示された項目を修正してください。
waiting_stop_reload = このページの自動再読み込みを停止
waiting_reload_stopped = このページは自動で再読み込みされなくなりました。開始時刻にもう一度確認するか、その時に招待リンクを開いてください。
button_check_again = もう一度確認
field_auto_enter = ルームが開いたら自動で入室する
waiting_room_open = ルームが開きました。
countdown_announce = あと{ $minutes }分でルームが開きます。
countdown_entering = ルームが開きました。入室します。
accessibility_link = アクセシビリティ
accessibility_title = アクセシビリティ方針
accessibility_intro = Planadoは、キーボードだけでも、スクリーンリーダーでも、小さな画面や大きな文字でも、そして自分の言語でも、すべての人が会議を予約し、開始を待ち、入室できることを目指しています。
accessibility_standard = Planadoは、Web Content Accessibility Guidelines（WCAG）2.2のレベルAAへの準拠を目指しています。WCAGは、欧州規格EN 301 549、フランスのRGAA、ドイツのBITVの基礎になっています。
accessibility_tested_title = テストの方法
accessibility_tested = リリースのたびに自動テストを行っています。axe-coreが、すべてのページをすべての状態（空の予約フォームとエラーのある予約フォーム、予約完了画面、ルームが開く前・開いた時・JavaScriptなしの待機ページ、入室ページ、各操作後の主催者ページ、エラーページ）で、英語、ドイツ語、アラビア語について、スマートフォンとデスクトップの画面幅で、WCAG 2.0、2.1、2.2のレベルAとAAの基準に照らしてチェックします。また、ブラウザーテストでは、キーボードだけで会議の予約、招待状のコピー、会議の変更とキャンセルを行います。文字を200%に拡大した場合や、幅320ピクセルのウィンドウでも、内容が欠けることなくレイアウトが再配置される必要があります。
accessibility_pages = すべてのページはJavaScriptなしで動作します。カウントダウンがスクリーンリーダーに読み上げられるのは、必要なタイミング（ルームが開く10分前、5分前、1分前と、ルームが開いたとき）だけです。システムで動きを減らす設定になっている場合は、画面上で何も動きません。また、自動で再読み込みされる待機ページは、再読み込みを停止できます。
accessibility_limits_title = 既知の制限
accessibility_limits = 会議そのものは、Planadoの一部ではないJitsi Meetで行われます。そこではJitsi Meet自体のアクセシビリティが適用されます。自動テストで多くのバリアは見つかりますが、すべてではありません。購読した会議を表示するカレンダーアプリも、Planadoの対象外です。
accessibility_report_title = バリアの報告
accessibility_report_contact = これらのページの利用に支障がある場合は、{ $contact }までご連絡ください。どのページで何が起きたかをお知らせいただければ、返信のうえ、バリアを解消するか代替手段をご提供します。
accessibility_report_operator = これらのページの利用に支障がある場合は、このPlanadoを運用しているサイト運営者にご連絡ください。どのページで何が起きたかをお知らせください。
