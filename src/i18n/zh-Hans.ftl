### Simplified Chinese, from en.ftl.
lang_name = 简体中文
app_name = Planado
tagline = 提前预约视频会议。会议开始前，会议室始终保密。
privacy_footer = Planado只保存ID、开始时间、时区和重复规则，从不保存会议名称，也从不保存邀请了谁。不使用Cookie，也不做任何跟踪。

index_title = 预约会议
field_name = 会议名称
field_name_hint = 显示在邀请和会议中。Planado不会保存它。
field_date = 日期
field_time = 时间
field_repeat = 重复
field_count = 会议次数
field_count_hint = 1至{ $max }次，包括第一次。
tz_assumed = 日期和时间以{ $tz }时区为准。
button_book = 预约
now_title = 立即开启会议室
now_text = 新建一个保密的会议室，直接进入会议。不保存任何信息。
button_now = 立即开启会议室

repeat_none = 不重复
repeat_daily = 每天
repeat_weekly = 每周
repeat_biweekly = 每两周
repeat_fourweekly = 每四周
repeat_monthly = 每月
repeat_weekdays = 每个工作日（周一至周五）
repeat_monthly_weekday = 每月同一个星期几（例如：第二个星期二）
repeat_monthly_last_weekday = 每月最后一个同样的星期几（例如：最后一个星期五）
repeat_monthly_on = 每月{ $position ->
        [1] 第一个
        [2] 第二个
        [3] 第三个
        [4] 第四个
        [5] 第五个
       *[last] 最后一个
    }{ $weekday ->
        [1] 星期一
        [2] 星期二
        [3] 星期三
        [4] 星期四
        [5] 星期五
        [6] 星期六
       *[7] 星期日
    }
repeat_summary = { $rule }，共{ $count }次

booked_title = 会议已预约成功
label_name = 名称
label_start = 开始时间
label_repeat = 重复
label_invite = 邀请链接
label_calendar = 日历
label_admin = 管理链接
invite_hint = 请把此链接发送给您邀请的人。会议开始前，打开链接会显示等候页面；会议开始后，打开链接即可进入会议室。
open_invite = 打开邀请链接
admin_hint = 请自己保管好管理链接，不要告诉他人：用它可以更改或取消会议，也可以提前进入。此链接不会再次显示。
download_ics = 下载日历文件（.ics）
button_copy = 复制邀请
button_copied = 已复制到剪贴板
button_mail = 通过电子邮件发送
invitation_subject = 邀请：{ $name }
invitation_text =
    诚邀您参加视频会议“{ $name }”。
    开始时间：{ $start }
    { $repeat }
    在此加入：{ $invite }
    添加到日历：{ $ics }

waiting_title = 会议尚未开始
waiting_starts = 会议将于{ $start }开始。
waiting_opens = 会议室将于{ $opens }开放，会议于{ $time }开始。
waiting_local = 按您所在的时区：{ $time }
waiting_local_opens = 按您所在的时区：会议室于{ $opens }开放，会议于{ $time }开始。
countdown_label = 距离开始还有
countdown_opens_label = 距离会议室开放还有
room_opens_early = 会议室在开始前{ $minutes }分钟开放。
error_open_early_invalid = 会议室可在开始前0至{ $max }分钟开放（须为整分钟）。
field_open_early = 会议室开放时间
open_early_0 = 开始时
open_early_n = 提前{ $minutes }分钟
field_duration = 时长
field_reminder = 日历提醒
reminder_0 = 无
reminder_10 = 提前10分钟
reminder_60 = 提前1小时
reminder_1440 = 提前1天
length_minutes = { $minutes }分钟
length_hours = { $hours }小时
length_hours_minutes = { $hours }小时{ $minutes }分钟
label_length = 时长
waiting_length = 会议时长为{ $length }。
error_duration_invalid = 会议时长应为{ $min }至{ $max }分钟（须为整分钟）。
error_reminder_invalid = 请从提供的提醒选项中选择一个。
waiting_auto = 请保持此页面打开：会议开始时，它会自动带您进入会议室。
waiting_nojs = 此页面每30秒自动刷新一次，会议开始时会带您进入会议室。

consent_title = 进入之前
consent_text = 本会议在{ $jitsi }上进行。进入之前，请阅读隐私声明。
consent_link = 隐私声明
button_enter = 进入会议室

error_title = 出错了
back = 返回预约表单
notfound_title = 找不到该会议
notfound_text = 此邀请不存在，或会议已经结束。请检查链接，或输入邀请ID：
field_invite_id = 邀请ID
button_open = 打开
error_method = 此地址不接受这种类型的请求。
error_unauthorized = 访问此地址需要运营方Jitsi服务器的预约令牌。
error_reservation_name = 会议室名称（name）缺失，或不是有效的会议室名称。
error_reservation_start_time = 开始时间（start_time）缺失，或不是类似2026-12-01T09:00:00.000Z这样的日期时间。
reservation_opens = 此会议将于{ $time }（{ $zone }）开放。
reservation_unknown = 此会议室未在本服务器上预约，或预约时间已过。
error_too_large = 请求过大。
error_timeout = 请求未能及时送达。请重试。
error_uri_too_long = 地址过长。
error_headers_too_large = 请求的标头字段过多。
error_protocol = 不支持此HTTP版本。
error_field_only_for_update = 字段{ $field }仅用于更改会议（action=update）。
error_field_only_for_occurrence = 字段{ $field }仅用于跳过、改期或恢复某一次会议。
error_media_type = 请以application/x-www-form-urlencoded格式发送表单。
unavailable_title = 暂时无法使用
error_unavailable = 目前无法连接数据库。请几分钟后重试。
error_internal = Planado内部出现错误。运营方可以在服务器日志中查看详细信息。
error_encoding = 请求中包含格式错误的字符（百分号编码有误，或文本不是UTF-8编码）。
error_too_many_params = 请求的参数过多。
error_name_missing = 请输入会议名称。
error_name_too_long = 名称最多{ $max }个字符。
error_name_invalid = 名称不能包含换行符等控制字符。
error_date_missing = 请选择日期。
error_date_invalid = 日期必须是真实存在的日期，格式为YYYY-MM-DD。
error_time_missing = 请选择时间。
error_time_invalid = 时间格式须为HH:MM，范围为00:00至23:59。
error_tz_invalid = “{ $tz }”不是已知的时区。
error_repeat_invalid = 请从提供的重复选项中选择一个。
error_repeat_start = 此重复规则与开始日期不符：“每个工作日”必须从周一至周五中的某一天开始，“每月最后一个同样的星期几”必须从当月最后一个这样的星期几开始（例如最后一个星期五）。
error_count_invalid = 会议次数必须是1至{ $max }之间的整数。
error_time_nonexistent = { $tz }时区不存在{ $time }这个时间：夏令时切换时，时钟会跳过这一小时。请选择其他时间。
error_start_past = 开始时间已经过去。请选择一个更晚的时间。
error_start_far = 会议最多只能提前{ $years }年预约。
error_id_missing = 缺少邀请ID。
error_too_many_bookings = 本小时内来自您所在网络的预约过多。请稍后重试。
error_cross_site = 此表单来自其他网站，因此未被执行。请直接使用Planado自己的页面。
error_action_invalid = 未知操作。
error_body_incomplete = 请求正文在达到声明的长度之前就结束了。

admin_title = 管理您的会议
label_next = 下一次会议
label_progress = 进度
label_upcoming = 接下来的系列会议
label_current = 本次
progress_text = 第{ $n }次，共{ $count }次
enter_title = 立即进入
enter_text = 作为组织者，您可以随时打开会议室，包括在开始之前。
button_enter_now = 立即进入会议室
change_title = 更改日期和时间
change_text = 邀请链接保持不变：您邀请的每个人手中的链接仍然有效。更改后的系列会议将从新的日期重新开始。
field_tz = 时区
button_save = 保存更改
cancel_title = 取消会议
cancel_text = 邀请链接将对所有人失效。此操作无法撤销。
button_cancel = 取消会议…
confirm_title = 要取消会议吗？
confirm_question = 确定要取消此会议吗？邀请链接将对所有人失效。
button_cancel_confirm = 是，取消会议
button_keep = 否，保留会议
cancelled_title = 已取消
cancelled_text = 会议已取消。相关链接已失效。
changed_notice = 您的更改已保存。
calendar_summary_default = 视频会议
calendar_description = 加入视频会议：{ $invite }
add_to_calendar = 添加到日历（.ics）

legacy_key_renewed = 此会议是从旧版Planado迁移过来的。旧版的管理链接可能被受邀者推算出来，因此旧的管理链接已经失效。请保存好下面的新链接：这是更改或取消会议的唯一途径。
label_new_admin = 您的新管理链接
open_new_admin = 打开新管理链接
error_changed_meanwhile = 在您编辑期间，有人更改了此会议，因此您的更改未被保存。请重新打开管理链接查看当前状态，然后再次进行更改。
error_sequence_invalid = 表单已损坏（其版本号不是数字）。请重新打开管理链接。
public_jitsi_organiser = 您的会议室位于公共服务器meet.jit.si上。只有在主持人加入并登录（使用Google、GitHub或Facebook账号）后，meet.jit.si才会开放会议室。请在开始时第一个加入，并在meet.jit.si要求时登录；在此之前，您的来宾会看到会议正在等待主持人。
public_jitsi_guest = 此会议位于公共服务器meet.jit.si上：组织者加入并登录后，会议室才会开放。如果meet.jit.si显示正在等待主持人，请保持该页面打开；组织者到达后，您就会被允许进入。

## 会议室的入场设置（等候室、密码、人数上限）
door_title = 谁可以进入
field_lobby = 让来宾在等候室等待，由主持人准许进入
field_lobby_hint = 由主持人准许来宾进入；使用会议室令牌时，通过您的组织者链接进入的人就是主持人。
field_password = 会议室密码
field_password_hint = 可选。只向您显示，除非您把它写进邀请。
field_max_participants = 最多参会人数
field_max_participants_hint = 可选：会议室内的人数不会超过此数。
field_password_in_invitation = 在邀请和日历条目中附上密码
door_needs_jitsi = 要使用等候室、会议室密码和人数上限，需要一个在开放会议室前先询问本Planado的Jitsi（即其预约后端）；当前部署中没有这样的Jitsi。
label_door = 谁可以进入
door_lobby_on = 来宾在等候室等待，由主持人准许进入。
door_password_private = 会议室密码：{ $password }（未写入邀请：请自行告知来宾）
door_password_shared = 会议室密码：{ $password }（已写入邀请）
door_max_on = 最多{ $max }名参会者。
door_lobby_guest = 组织者会准许您从等候室进入。
door_password_guest = 会议室密码：{ $password }
error_door_needs_jitsi = 要使用等候室、会议室密码或人数上限，需要一个在开放会议室前先询问本Planado的Jitsi；当前部署中没有这样的Jitsi（未设置reservations_api_token）。
error_flag_invalid = { $field }的值须为true或false。
error_password_invalid = 会议室密码须为1至{ $max }个字符，且不含控制字符。
error_max_participants_invalid = 最多参会人数须为{ $min }至{ $max }之间的整数。

## 随会议同步更新的日历：订阅，以及系列会议中的例外
subscribe_title = 在日历中订阅
subscribe_text = 订阅的日历会自动重新获取会议信息，并同步每一项更改：新的时间、跳过或改期的会议、会议取消。
subscribe_or_download = 订阅后，您的日历会同步会议的每一项更改；下载后，日历中保留的是会议当前的样子。
subscribe_webcal = 订阅（日历程序）
subscribe_google = 在Google日历中订阅
subscribe_outlook = 在Outlook网页版中订阅
subscribe_address = 日历地址（用于手动订阅）
subscribe_named_text = 在日历条目中显示会议名称：由于名称会成为地址的一部分，日历服务提供商（Google、Microsoft或您自己的服务器）将能看到该名称。
subscribe_named_webcal = 带名称订阅（日历程序）
subscribe_named_google = 在Google日历中带名称订阅
subscribe_named_outlook = 在Outlook网页版中带名称订阅
subscribe_name_note = 订阅的条目名为“视频会议”：日历服务器自行获取订阅源，永远看不到您链接中的名称。带名称（name=…）的订阅源地址会显示名称，但这样日历服务提供商就会看到该名称。
subscribe_refresh_note = 有些日历每天只更新一次，许多日历还会丢弃订阅日历中的提醒。本页面始终显示会议的最新状态。
calendar_cancelled = 此会议已取消。
occurrences_text = 您可以跳过某一次会议（例如遇到节假日）或为其改期；链接保持不变，订阅的日历也会同步更新。
label_skipped = 已跳过
label_moved_from = 原定于{ $time }
button_skip = 跳过
button_move = 改期
button_move_save = 为此次会议改期
button_restore = 恢复
error_feed_invalid = 参数feed必须为1或省略。
error_occurrence_missing = 请指定是哪一次会议（填写其开始时间，例如2026-03-19T09:00:00Z）。
error_occurrence_invalid = 指定某一次会议时，须使用RFC 3339格式的开始时间，例如2026-03-19T09:00:00Z。
error_occurrence_unknown = 此会议在该时间没有安排。
error_exception_one_off = 单次会议没有可跳过或改期的场次：请直接更改其日期。
error_exception_past = 只有尚未开始的会议才能跳过或改期，而且只能改到将来的时间。
error_exception_none = 此次会议既未跳过也未改期。
error_exception_last = 这是剩下的最后一次会议：请取消会议，而不是跳过它。
error_exception_order = 改期后的会议必须在前一次之后、后一次之前，且时间与两者都不相同。
error_exceptions_too_many = 每个会议最多只能跳过或改期{ $max }次。


## 语言和无障碍
language_menu_label = 语言
skip_link = 跳到主要内容
error_summary = 表单未发送：请更正下方标出的字段。
waiting_stop_reload = 停止自动刷新此页面
waiting_reload_stopped = 此页面已不再自动刷新。请在开始时再次检查，或届时打开邀请链接。
button_check_again = 再次检查
field_auto_enter = 会议室开放时自动进入
waiting_room_open = 会议室已开放。
countdown_announce = 会议室将在{ $minutes }分钟后开放。
countdown_entering = 会议室已开放：正在进入。
accessibility_link = 无障碍
accessibility_title = 无障碍声明
accessibility_intro = Planado希望每一位访客都能预约会议、等候会议并进入会议：无论是只用键盘、使用屏幕阅读器、在小屏幕上还是使用大字体，也无论使用哪种语言。
accessibility_standard = Planado力求符合《Web内容无障碍指南》（WCAG）2.2的AA级。欧洲标准EN 301 549、法国的RGAA和德国的BITV都以该指南为基础。
accessibility_tested_title = 测试方式
accessibility_tested = 每个版本发布前都会经过自动测试：axe-core会在每种状态下检查每个页面（空白的和有错误的预约表单、确认页面、开放前、开放时以及未启用JavaScript时的等候页面、进入页面、每次操作后的组织者页面、错误页面），涵盖英语、德语和阿拉伯语，分别按手机和桌面的宽度，依据WCAG 2.0、2.1和2.2中A级和AA级的规则进行检查。另有一项浏览器测试仅用键盘完成预约会议、复制邀请、更改和取消会议。文字放大到200%以及窗口宽度为320像素时，内容必须能够重新排列且不丢失信息。
accessibility_pages = 每个页面在没有JavaScript的情况下都能正常使用。倒计时只在关键时刻通过屏幕阅读器播报（开放前10分钟、5分钟和1分钟，以及会议室开放时）；当系统要求减少动态效果时，页面上不会有任何动画；自动刷新的等候页面也可以停止刷新。
accessibility_limits_title = 已知限制
accessibility_limits = 会议本身在Jitsi Meet中进行，而Jitsi Meet不属于Planado：那里的无障碍情况取决于Jitsi Meet本身。自动测试能发现许多障碍，但无法发现全部；显示已订阅会议的日历程序同样不在Planado的范围内。
accessibility_report_title = 报告障碍
accessibility_report_contact = 如果这些页面上的某些内容妨碍了您的使用，请通过{ $contact }联系我们。请说明是哪个页面以及发生了什么；您会收到答复，我们会消除该障碍或提供替代方案。
accessibility_report_operator = 如果这些页面上的某些内容妨碍了您的使用，请告知本网站的运营方，即运行此Planado的人。请说明是哪个页面以及发生了什么。
