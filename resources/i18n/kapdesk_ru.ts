<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru" sourcelanguage="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../kapdesk/gui/about.py" line="62" />
      <source>About kapdesk</source>
      <translation>О kapdesk</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/about.py" line="64" />
      <source>Version %1</source>
      <translation>Версия %1</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/about.py" line="68" />
      <source>A back-office console for merchants on Kapital Bank's e-commerce gateway: look up orders, clear or release holds, refund and pay out to cards.</source>
      <translation>Консоль бэк-офиса для магазинов на платёжном шлюзе Kapital Bank: поиск заказов, списание и снятие блокировок, возвраты и выплаты на карты.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/about.py" line="71" />
      <source>Licence: %1.</source>
      <translation>Лицензия: %1.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/about.py" line="72" />
      <source>Built with Qt %1 and PySide6 %2 (LGPLv3).</source>
      <translation>Собрано на Qt %1 и PySide6 %2 (LGPLv3).</translation>
    </message>
  </context>
  <context>
    <name>AmountInput</name>
    <message>
      <location filename="../../kapdesk/gui/money/amount_input.py" line="44" />
      <source>Full amount</source>
      <translation>Вся сумма</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/amount_input.py" line="47" />
      <source>Up to %1</source>
      <translation>До %1</translation>
    </message>
  </context>
  <context>
    <name>ApprovalsPanel</name>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="177" />
      <source>Journal entry %1 was approved by %2: select it under the Journal tab and press Send approved.</source>
      <translation>Запись журнала %1 одобрена пользователем %2: выберите её на вкладке «Журнал» и нажмите «Отправить одобренное».</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="184" />
      <source>approved by %1: to be sent</source>
      <translation>одобрено: %1; ждёт отправки</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="186" />
      <source>awaiting a supervisor</source>
      <translation>ждёт супервизора</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="237" />
      <source>Journal entry %1 approved.</source>
      <translation>Запись журнала %1 одобрена.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="240" />
      <source>Journal entry %1 rejected: nothing was sent.</source>
      <translation>Запись журнала %1 отклонена: ничего не отправлено.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="276" />
      <source>Entry</source>
      <translation>Запись</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="277" />
      <source>Asked at (Baku)</source>
      <translation>Запрошено (Баку)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="278" />
      <source>Order</source>
      <translation>Заказ</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="279" />
      <source>Operation</source>
      <translation>Операция</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="280" />
      <source>Amount</source>
      <translation>Сумма</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="281" />
      <source>Asked by (workstation)</source>
      <translation>Кто запросил (рабочее место)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="282" />
      <source>State</source>
      <translation>Состояние</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="285" />
      <source>Reason for rejecting (required)</source>
      <translation>Причина отклонения (обязательно)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="286" />
      <source>Approve</source>
      <translation>Одобрить</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="287" />
      <source>Reject</source>
      <translation>Отклонить</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="288" />
      <source>Send approved</source>
      <translation>Отправить одобренное</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="290" />
      <source>Only the person who asked sends it, once approved. A payout needs its card number typed again: it is kept nowhere.</source>
      <translation>Отправляет только тот, кто запросил, после одобрения. Для выплаты номер карты нужно ввести снова: он нигде не хранится.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="293" />
      <source>the payout's card number, again</source>
      <translation>номер карты выплаты, ещё раз</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="303" />
      <source>Approvals (four-eyes): %1 waiting or approved</source>
      <translation>Одобрения (четыре глаза): %1 ожидают или одобрены</translation>
    </message>
  </context>
  <context>
    <name>ColumnPicker</name>
    <message>
      <location filename="../../kapdesk/gui/lookup/column_picker.py" line="40" />
      <source>Choose the column with order ids</source>
      <translation>Выберите столбец с номерами заказов</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/column_picker.py" line="48" />
      <source>The first row is a header</source>
      <translation>Первая строка — заголовок</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/column_picker.py" line="56" />
      <source>%1 rows in the file.</source>
      <translation>Строк в файле: %1.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/column_picker.py" line="57" />
      <source>Column:</source>
      <translation>Столбец:</translation>
    </message>
  </context>
  <context>
    <name>ConfirmDialog</name>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="73" />
      <source>Confirm: %1</source>
      <translation>Подтвердите: %1</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="79" />
      <source>Operation</source>
      <translation>Операция</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="81" />
      <source>Orders</source>
      <translation>Заказы</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="84" />
      <source>Total</source>
      <translation>Итого</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="87" />
      <source>new order</source>
      <translation>новый заказ</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="88" />
      <source>Order</source>
      <translation>Заказ</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="89" />
      <source>Amount</source>
      <translation>Сумма</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="90" />
      <source>Currency</source>
      <translation>Валюта</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="91" />
      <source>Card</source>
      <translation>Карта</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="91" />
      <location filename="../../kapdesk/gui/money/confirmation.py" line="162" />
      <source>unknown</source>
      <translation>неизвестно</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="92" />
      <source>Environment</source>
      <translation>Среда</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="96" />
      <source>Reason</source>
      <translation>Причина</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="109" />
      <source>Type the amount again</source>
      <translation>Введите сумму ещё раз</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="130" />
      <source>PRODUCTION: this moves real money.</source>
      <translation>РАБОЧАЯ СРЕДА: это переводит реальные деньги.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="136" />
      <source>%1: no real money moves.</source>
      <translation>%1: реальные деньги не двигаются.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="144" />
      <source>%1: this may move real money.</source>
      <translation>%1: это может переводить реальные деньги.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="159" />
      <source>none given</source>
      <translation>не указана</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="172" />
      <source>The amounts differ.</source>
      <translation>Суммы не совпадают.</translation>
    </message>
  </context>
  <context>
    <name>ConnectionCheck</name>
    <message>
      <location filename="../../kapdesk/gui/profiles/connection_check.py" line="60" />
      <source>Connected: the gateway answered and took the login.</source>
      <translation>Подключено: шлюз ответил и принял учётные данные.</translation>
    </message>
  </context>
  <context>
    <name>ConsoleStatusBar</name>
    <message>
      <location filename="../../kapdesk/gui/status_bar.py" line="63" />
      <source>Profile: %1</source>
      <translation>Профиль: %1</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/status_bar.py" line="65" />
      <source>%1 in team %2</source>
      <translation>%1, команда: %2</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/status_bar.py" line="71" />
      <source>Starting the sandbox…</source>
      <translation>Запуск песочницы…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/status_bar.py" line="72" />
      <source>Connected</source>
      <translation>Подключено</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/status_bar.py" line="73" />
      <source>Connecting…</source>
      <translation>Подключение…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/status_bar.py" line="74" />
      <source>Gateway not reachable</source>
      <translation>Шлюз недоступен</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/status_bar.py" line="83" />
      <source>SANDBOX (simulated, no real money)</source>
      <translation>ПЕСОЧНИЦА (имитация, без реальных денег)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/status_bar.py" line="86" />
      <source>Kapital test environment</source>
      <translation>Тестовая среда Kapital</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/status_bar.py" line="87" />
      <source>PRODUCTION: real money</source>
      <translation>РАБОЧАЯ СРЕДА: реальные деньги</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/status_bar.py" line="88" />
      <source>Custom gateway</source>
      <translation>Другой шлюз</translation>
    </message>
  </context>
  <context>
    <name>DisputesTab</name>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="135" />
      <source>Due</source>
      <translation>Срок</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="135" />
      <source>Order</source>
      <translation>Заказ</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="135" />
      <source>State</source>
      <translation>Состояние</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="135" />
      <source>Reason code</source>
      <translation>Код причины</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="136" />
      <source>Amount</source>
      <translation>Сумма</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="136" />
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="145" />
      <source>Received</source>
      <translation>Получен</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="138" />
      <source>Why the state changes (required)</source>
      <translation>Почему меняется состояние (обязательно)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="139" />
      <source>Change state</source>
      <translation>Изменить состояние</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="140" />
      <source>Evidence pack…</source>
      <translation>Пакет доказательств…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="141" />
      <source>Order id</source>
      <translation>ID заказа</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="142" />
      <source>Disputed amount</source>
      <translation>Оспариваемая сумма</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="143" />
      <source>Notes</source>
      <translation>Заметки</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="144" />
      <source>Open a dispute</source>
      <translation>Открыть спор</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="146" />
      <source>Response due</source>
      <translation>Срок ответа</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="207" />
      <source>Dispute opened on order %1.</source>
      <translation>По заказу %1 открыт спор.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="279" />
      <source>Dispute on order %1 changed.</source>
      <translation>Спор по заказу %1 изменён.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="288" />
      <source>Save the evidence pack</source>
      <translation>Сохранить пакет доказательств</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="303" />
      <source>Evidence pack written to %1 (%2 pages).</source>
      <translation>Пакет доказательств записан в %1 (страниц: %2).</translation>
    </message>
  </context>
  <context>
    <name>EvidencePdf</name>
    <message>
      <location filename="../../kapdesk/app/evidence_pdf.py" line="31" />
      <source>Dispute evidence pack: order %1</source>
      <translation>Пакет доказательств по спору: заказ %1</translation>
    </message>
    <message>
      <location filename="../../kapdesk/app/evidence_pdf.py" line="32" />
      <source>Generated %1 (Baku time)</source>
      <translation>Создан %1 (время Баку)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/app/evidence_pdf.py" line="33" />
      <source>What the data says</source>
      <translation>Что говорят данные</translation>
    </message>
    <message>
      <location filename="../../kapdesk/app/evidence_pdf.py" line="34" />
      <source>What this pack cannot know</source>
      <translation>Чего этот пакет знать не может</translation>
    </message>
    <message>
      <location filename="../../kapdesk/app/evidence_pdf.py" line="35" />
      <source>Page %1 of %2</source>
      <translation>Страница %1 из %2</translation>
    </message>
    <message>
      <location filename="../../kapdesk/app/evidence_pdf.py" line="36" />
      <source>Card numbers are masked; order passwords and 3-D Secure authentication values are never included.</source>
      <translation>Номера карт замаскированы; пароли заказов и значения аутентификации 3-D Secure никогда не включаются.</translation>
    </message>
  </context>
  <context>
    <name>FirstRunDialog</name>
    <message>
      <location filename="../../kapdesk/gui/profiles/first_run.py" line="42" />
      <source>Welcome to kapdesk</source>
      <translation>Добро пожаловать в kapdesk</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/first_run.py" line="56" />
      <source>There is no profile store on this computer yet. Try kapdesk on its built-in sandbox (no real money), or protect your terminal credentials with a passphrase.</source>
      <translation>На этом компьютере ещё нет хранилища профилей. Попробуйте kapdesk во встроенной песочнице (без реальных денег) или защитите учётные данные терминала парольной фразой.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/first_run.py" line="62" />
      <source>Open the sandbox now</source>
      <translation>Открыть песочницу</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/first_run.py" line="63" />
      <source>Set a passphrase and add a profile</source>
      <translation>Задать парольную фразу и добавить профиль</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/first_run.py" line="75" />
      <source>New passphrase</source>
      <translation>Новая парольная фраза</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/first_run.py" line="76" />
      <source>Type it again</source>
      <translation>Введите ещё раз</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/first_run.py" line="78" />
      <source>Remember on this computer</source>
      <translation>Запомнить на этом компьютере</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/first_run.py" line="92" />
      <source>Test connection</source>
      <translation>Проверить подключение</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/first_run.py" line="93" />
      <source>Create</source>
      <translation>Создать</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/first_run.py" line="94" />
      <source>Back</source>
      <translation>Назад</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/first_run.py" line="114" />
      <source>Testing the connection…</source>
      <translation>Проверка подключения…</translation>
    </message>
  </context>
  <context>
    <name>HelpMenu</name>
    <message>
      <location filename="../../kapdesk/gui/help.py" line="114" />
      <source>&amp;Help</source>
      <translation>&amp;Справка</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/help.py" line="115" />
      <source>kapdesk &amp;help</source>
      <translation>&amp;Справка kapdesk</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/help.py" line="116" />
      <source>&amp;About kapdesk</source>
      <translation>&amp;О kapdesk</translation>
    </message>
  </context>
  <context>
    <name>HelpWindow</name>
    <message>
      <location filename="../../kapdesk/gui/help.py" line="62" />
      <source>kapdesk help</source>
      <translation>Справка kapdesk</translation>
    </message>
  </context>
  <context>
    <name>HoldsModel</name>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="58" />
      <source>expired</source>
      <translation>истекло</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="63" />
      <source>%1 d %2 h</source>
      <translation>%1 д %2 ч</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="69" />
      <source>%1 h %2 min</source>
      <translation>%1 ч %2 мин</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="149" />
      <source>Order ID</source>
      <translation>Номер заказа</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="150" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="151" />
      <source>Authorized</source>
      <translation>Заблокировано</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="152" />
      <source>Cleared</source>
      <translation>Списано</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="153" />
      <source>Remaining</source>
      <translation>Остаток</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="154" />
      <source>Card</source>
      <translation>Карта</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="155" />
      <source>Deadline</source>
      <translation>Крайний срок</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="156" />
      <source>Time left</source>
      <translation>Осталось</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="157" />
      <source>Result</source>
      <translation>Результат</translation>
    </message>
  </context>
  <context>
    <name>HoldsTab</name>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="175" />
      <source>Refresh all</source>
      <translation>Обновить все</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="176" />
      <source>Paste order IDs to check</source>
      <translation>Вставьте номера заказов для проверки</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="177" />
      <source>Check these IDs</source>
      <translation>Проверить эти номера</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="178" />
      <source>Import IDs from file…</source>
      <translation>Импорт номеров из файла…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="179" />
      <source>Show holds cleared today</source>
      <translation>Показать холды, списанные сегодня</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="181" />
      <source>Why (required to release or reverse)</source>
      <translation>Причина (обязательна для снятия или отмены)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="183" />
      <source>Order</source>
      <translation>Заказ</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="184" />
      <source>Authorized</source>
      <translation>Заблокировано</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="185" />
      <source>Already cleared</source>
      <translation>Уже списано</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="186" />
      <source>Remaining</source>
      <translation>Остаток</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="187" />
      <source>Deadline</source>
      <translation>Крайний срок</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="188" />
      <source>Amount to clear</source>
      <translation>Сумма к списанию</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="189" />
      <source>Reason</source>
      <translation>Причина</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="191" />
      <source>Clear</source>
      <translation>Списать</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="192" />
      <source>Release hold</source>
      <translation>Снять блокировку</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="193" />
      <source>Reverse clearing</source>
      <translation>Отменить списание</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="194" />
      <source>Clear selected in full</source>
      <translation>Списать выбранные полностью</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="222" />
      <source>Import order IDs</source>
      <translation>Импорт номеров заказов</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="223" />
      <source>Text or CSV (*.txt *.csv);;All files (*)</source>
      <translation>Текст или CSV (*.txt *.csv);;Все файлы (*)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="231" />
      <source>Cannot read %1: %2</source>
      <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="244" />
      <source>Reading %1 orders…</source>
      <translation>Чтение заказов: %1…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="252" />
      <source>%1 open holds; %2 of %3 orders could not be read.</source>
      <translation>Открытых блокировок: %1; не удалось прочитать %2 из %3 заказов.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="426" />
      <source>This gives back the cleared %1 to the card.</source>
      <translation>Списанные %1 будут возвращены на карту.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="431" />
      <source>It also releases the rest of the hold, %1: nothing stays held, and the order cannot be cleared again.</source>
      <translation>Остаток холда, %1, тоже будет освобождён: ничего не останется заблокированным, и списать по заказу больше нельзя.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="436" />
      <source>This releases the %1 still held.</source>
      <translation>Будут освобождены ещё заблокированные %1.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="440" />
      <source>The cleared %1 stays charged.</source>
      <translation>Списанные %1 остаются списанными.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="448" />
      <source>%1 stays held after this clearing.</source>
      <translation>После этого списания %1 останутся заблокированными.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="456" />
      <source>Warning: this hold expired on %1 (Baku time). The bank may refuse a late clearing, or the cardholder's bank may charge it back.</source>
      <translation>Внимание: срок этого холда истёк %1 (время Баку). Банк может отклонить позднее списание, или банк держателя карты может его опротестовать (chargeback).</translation>
    </message>
  </context>
  <context>
    <name>JournalModel</name>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="244" />
      <source>#</source>
      <translation>№</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="245" />
      <source>Time</source>
      <translation>Время</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="246" />
      <source>Operator</source>
      <translation>Оператор</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="247" />
      <source>Order ID</source>
      <translation>Номер заказа</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="248" />
      <source>Operation</source>
      <translation>Операция</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="249" />
      <source>Amount</source>
      <translation>Сумма</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="250" />
      <source>Card</source>
      <translation>Карта</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="251" />
      <source>State</source>
      <translation>Состояние</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="252" />
      <source>Approval code</source>
      <translation>Код авторизации</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="253" />
      <source>RRN</source>
      <translation>RRN</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="254" />
      <source>Reason</source>
      <translation>Причина</translation>
    </message>
  </context>
  <context>
    <name>JournalState</name>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="386" />
      <source>intended</source>
      <translation>запланировано</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="387" />
      <source>sent</source>
      <translation>отправлено</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="388" />
      <source>done</source>
      <translation>выполнено</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="389" />
      <source>refused</source>
      <translation>отказано</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="390" />
      <source>unknown</source>
      <translation>исход неизвестен</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="391" />
      <source>not_done</source>
      <translation>не выполнено</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="392" />
      <source>awaiting_approval</source>
      <translation>ждёт одобрения</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="393" />
      <source>approved</source>
      <translation>одобрено</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="394" />
      <source>rejected</source>
      <translation>отклонено</translation>
    </message>
  </context>
  <context>
    <name>JournalTab</name>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="174" />
      <location filename="../../kapdesk/gui/tabs/journal.py" line="550" />
      <source>Operator</source>
      <translation>Оператор</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="176" />
      <source>Any operation</source>
      <translation>Любая операция</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="179" />
      <source>Any state</source>
      <translation>Любое состояние</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="182" />
      <source>Any reason</source>
      <translation>Любая причина</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="187" />
      <location filename="../../kapdesk/gui/tabs/journal.py" line="554" />
      <source>Order ID</source>
      <translation>Номер заказа</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="188" />
      <source>Show</source>
      <translation>Показать</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="189" />
      <source>Export CSV…</source>
      <translation>Экспорт в CSV…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="190" />
      <source>Verify chain</source>
      <translation>Проверить цепочку</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="191" />
      <source>Reconcile now</source>
      <translation>Сверить сейчас</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="192" />
      <source>Take over and reconcile</source>
      <translation>Принять и сверить</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="194" />
      <source>For an open entry whose workstation crashed or lost its connection: recorded in the team journal as yours, then checked with the bank. Refused while its workstation is still connected.</source>
      <translation>Для открытой записи, чья рабочая станция упала или потеряла связь: в журнале команды она записывается на вас, затем сверяется с банком. Отказ, пока её рабочая станция ещё подключена.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="198" />
      <source>More</source>
      <translation>Ещё</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="254" />
      <location filename="../../kapdesk/gui/tabs/journal.py" line="299" />
      <source>Cannot read the journal.</source>
      <translation>Не удаётся прочитать журнал.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../kapdesk/gui/tabs/journal.py" line="311" />
      <source>%n entries shown; scroll down for more.</source>
      <translation>
        <numerusform>Показана %n запись; прокрутите вниз, чтобы увидеть больше.</numerusform>
        <numerusform>Показаны %n записи; прокрутите вниз, чтобы увидеть больше.</numerusform>
        <numerusform>Показано %n записей; прокрутите вниз, чтобы увидеть больше.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kapdesk/gui/tabs/journal.py" line="313" />
      <source>%n entries shown.</source>
      <translation>
        <numerusform>Показана %n запись.</numerusform>
        <numerusform>Показаны %n записи.</numerusform>
        <numerusform>Показано %n записей.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kapdesk/gui/tabs/journal.py" line="368" />
      <location filename="../../kapdesk/gui/tabs/journal.py" line="480" />
      <source>%n journal entries are unsettled; see the Journal tab.</source>
      <translation>
        <numerusform>%n запись журнала не закрыта; см. вкладку «Журнал».</numerusform>
        <numerusform>%n записи журнала не закрыты; см. вкладку «Журнал».</numerusform>
        <numerusform>%n записей журнала не закрыто; см. вкладку «Журнал».</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="370" />
      <source>No unsettled journal entries.</source>
      <translation>Незакрытых записей в журнале нет.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="409" />
      <source>Export the journal</source>
      <translation>Экспорт журнала</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="412" />
      <source>CSV files (*.csv)</source>
      <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="421" />
      <source>Writing %1…</source>
      <translation>Запись %1…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="430" />
      <source>Cannot write %1: %2</source>
      <translation>Не удалось записать %1: %2</translation>
    </message>
    <message numerus="yes">
      <location filename="../../kapdesk/gui/tabs/journal.py" line="435" />
      <source>%n entries written.</source>
      <translation>
        <numerusform>Записана %n запись.</numerusform>
        <numerusform>Записано %n записи.</numerusform>
        <numerusform>Записано %n записей.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="442" />
      <source>Checking the journal's chain…</source>
      <translation>Проверка цепочки журнала…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="451" />
      <source>The journal's chain is intact.</source>
      <translation>Цепочка журнала не нарушена.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="455" />
      <source>The journal has been altered:</source>
      <translation>Журнал был изменён:</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="462" />
      <source>Checking with the bank…</source>
      <translation>Сверка с банком…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="470" />
      <source>%1 entries checked; %2 still unknown.</source>
      <translation>Проверено записей: %1; исход всё ещё неизвестен: %2.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="482" />
      <source>All entries are settled.</source>
      <translation>Все записи закрыты.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="493" />
      <source>Taking journal entry %1 over…</source>
      <translation>Запись журнала %1 принимается…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="517" />
      <source>Operator: %1 (OS user %2)</source>
      <translation>Оператор: %1 (пользователь ОС %2)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="519" />
      <source>Operator: not named (OS user %2)</source>
      <translation>Оператор: не указан (пользователь ОС %2)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="548" />
      <source>Entry</source>
      <translation>Запись</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="549" />
      <source>Time</source>
      <translation>Время</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="551" />
      <source>OS user</source>
      <translation>Пользователь ОС</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="552" />
      <source>Profile</source>
      <translation>Профиль</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="553" />
      <source>Environment</source>
      <translation>Среда</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="555" />
      <source>Operation</source>
      <translation>Операция</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="556" />
      <source>Amount</source>
      <translation>Сумма</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="557" />
      <source>Currency</source>
      <translation>Валюта</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="558" />
      <source>Card</source>
      <translation>Карта</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="559" />
      <source>Reason</source>
      <translation>Причина</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="560" />
      <source>State</source>
      <translation>Состояние</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="561" />
      <source>Approval code</source>
      <translation>Код авторизации</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="562" />
      <source>RRN</source>
      <translation>RRN</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="563" />
      <source>Action ID</source>
      <translation>ID действия</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="564" />
      <source>Error code</source>
      <translation>Код ошибки</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="565" />
      <source>Error description</source>
      <translation>Описание ошибки</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="566" />
      <source>Settled at</source>
      <translation>Закрыта</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="567" />
      <source>Note</source>
      <translation>Примечание</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="591" />
      <source>Order before</source>
      <translation>Заказ до</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="592" />
      <source>Order after</source>
      <translation>Заказ после</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="598" />
      <source>Reading…</source>
      <translation>Чтение…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="609" />
      <source>No order before: a payout creates its order.</source>
      <translation>Заказа до операции нет: выплата сама создаёт заказ.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="612" />
      <source>Not recorded: the order was not read before this operation.</source>
      <translation>Не записан: заказ не читался перед этой операцией.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="619" />
      <source>Not read yet: the outcome is not settled.</source>
      <translation>Ещё не прочитан: исход не закрыт.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="621" />
      <source>No order after: the payout's order was never created.</source>
      <translation>Заказа после нет: заказ выплаты так и не создан.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="624" />
      <source>Not recorded: the order was not read again after the outcome.</source>
      <translation>Не записан: после исхода заказ не перечитывался.</translation>
    </message>
  </context>
  <context>
    <name>KnownOrdersSearch</name>
    <message>
      <location filename="../../kapdesk/gui/lookup/known_orders.py" line="65" />
      <source>Known orders: ID, RRN, approval code or card last 4</source>
      <translation>Известные заказы: ID, RRN, код авторизации или последние 4 цифры карты</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/known_orders.py" line="66" />
      <source>Amount</source>
      <translation>Сумма</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/known_orders.py" line="67" />
      <source>Created from</source>
      <translation>Создан с</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/known_orders.py" line="68" />
      <source>Search known orders</source>
      <translation>Искать среди известных заказов</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/known_orders.py" line="71" />
      <source>Any status</source>
      <translation>Любой статус</translation>
    </message>
  </context>
  <context>
    <name>LockCover</name>
    <message>
      <location filename="../../kapdesk/gui/profiles/idle_lock.py" line="136" />
      <source>kapdesk is locked. The credentials were put away.</source>
      <translation>kapdesk заблокирован. Учётные данные убраны из памяти.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/idle_lock.py" line="137" />
      <source>Unlock…</source>
      <translation>Разблокировать…</translation>
    </message>
  </context>
  <context>
    <name>LookupTab</name>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="199" />
      <source>Order ID (or many, separated by spaces, commas or new lines)</source>
      <translation>Номер заказа (или несколько через пробел, запятую или с новой строки)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="201" />
      <source>Look up</source>
      <translation>Найти</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="202" />
      <source>Paste a list</source>
      <translation>Вставить список</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="203" />
      <source>Import a file…</source>
      <translation>Импорт из файла…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="204" />
      <source>Export…</source>
      <translation>Экспорт…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="205" />
      <source>Filter the table (Ctrl+F)</source>
      <translation>Фильтр таблицы (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="206" />
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="207" />
      <source>Show more</source>
      <translation>Показать ещё</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="209" />
      <source>Show the next %1 known orders</source>
      <translation>Показать следующие %1 известных заказов</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="228" />
      <source>No order ID here: %1 is not a positive whole number.</source>
      <translation>Здесь нет номера заказа: %1 — не целое положительное число.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="234" />
      <source>Enter an order ID.</source>
      <translation>Введите номер заказа.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="243" />
      <source>%n entries are not order IDs and were not looked up: %1</source>
      <translation>
        <numerusform>%n запись — не номер заказа, не проверена: %1</numerusform>
        <numerusform>%n записи — не номера заказов, не проверены: %1</numerusform>
        <numerusform>%n записей — не номера заказов, не проверены: %1</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="288" />
      <source>Cancelled after %1 of %2.</source>
      <translation>Отменено после %1 из %2.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="322" />
      <source>%1 of %2 read</source>
      <translation>Прочитано %1 из %2</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="325" />
      <source>; %1 failed</source>
      <translation>; с ошибкой: %1</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="407" />
      <source>%1 known orders shown (saved on this computer); more available</source>
      <translation>Показано известных заказов: %1 (сохранены на этом компьютере); есть ещё</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="412" />
      <source>%1 known orders (saved on this computer)</source>
      <translation>Известных заказов: %1 (сохранены на этом компьютере)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="421" />
      <source>Import order ids</source>
      <translation>Импорт номеров заказов</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="422" />
      <source>Spreadsheets (*.csv *.xlsx *.txt)</source>
      <translation>Таблицы (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="430" />
      <source>Reading %1…</source>
      <translation>Чтение %1…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="440" />
      <source>Cannot read %1.</source>
      <translation>Не удаётся прочитать %1.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="458" />
      <source>Export the table</source>
      <translation>Экспорт таблицы</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="460" />
      <source>CSV for Excel (*.csv)</source>
      <translation>CSV для Excel (*.csv)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="460" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="479" />
      <source>An export is still running.</source>
      <translation>Экспорт ещё выполняется.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="486" />
      <source>Writing %1…</source>
      <translation>Запись %1…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="505" />
      <source>Cannot write %1.</source>
      <translation>Не удаётся записать %1.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="507" />
      <source>%1 rows exported.</source>
      <translation>Экспортировано строк: %1.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="509" />
      <source>%1 rows exported to %2.</source>
      <translation>Экспортировано строк: %1 в %2.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="520" />
      <source>Export cancelled; %1 was not written.</source>
      <translation>Экспорт отменён; %1 не записан.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="22" />
      <source>Lookup</source>
      <translation>Поиск</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="23" />
      <source>Holds</source>
      <translation>Блокировки</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="24" />
      <source>Refunds</source>
      <translation>Возвраты</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="25" />
      <source>Payouts</source>
      <translation>Выплаты</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="26" />
      <source>Journal</source>
      <translation>Журнал</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="27" />
      <source>Disputes</source>
      <translation>Споры</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="233" />
      <source>kapdesk: %1</source>
      <translation>kapdesk: %1</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="238" />
      <source>PRODUCTION: every operation here moves real money.</source>
      <translation>РАБОЧАЯ СРЕДА: каждая операция здесь переводит реальные деньги.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="239" />
      <source>&amp;File</source>
      <translation>&amp;Файл</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="240" />
      <source>&amp;Import order ids…</source>
      <translation>&amp;Импорт номеров заказов…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="241" />
      <source>&amp;Export the table…</source>
      <translation>&amp;Экспорт таблицы…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="242" />
      <source>&amp;Reset the sandbox…</source>
      <translation>&amp;Сбросить песочницу…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="243" />
      <source>&amp;Quit</source>
      <translation>В&amp;ыход</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="244" />
      <source>&amp;Language</source>
      <translation>&amp;Язык</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="248" />
      <source>&amp;Profile</source>
      <translation>&amp;Профиль</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="249" />
      <source>&amp;Manage profiles…</source>
      <translation>&amp;Управление профилями…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="250" />
      <source>&amp;Lock now</source>
      <translation>&amp;Заблокировать сейчас</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="252" />
      <source>Add, change or switch profiles.</source>
      <translation>Добавить, изменить или переключить профиль.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="253" />
      <source>Put the credentials away and cover the window.</source>
      <translation>Убрать учётные данные из памяти и закрыть окно заставкой.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="256" />
      <source>Profiles need kapdesk started without --sandbox.</source>
      <translation>Для профилей kapdesk нужно запустить без --sandbox.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="259" />
      <source>The sandbox holds no secrets: there is nothing to lock away.</source>
      <translation>В песочнице нет секретов: блокировать нечего.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="264" />
      <source>kapdesk</source>
      <translation>kapdesk</translation>
    </message>
  </context>
  <context>
    <name>MoneyAction</name>
    <message>
      <location filename="../../kapdesk/gui/money/action.py" line="78" />
      <source>Working…</source>
      <translation>Выполняется…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/action.py" line="102" />
      <source>Cancelled: nothing was sent.</source>
      <translation>Отменено: ничего не отправлено.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/action.py" line="110" />
      <source>Stopped.</source>
      <translation>Остановлено.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/action.py" line="115" />
      <source>Something went wrong; see the Journal tab for what was sent.</source>
      <translation>Что-то пошло не так; что было отправлено, см. на вкладке «Журнал».</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/action.py" line="128" />
      <source>Nothing was sent: no selected order allows this.</source>
      <translation>Ничего не отправлено: ни один выбранный заказ этого не допускает.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/action.py" line="130" />
      <source>%1 of %2 done; see each row.</source>
      <translation>Выполнено %1 из %2; см. каждую строку.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/action.py" line="174" />
      <source>Approval code %1</source>
      <translation>Код авторизации %1</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/action.py" line="180" />
      <source>RRN %1</source>
      <translation>RRN %1</translation>
    </message>
  </context>
  <context>
    <name>OperatorPrompt</name>
    <message>
      <location filename="../../kapdesk/gui/operator_prompt.py" line="18" />
      <source>Who works under this profile?</source>
      <translation>Кто работает в этом профиле?</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/operator_prompt.py" line="21" />
      <source>Your name, as the journal shall record it beside the computer's user name for every money operation under profile %1. It is asked once and kept in the profile (Profile → Manage profiles… changes it).</source>
      <translation>Ваше имя: журнал запишет его рядом с именем пользователя компьютера при каждой денежной операции в профиле %1. Спрашивается один раз и хранится в профиле (Профиль → Управление профилями… меняет его).</translation>
    </message>
  </context>
  <context>
    <name>OrderDetail</name>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="116" />
      <source>Open a dispute…</source>
      <translation>Открыть спор…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="118" />
      <source>Order ID</source>
      <translation>Номер заказа</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="119" />
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="139" />
      <source>Type</source>
      <translation>Тип</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="120" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="121" />
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="140" />
      <source>Amount</source>
      <translation>Сумма</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="122" />
      <source>Created</source>
      <translation>Создан</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="123" />
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="237" />
      <source>Card</source>
      <translation>Карта</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="124" />
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="144" />
      <source>RRN</source>
      <translation>RRN</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="125" />
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="143" />
      <source>Approval code</source>
      <translation>Код авторизации</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="126" />
      <source>Refunded</source>
      <translation>Возвращено</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="130" />
      <source>Why declined</source>
      <translation>Причина отказа</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="132" />
      <source>Summary</source>
      <translation>Сводка</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="132" />
      <source>Transactions</source>
      <translation>Транзакции</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="132" />
      <source>Card and 3-D Secure</source>
      <translation>Карта и 3-D Secure</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="137" />
      <source>Time (Baku)</source>
      <translation>Время (Баку)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="138" />
      <source>Phase</source>
      <translation>Фаза</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="141" />
      <source>Currency</source>
      <translation>Валюта</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="142" />
      <source>Reversal</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="145" />
      <source>Result</source>
      <translation>Результат</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="148" />
      <source>Copy ID</source>
      <translation>Копировать номер</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="149" />
      <source>Copy RRN</source>
      <translation>Копировать RRN</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="150" />
      <source>Copy approval code</source>
      <translation>Копировать код авторизации</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="172" />
      <source>Not read yet.</source>
      <translation>Ещё не прочитан.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="192" />
      <source>%1 (Baku, UTC+04:00)</source>
      <translation>%1 (Баку, UTC+04:00)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="197" />
      <source>%1 UTC</source>
      <translation>%1 UTC</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="223" />
      <source>yes</source>
      <translation>да</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="226" />
      <source>approved</source>
      <translation>одобрено</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="228" />
      <source>declined (%1)</source>
      <translation>отклонено (%1)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="238" />
      <source>Brand</source>
      <translation>Платёжная система</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="239" />
      <source>Expiry (MMYY)</source>
      <translation>Срок действия (ММГГ)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="240" />
      <source>CVV2 check</source>
      <translation>Проверка CVV2</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="241" />
      <source>3-D Secure 1 result</source>
      <translation>Результат 3-D Secure 1</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="242" />
      <source>3-D Secure 2 result</source>
      <translation>Результат 3-D Secure 2</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="243" />
      <source>3-D Secure protocol</source>
      <translation>Протокол 3-D Secure</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="244" />
      <source>ECI</source>
      <translation>ECI</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="245" />
      <source>Authenticated at</source>
      <translation>Время аутентификации</translation>
    </message>
  </context>
  <context>
    <name>OrderStatus</name>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="317" />
      <source>Preparing</source>
      <translation>Создан</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="318" />
      <source>Cancelled</source>
      <translation>Отменён</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="319" />
      <source>Rejected</source>
      <translation>Отклонён процессингом</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="320" />
      <source>Refused</source>
      <translation>Не оплачен</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="321" />
      <source>Expired</source>
      <translation>Истёк</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="322" />
      <source>Authorized</source>
      <translation>Заблокирован</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="323" />
      <source>PartiallyPaid</source>
      <translation>Частично оплачен</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="324" />
      <source>FullyPaid</source>
      <translation>Оплачен</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="325" />
      <source>Funded</source>
      <translation>Дебет выполнен</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="326" />
      <source>Declined</source>
      <translation>Отклонён</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="327" />
      <source>Voided</source>
      <translation>Аннулирован</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="328" />
      <source>Refunded</source>
      <translation>Возвращён</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="329" />
      <source>Closed</source>
      <translation>Закрыт</translation>
    </message>
  </context>
  <context>
    <name>OrdersModel</name>
    <message>
      <location filename="../../kapdesk/gui/lookup/export_cells.py" line="29" />
      <source>Time zone</source>
      <translation>Часовой пояс</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/export_cells.py" line="30" />
      <source>Error</source>
      <translation>Ошибка</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="25" />
      <source>Order ID</source>
      <translation>Номер заказа</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="26" />
      <source>Type</source>
      <translation>Тип</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="27" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="28" />
      <source>Amount</source>
      <translation>Сумма</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="29" />
      <source>Currency</source>
      <translation>Валюта</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="30" />
      <source>Created</source>
      <translation>Создан</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="31" />
      <source>Card</source>
      <translation>Карта</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="32" />
      <source>RRN</source>
      <translation>RRN</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="33" />
      <source>Approval code</source>
      <translation>Код авторизации</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="34" />
      <source>Refunded</source>
      <translation>Возвращено</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="35" />
      <source>Age</source>
      <translation>Возраст</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="36" />
      <source>Refreshed</source>
      <translation>Обновлён</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="79" />
      <source>%1 d %2 h</source>
      <translation>%1 д %2 ч</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="85" />
      <source>%1 h %2 min</source>
      <translation>%1 ч %2 мин</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="89" />
      <source>%1 min</source>
      <translation>%1 мин</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/orders_model.py" line="63" />
      <source>This order has a dispute case.</source>
      <translation>По этому заказу есть спор.</translation>
    </message>
  </context>
  <context>
    <name>PayoutsTab</name>
    <message>
      <location filename="../../kapdesk/gui/tabs/payouts.py" line="98" />
      <source>Card number</source>
      <translation>Номер карты</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/payouts.py" line="100" />
      <source>Required: why this payout</source>
      <translation>Обязательно: причина выплаты</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/payouts.py" line="103" />
      <source>Amount</source>
      <translation>Сумма</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/payouts.py" line="104" />
      <source>Currency</source>
      <translation>Валюта</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/payouts.py" line="105" />
      <source>Card</source>
      <translation>Карта</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/payouts.py" line="106" />
      <source>Reason</source>
      <translation>Причина</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/payouts.py" line="108" />
      <source>Pay out</source>
      <translation>Выплатить</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/payouts.py" line="130" />
      <source>Card number looks right.</source>
      <translation>Номер карты выглядит верным.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/payouts.py" line="169" />
      <source>Enter a valid card number.</source>
      <translation>Введите правильный номер карты.</translation>
    </message>
  </context>
  <context>
    <name>ProfileForm</name>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="54" />
      <source>your name, as the journal shall record it</source>
      <translation>ваше имя, как его запишет журнал</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="57" />
      <source>Sandbox (built in, no real money)</source>
      <translation>Песочница (встроенная, без реальных денег)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="58" />
      <source>Kapital Bank test</source>
      <translation>Тестовая среда Kapital Bank</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="59" />
      <source>Production (real money)</source>
      <translation>Рабочая среда (реальные деньги)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="60" />
      <source>Custom address</source>
      <translation>Другой адрес</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="75" />
      <source>Larger payouts and refunds are refused.</source>
      <translation>Выплаты и возвраты больше этой суммы отклоняются.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="76" />
      <source>Verify the gateway's TLS certificate</source>
      <translation>Проверять TLS-сертификат шлюза</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="79" />
      <source>Production: every operation moves real money. TLS verification stays on.</source>
      <translation>Рабочая среда: каждая операция переводит реальные деньги. Проверка TLS всегда включена.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="82" />
      <source>Team journal (PostgreSQL)</source>
      <translation>Журнал команды (PostgreSQL)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="91" />
      <source>Paste the team's CA certificate (PEM); not needed for a server on this computer.</source>
      <translation>Вставьте сертификат CA команды (PEM); для сервера на этом компьютере не нужен.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="101" />
      <source>Name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="102" />
      <source>Operator</source>
      <translation>Оператор</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="103" />
      <source>Environment</source>
      <translation>Среда</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="105" />
      <source>Base URL</source>
      <translation>Базовый URL</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="106" />
      <source>Terminal user</source>
      <translation>Пользователь терминала</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="107" />
      <source>Terminal password</source>
      <translation>Пароль терминала</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="108" />
      <source>Default currency</source>
      <translation>Валюта по умолчанию</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="109" />
      <source>Language</source>
      <translation>Язык</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="110" />
      <source>Hold validity (days)</source>
      <translation>Срок блокировки (дней)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="111" />
      <source>Lock after idle (minutes)</source>
      <translation>Блокировать после бездействия (минут)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="112" />
      <source>Limit per payout or refund</source>
      <translation>Лимит на одну выплату или возврат</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="115" />
      <source>Address</source>
      <translation>Адрес</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="116" />
      <source>Database password</source>
      <translation>Пароль базы данных</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="117" />
      <source>CA certificate</source>
      <translation>Сертификат CA</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="131" />
      <source>filled in when the sandbox starts</source>
      <translation>заполняется при запуске песочницы</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="151" />
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="164" />
      <source>unchanged</source>
      <translation>без изменений</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="168" />
      <source>unchanged (paste another to replace it)</source>
      <translation>без изменений (вставьте другой, чтобы заменить)</translation>
    </message>
  </context>
  <context>
    <name>ProfileManagerDialog</name>
    <message>
      <location filename="../../kapdesk/gui/profiles/manager.py" line="43" />
      <source>Profiles</source>
      <translation>Профили</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/manager.py" line="50" />
      <source>Add</source>
      <translation>Добавить</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/manager.py" line="51" />
      <source>Remove…</source>
      <translation>Удалить…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/manager.py" line="52" />
      <source>Use this profile</source>
      <translation>Использовать этот профиль</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/manager.py" line="53" />
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/manager.py" line="54" />
      <source>Test connection</source>
      <translation>Проверить подключение</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/manager.py" line="91" />
      <source>%1 (active)</source>
      <translation>%1 (активный)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/manager.py" line="130" />
      <source>Saved.</source>
      <translation>Сохранено.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/manager.py" line="145" />
      <source>Remove profile</source>
      <translation>Удалить профиль</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/manager.py" line="146" />
      <source>Remove the profile “%1” and its stored password?</source>
      <translation>Удалить профиль «%1» и сохранённый в нём пароль?</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/manager.py" line="187" />
      <source>Testing the connection…</source>
      <translation>Проверка подключения…</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="19" />
      <source>&amp;Look in:</source>
      <translation>&amp;Перейти к:</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="20" />
      <source>File &amp;name:</source>
      <translation>&amp;Имя файла:</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="21" />
      <source>Files of &amp;type:</source>
      <translation>&amp;Типы файлов:</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="22" />
      <source>&amp;Save</source>
      <translation>&amp;Сохранить</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="23" />
      <source>&amp;Open</source>
      <translation>&amp;Открыть</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="24" />
      <source>&amp;Choose</source>
      <translation>&amp;Выбрать</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="25" />
      <source>Save As</source>
      <translation>Сохранить как</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="26" />
      <source>Open</source>
      <translation>Открыть</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="27" />
      <source>Back</source>
      <translation>Назад</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="28" />
      <source>Forward</source>
      <translation>Вперёд</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="29" />
      <source>Parent Directory</source>
      <translation>Родительский каталог</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="30" />
      <source>Create New Folder</source>
      <translation>Создать папку</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="31" />
      <source>New Folder</source>
      <translation>Новая папка</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="32" />
      <source>List View</source>
      <translation>Список</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="33" />
      <source>Detail View</source>
      <translation>Подробный вид</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="34" />
      <source>All Files (*)</source>
      <translation>Все файлы (*)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="35" />
      <source>Show &amp;hidden files</source>
      <translation>Показать ск&amp;рытые файлы</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="36" />
      <source>&amp;Rename</source>
      <translation>&amp;Переименовать</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="37" />
      <source>&amp;Delete</source>
      <translation>&amp;Удалить</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="38" />
      <source>&amp;New Folder</source>
      <translation>&amp;Новая папка</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="39" />
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>%1 уже существует.
Заменить его?</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="40" />
      <source>Name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="41" />
      <source>Size</source>
      <translation>Размер</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="42" />
      <source>Type</source>
      <translation>Тип</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="43" />
      <source>Date Modified</source>
      <translation>Дата изменения</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="53" />
      <source>&amp;Undo</source>
      <translation>&amp;Отменить действие</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="54" />
      <source>&amp;Redo</source>
      <translation>&amp;Повторить действие</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="55" />
      <source>Cu&amp;t</source>
      <translation>&amp;Вырезать</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="56" />
      <source>&amp;Copy</source>
      <translation>&amp;Копировать</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="57" />
      <source>&amp;Paste</source>
      <translation>В&amp;ставить</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="58" />
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="59" />
      <source>Select All</source>
      <translation>Выделить всё</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="45" />
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="46" />
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="47" />
      <source>&amp;Yes</source>
      <translation>&amp;Да</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="48" />
      <source>&amp;No</source>
      <translation>&amp;Нет</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="49" />
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="50" />
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="51" />
      <source>Open</source>
      <translation>Открыть</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="60" />
      <source>&amp;Copy</source>
      <translation>&amp;Копировать</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="61" />
      <source>Copy &amp;Link Location</source>
      <translation>Скопировать &amp;адрес ссылки</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="62" />
      <source>Select All</source>
      <translation>Выделить всё</translation>
    </message>
  </context>
  <context>
    <name>ReasonInput</name>
    <message>
      <location filename="../../kapdesk/gui/money/reason_input.py" line="58" />
      <source>Choose a reason…</source>
      <translation>Выберите причину…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/reason_input.py" line="90" />
      <source>Choose the kind of reason: it is kept in the journal.</source>
      <translation>Выберите вид причины: он сохраняется в журнале.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/reason_input.py" line="92" />
      <source>Enter a reason: it is kept in the journal.</source>
      <translation>Укажите причину: она сохраняется в журнале.</translation>
    </message>
  </context>
  <context>
    <name>RefundsTab</name>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="189" />
      <source>Read order</source>
      <translation>Прочитать заказ</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="192" />
      <source>Order ID</source>
      <translation>Номер заказа</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="193" />
      <source>Order</source>
      <translation>Заказ</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="195" />
      <source>Required: why the money goes back</source>
      <translation>Обязательно: почему деньги возвращаются</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="197" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="198" />
      <source>Shop's text</source>
      <translation>Текст магазина</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="199" />
      <source>Card</source>
      <translation>Карта</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="200" />
      <source>Paid at</source>
      <translation>Время оплаты</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="201" />
      <source>Transactions</source>
      <translation>Транзакции</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="202" />
      <source>Paid</source>
      <translation>Оплачено</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="203" />
      <source>Refunded so far</source>
      <translation>Уже возвращено</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="204" />
      <source>Still refundable</source>
      <translation>Ещё можно вернуть</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="205" />
      <source>Amount</source>
      <translation>Сумма</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="206" />
      <source>Reason</source>
      <translation>Причина</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="208" />
      <source>Refund</source>
      <translation>Вернуть</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="209" />
      <source>Reverse (same day)</source>
      <translation>Отменить (в тот же день)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="240" />
      <source>Enter an order ID (digits only).</source>
      <translation>Введите номер заказа (только цифры).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="242" />
      <source>Reading order %1…</source>
      <translation>Чтение заказа %1…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="306" />
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="332" />
      <source>(none)</source>
      <translation>(нет)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="322" />
      <source>Reversal</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="324" />
      <source>Hold</source>
      <translation>Холд</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="326" />
      <source>Clearing</source>
      <translation>Списание</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="328" />
      <source>Payment</source>
      <translation>Оплата</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="340" />
      <source>Same-day reversal possible: fully, or partly once (up to %1).</source>
      <translation>Отмена в тот же день возможна: полностью или один раз частично (до %1).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="343" />
      <source>Same-day reversal possible: only the full %1.</source>
      <translation>Отмена в тот же день возможна: только на всю сумму, %1.</translation>
    </message>
  </context>
  <context>
    <name>ResetSandboxDialog</name>
    <message>
      <location filename="../../kapdesk/gui/sandbox_reset.py" line="18" />
      <source>Reset the sandbox</source>
      <translation>Сброс песочницы</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/sandbox_reset.py" line="21" />
      <source>Start the sandbox afresh? Its orders go back to the sample orders; refunds, clearings and payouts made on it are forgotten by the sandbox.</source>
      <translation>Начать песочницу заново? Её заказы вернутся к образцам; возвраты, списания и выплаты, сделанные в ней, песочница забудет.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/sandbox_reset.py" line="26" />
      <source>Also clear the journal (possible only while it holds nothing but the sandbox)</source>
      <translation>Очистить и журнал (можно, только пока в нём нет ничего, кроме песочницы)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/sandbox_reset.py" line="29" />
      <source>Reset</source>
      <translation>Сбросить</translation>
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <location filename="../../kapdesk/gui/profiles/unlock.py" line="40" />
      <source>Unlock kapdesk</source>
      <translation>Разблокировать kapdesk</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/unlock.py" line="45" />
      <source>Remember on this computer</source>
      <translation>Запомнить на этом компьютере</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/unlock.py" line="51" />
      <source>Unlock</source>
      <translation>Разблокировать</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/unlock.py" line="59" />
      <source>Type the passphrase of the profile store.</source>
      <translation>Введите парольную фразу хранилища профилей.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/unlock.py" line="80" />
      <source>After several wrong tries, this try waits %1 s.</source>
      <translation>После нескольких неверных попыток эта попытка ждёт %1 с.</translation>
    </message>
  </context>
  <context>
    <name>kapdesk</name>
    <message>
      <location filename="../../kapdesk/app/console.py" line="362" />
      <source>The sandbox starts afresh.</source>
      <translation>Песочница начинается заново.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/app/crashes.py" line="26" />
      <source>kapdesk</source>
      <translation>kapdesk</translation>
    </message>
    <message>
      <location filename="../../kapdesk/app/crashes.py" line="62" />
      <source>Something unexpected went wrong. The details are in {path}. If a money operation was in progress, its outcome will be checked with the bank: see the Journal tab (Reconcile now).</source>
      <translation>Произошла непредвиденная ошибка. Подробности в {path}. Если выполнялась денежная операция, её исход будет сверен с банком: см. вкладку «Журнал» (Сверить сейчас).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="41" />
      <source>Clear hold</source>
      <translation>Списать блокировку</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="42" />
      <source>Release hold</source>
      <translation>Снять блокировку</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="43" />
      <source>Reverse clearing</source>
      <translation>Отменить списание</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="44" />
      <source>Refund</source>
      <translation>Возврат</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="45" />
      <source>Reverse purchase</source>
      <translation>Отменить покупку</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="46" />
      <source>Pay out to card</source>
      <translation>Выплата на карту</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="47" />
      <source>Charge saved card</source>
      <translation>Списание с сохранённой карты</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/clock.py" line="22" />
      <source>Baku time (UTC+4)</source>
      <translation>Бакинское время (UTC+4)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="65" />
      <source>Created; nothing executed yet</source>
      <translation>Создан; ещё ничего не выполнено</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="66" />
      <source>Cancelled before payment</source>
      <translation>Отменён до оплаты</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="67" />
      <source>Rejected by the processing centre</source>
      <translation>Отклонён процессинговым центром</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="68" />
      <source>The customer refused, or payment failed</source>
      <translation>Покупатель отказался, или оплата не прошла</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="69" />
      <source>Timed out before payment</source>
      <translation>Время истекло до оплаты</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="70" />
      <source>Amount on hold, awaiting clearing</source>
      <translation>Сумма заблокирована, ожидает списания</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="71" />
      <source>Part of the hold cleared</source>
      <translation>Часть блокировки списана</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="72" />
      <source>Paid in full</source>
      <translation>Оплачен полностью</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="73" />
      <source>Debit done (transfer orders)</source>
      <translation>Дебет выполнен (заказы на перевод)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="74" />
      <source>Declined (3-D Secure or the bank)</source>
      <translation>Отклонён (3-D Secure или банк)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="75" />
      <source>Reversed; nothing is held or paid</source>
      <translation>Отменён; ничего не заблокировано и не оплачено</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="76" />
      <source>Refunded in full</source>
      <translation>Возвращён полностью</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="77" />
      <source>Closed after payment</source>
      <translation>Закрыт после оплаты</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="92" />
      <source>Purchase</source>
      <translation>Покупка</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="93" />
      <source>Preauthorization</source>
      <translation>Предавторизация</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="94" />
      <source>Saved-card purchase</source>
      <translation>Покупка сохранённой картой</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="95" />
      <source>Saved-card preauthorization</source>
      <translation>Предавторизация сохранённой картой</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="96" />
      <source>Payout to a card</source>
      <translation>Выплата на карту</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="97" />
      <source>Google Pay (3-D Secure)</source>
      <translation>Google Pay (3-D Secure)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="98" />
      <source>Google Pay</source>
      <translation>Google Pay</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="9" />
      <source>Approved</source>
      <translation>Одобрено</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="10" />
      <source>Approved partially</source>
      <translation>Одобрено частично</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="11" />
      <source>Approved for the purchase only</source>
      <translation>Одобрено только для покупки</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="12" />
      <source>Postponed</source>
      <translation>Отложено</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="13" />
      <source>Strong customer authentication required</source>
      <translation>Требуется строгая аутентификация клиента</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="14" />
      <source>Original transaction not found</source>
      <translation>Исходная транзакция не найдена</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="15" />
      <source>Acquirer limit exceeded</source>
      <translation>Превышен лимит эквайера</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="16" />
      <source>Closed account</source>
      <translation>Счёт закрыт</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="17" />
      <source>Blocked card</source>
      <translation>Карта заблокирована</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="18" />
      <source>Lost card</source>
      <translation>Утерянная карта</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="19" />
      <source>Stolen card</source>
      <translation>Украденная карта</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="20" />
      <source>Unauthorized usage</source>
      <translation>Несанкционированное использование</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="21" />
      <source>Expired card</source>
      <translation>Срок действия карты истёк</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="22" />
      <source>Invalid card</source>
      <translation>Недействительная карта</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="23" />
      <source>System error</source>
      <translation>Системная ошибка</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="24" />
      <source>Ineligible transaction</source>
      <translation>Недопустимая транзакция</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="25" />
      <source>Ineligible account</source>
      <translation>Недопустимый счёт</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="26" />
      <source>Transaction not supported</source>
      <translation>Транзакция не поддерживается</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="27" />
      <source>Restricted card</source>
      <translation>Карта с ограничениями</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="28" />
      <source>Insufficient funds</source>
      <translation>Недостаточно средств</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="29" />
      <source>Usage limit exceeded</source>
      <translation>Превышен лимит использования</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="30" />
      <source>Withdrawal limit would be exceeded</source>
      <translation>Будет превышен лимит расходных операций</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="31" />
      <source>Credit amount limit</source>
      <translation>Лимит суммы зачисления</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="32" />
      <source>Invalid amount</source>
      <translation>Неверная сумма</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="33" />
      <source>External decline</source>
      <translation>Внешний отказ</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="34" />
      <source>Contact the card issuer</source>
      <translation>Свяжитесь с банком-эмитентом</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="35" />
      <source>Destination not available</source>
      <translation>Получатель недоступен</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="36" />
      <source>Routing error</source>
      <translation>Ошибка маршрутизации</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="37" />
      <source>Format error</source>
      <translation>Ошибка формата</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="38" />
      <source>Wrong CVV2</source>
      <translation>Неверный CVV2</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="39" />
      <source>Invalid transaction</source>
      <translation>Недопустимая транзакция</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="40" />
      <source>Wrong CAVV</source>
      <translation>Неверный CAVV</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="41" />
      <source>Approved without a challenge</source>
      <translation>Одобрено без дополнительной проверки</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="42" />
      <source>Invalid merchant</source>
      <translation>Недействительный ТСП</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/messages.py" line="32" />
      <source>Something went wrong. The details are in the log file.</source>
      <translation>Что-то пошло не так. Подробности в лог-файле.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/dialog_parts.py" line="29" />
      <source>Something unexpected went wrong (%1); nothing was changed.</source>
      <translation>Произошла непредвиденная ошибка (%1); ничего не изменено.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/app/connection.py" line="84" />
      <source>The local database {path} cannot be opened ({reason}). Check that the folder is writable and the disk is not full, then start kapdesk again.</source>
      <translation>Не удаётся открыть локальную базу данных {path} ({reason}). Проверьте, что папка доступна для записи и диск не заполнен, затем снова запустите kapdesk.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/app/sandbox_start.py" line="163" />
      <source>The sandbox's saved orders ({path}) cannot be read ({reason}). Delete that file to start the sandbox afresh.</source>
      <translation>Сохранённые заказы песочницы ({path}) не читаются ({reason}). Удалите этот файл, чтобы начать песочницу заново.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/app/sandbox_start.py" line="169" />
      <source>The sandbox did not start ({reason}).</source>
      <translation>Песочница не запустилась ({reason}).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/app/sandbox_start.py" line="203" />
      <source>The journal was kept: it also holds entries or orders of other profiles, and it is cleared only as a whole (its rows are chained). The sandbox's entries stay in it, marked 'sandbox'.</source>
      <translation>Журнал сохранён: в нём есть записи или заказы других профилей, а очищается он только целиком (его строки сцеплены). Записи песочницы остаются в нём с пометкой «sandbox».</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/approvals.py" line="93" />
      <source>Profile {profile} keeps its journal on this computer: approvals exist only on a team profile (kapdesk profile add ... --team).</source>
      <translation>Профиль {profile} хранит журнал на этом компьютере: одобрения есть только у командного профиля (kapdesk profile add ... --team).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/connection.py" line="57" />
      <location filename="../../kapdesk/cli/dispute.py" line="130" />
      <source>--user goes with --base-url.</source>
      <translation>--user указывается вместе с --base-url.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/connection.py" line="74" />
      <source>Say which gateway to use: --sandbox, --profile NAME or --base-url URL.</source>
      <translation>Укажите, какой шлюз использовать: --sandbox, --profile ИМЯ или --base-url URL.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/connection.py" line="112" />
      <source>--base-url needs --user (the terminal user).</source>
      <translation>Для --base-url нужен --user (пользователь терминала).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/connection.py" line="117" />
      <source>--base-url needs the terminal password in the {variable} environment variable (never on the command line).</source>
      <translation>Для --base-url нужен пароль терминала в переменной окружения {variable} (никогда в командной строке).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/dispute.py" line="146" />
      <source>Say which gateway's disputes: --sandbox, --profile NAME or --base-url URL.</source>
      <translation>Укажите, чьи споры: --sandbox, --profile ИМЯ или --base-url URL.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/dispute.py" line="247" />
      <source>The evidence pack is a PDF: give a file name ending in .pdf.</source>
      <translation>Пакет доказательств — это PDF: укажите имя файла с окончанием .pdf.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/dispute.py" line="249" />
      <source>The folder {folder} does not exist.</source>
      <translation>Папка {folder} не существует.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/journal.py" line="212" />
      <source>Profile {name} keeps its journal on this computer: there is no one to take an entry over from.</source>
      <translation>Профиль {name} ведёт журнал на этом компьютере: перенимать запись не у кого.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/lookup.py" line="74" />
      <source>Give order ids as arguments or on standard input.</source>
      <translation>Передайте номера заказов аргументами или через стандартный ввод.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/lookup.py" line="81" />
      <source>No order ids were given.</source>
      <translation>Номера заказов не указаны.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/lookup.py" line="100" />
      <source>Cannot read {file}.</source>
      <translation>Не удаётся прочитать {file}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/lookup_output.py" line="22" />
      <source>ID</source>
      <translation>ID</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/lookup_output.py" line="22" />
      <source>TYPE</source>
      <translation>ТИП</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/lookup_output.py" line="22" />
      <source>STATUS</source>
      <translation>СТАТУС</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/lookup_output.py" line="22" />
      <source>AMOUNT</source>
      <translation>СУММА</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/lookup_output.py" line="22" />
      <source>CUR</source>
      <translation>ВАЛ</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/lookup_output.py" line="22" />
      <source>CREATED</source>
      <translation>СОЗДАН</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/lookup_output.py" line="22" />
      <source>CARD</source>
      <translation>КАРТА</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/lookup_output.py" line="23" />
      <location filename="../../kapdesk/operations/disputes.py" line="369" />
      <source>RRN</source>
      <translation>RRN</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/lookup_output.py" line="23" />
      <source>APPROVAL</source>
      <translation>КОД АВТ.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/lookup_output.py" line="131" />
      <source>declined: {reason}</source>
      <translation>отклонён: {reason}</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/lookup_output.py" line="134" />
      <source>card authenticated at {time}</source>
      <translation>карта аутентифицирована {time}</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/profile_actions.py" line="85" />
      <location filename="../../kapdesk/cli/team.py" line="125" />
      <source>The team's CA certificate {path} cannot be read ({reason}).</source>
      <translation>Не удаётся прочитать сертификат CA команды {path} ({reason}).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/profile_actions.py" line="113" />
      <source>Nothing to change: give at least one option (see --help).</source>
      <translation>Нечего менять: укажите хотя бы один параметр (см. --help).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/search.py" line="107" />
      <source>--from {first} is after --to {last}.</source>
      <translation>Дата --from {first} позже даты --to {last}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/search.py" line="113" />
      <source>{status} is not an order status; the statuses are: {known}.</source>
      <translation>{status} — не статус заказа; статусы такие: {known}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/team.py" line="70" />
      <source>No database password: set {variable} or run this in a terminal to be asked.</source>
      <translation>Нет пароля базы данных: задайте {variable} или запустите это в терминале, чтобы его спросили.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/team.py" line="108" />
      <location filename="../../kapdesk/journal/team/store.py" line="183" />
      <location filename="../../kapdesk/journal/team/store.py" line="649" />
      <location filename="../../kapdesk/journal/team/store.py" line="771" />
      <source>Cannot open the team journal {dsn}: {reason}</source>
      <translation>Не удаётся открыть журнал команды {dsn}: {reason}</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/team.py" line="136" />
      <source>The team database refused it: {reason}</source>
      <translation>База данных команды отказала: {reason}</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/vault_access.py" line="35" />
      <source>The two entries differ; nothing was changed.</source>
      <translation>Введённые значения не совпадают; ничего не изменено.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/vault_access.py" line="38" />
      <source>Cancelled; nothing was changed.</source>
      <translation>Отменено; ничего не изменено.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/vault_access.py" line="50" />
      <source>No passphrase: set {variable} or run this in a terminal to be asked.</source>
      <translation>Нет парольной фразы: задайте {variable} или запустите в терминале, чтобы её запросили.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/vault_access.py" line="63" />
      <source>No terminal password: set {variable} or run this in a terminal to be asked.</source>
      <translation>Нет пароля терминала: задайте {variable} или запустите в терминале, чтобы его запросили.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/vault_access.py" line="89" />
      <source>The profile store {path} could not be given its journal key ({reason}).</source>
      <translation>Хранилищу профилей {path} не удалось выдать ключ журнала ({reason}).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="174" />
      <source>Order {order} is not a preauthorization: it has no hold to clear.</source>
      <translation>Заказ {order} — не предавторизация: у него нет блокировки для списания.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="181" />
      <source>Order {order} is {status}: only a hold that is Authorized or PartiallyPaid can be cleared.</source>
      <translation>Заказ {order} в статусе {status}: списать можно только блокировку в статусе Authorized или PartiallyPaid.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="187" />
      <source>Order {order} has nothing left to clear.</source>
      <translation>По заказу {order} списывать больше нечего.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="196" />
      <source>Order {order} is not a preauthorization: it has no hold to release.</source>
      <translation>Заказ {order} — не предавторизация: у него нет блокировки, которую можно снять.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="203" />
      <source>Order {order} is {status}: only a hold that is Authorized or PartiallyPaid can be released.</source>
      <translation>Заказ {order} в статусе {status}: снять можно только блокировку в статусе Authorized или PartiallyPaid.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="209" />
      <source>Order {order} has nothing left on hold.</source>
      <translation>По заказу {order} ничего не осталось заблокированным.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="219" />
      <source>Order {order} is not a preauthorization: it has no clearing to reverse.</source>
      <translation>Заказ {order} — не предавторизация: у него нет списания для отмены.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="225" />
      <source>Order {order} is {status}: there is no clearing to reverse.</source>
      <translation>Заказ {order} в статусе {status}: нет списания для отмены.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="232" />
      <source>Order {order} already has refunds: refund the rest instead of reversing the clearing.</source>
      <translation>По заказу {order} уже есть возвраты: вместо отмены списания верните остаток.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="243" />
      <source>Order {order} is a payout: payouts cannot be refunded.</source>
      <translation>Заказ {order} — выплата на карту: выплаты не возвращаются.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="247" />
      <source>Order {order} is {status}: only paid orders can be refunded.</source>
      <translation>Заказ {order} в статусе {status}: вернуть можно только оплаченные заказы.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="251" />
      <source>Order {order} has been refunded in full.</source>
      <translation>Заказ {order} возвращён полностью.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="261" />
      <source>Order {order} is not a purchase: only purchases can be reversed the same day (a preauthorization is released instead).</source>
      <translation>Заказ {order} — не покупка: в тот же день можно отменить только покупку (с предавторизации вместо этого снимают блокировку).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="269" />
      <source>Order {order} is {status}: only a purchase that is FullyPaid can be reversed.</source>
      <translation>Заказ {order} в статусе {status}: отменить можно только покупку в статусе FullyPaid.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="275" />
      <source>Order {order} already has refunds: it can only be refunded now.</source>
      <translation>По заказу {order} уже есть возвраты: теперь возможен только возврат.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="287" />
      <source>Order {order} was not paid today (Baku time): a reversal is only possible on the day of payment; refund it instead.</source>
      <translation>Заказ {order} оплачен не сегодня (по бакинскому времени): отмена возможна только в день оплаты; оформите возврат.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="298" />
      <source>Order {order} is not a payout order.</source>
      <translation>Заказ {order} — не заказ на выплату.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="302" />
      <source>Payout order {order} is {status}: only a new payout order can be paid out.</source>
      <translation>Заказ на выплату {order} в статусе {status}: выплатить можно только по новому заказу на выплату.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="311" />
      <source>Order {order} is not a saved-card order.</source>
      <translation>Заказ {order} — не заказ по сохранённой карте.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="315" />
      <source>Saved-card order {order} is {status}: only a new order can be charged.</source>
      <translation>Заказ по сохранённой карте {order} в статусе {status}: списать можно только по новому заказу.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="351" />
      <source>Order {order} is in {order_currency}, not {currency}.</source>
      <translation>Заказ {order} в {order_currency}, а не в {currency}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="359" />
      <location filename="../../kapdesk/domain/money.py" line="146" />
      <location filename="../../kapdesk/operations/checks.py" line="57" />
      <source>The amount must be more than zero.</source>
      <translation>Сумма должна быть больше нуля.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="362" />
      <source>{amount} is more than the {remaining} that order {order} still allows.</source>
      <translation>{amount} больше, чем {remaining}, которые ещё допускает заказ {order}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="371" />
      <source>Order {order} has already been partly reversed once: only the full remaining {remaining} can be reversed now.</source>
      <translation>Заказ {order} уже один раз частично отменён: теперь можно отменить только весь остаток, {remaining}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="378" />
      <source>This operation takes the full amount only: {remaining}.</source>
      <translation>Эта операция выполняется только на полную сумму: {remaining}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/cards.py" line="48" />
      <source>Enter the card number.</source>
      <translation>Введите номер карты.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/cards.py" line="50" />
      <source>A card number has only digits.</source>
      <translation>Номер карты состоит только из цифр.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/cards.py" line="53" />
      <source>A card number has 13 to 19 digits; this one has {count}.</source>
      <translation>В номере карты от 13 до 19 цифр; в этом — {count}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/cards.py" line="56" />
      <source>This card number has a typo: its check digit is wrong.</source>
      <translation>В номере карты опечатка: неверная контрольная цифра.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="35" />
      <source>Open</source>
      <translation>Открыт</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="36" />
      <source>Evidence sent</source>
      <translation>Доказательства отправлены</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="37" />
      <source>Won</source>
      <translation>Выигран</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="38" />
      <source>Lost</source>
      <translation>Проигран</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="39" />
      <source>Accepted (refund made)</source>
      <translation>Принят (возврат сделан)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="40" />
      <source>Withdrawn</source>
      <translation>Отозван</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="72" />
      <source>Fraud: the cardholder did not authorise it</source>
      <translation>Мошенничество: держатель карты не разрешал операцию</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="73" />
      <source>Goods or services not received</source>
      <translation>Товар или услуга не получены</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="74" />
      <source>Not as described or defective</source>
      <translation>Не соответствует описанию или с дефектом</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="75" />
      <location filename="../../kapdesk/domain/disputes.py" line="128" />
      <source>Duplicate processing</source>
      <translation>Повторная обработка</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="76" />
      <location filename="../../kapdesk/domain/disputes.py" line="136" />
      <location filename="../../kapdesk/domain/disputes.py" line="147" />
      <source>Credit not processed</source>
      <translation>Возврат не обработан</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="77" />
      <source>Cancelled recurring payment</source>
      <translation>Отменённый регулярный платёж</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="78" />
      <source>Authorisation problem</source>
      <translation>Проблема авторизации</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="79" />
      <source>Processing error (amount, currency, late presentment)</source>
      <translation>Ошибка обработки (сумма, валюта, поздняя подача)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="80" />
      <location filename="../../kapdesk/domain/reasons.py" line="18" />
      <source>Other</source>
      <translation>Другое</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="93" />
      <source>Other scheme</source>
      <translation>Другая система</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="115" />
      <source>EMV liability shift counterfeit fraud</source>
      <translation>Перенос ответственности EMV: поддельная карта</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="116" />
      <source>EMV liability shift non-counterfeit fraud</source>
      <translation>Перенос ответственности EMV: мошенничество без подделки карты</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="117" />
      <source>Other fraud, card present</source>
      <translation>Прочее мошенничество, карта присутствовала</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="118" />
      <source>Other fraud, card absent (e-commerce)</source>
      <translation>Прочее мошенничество, без карты (электронная коммерция)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="119" />
      <source>Visa Fraud Monitoring Program</source>
      <translation>Программа мониторинга мошенничества Visa</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="120" />
      <source>Card recovery bulletin</source>
      <translation>Бюллетень изъятия карт</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="121" />
      <source>Declined authorisation</source>
      <translation>Отклонённая авторизация</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="122" />
      <source>No authorisation</source>
      <translation>Нет авторизации</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="123" />
      <source>Late presentment</source>
      <translation>Поздняя подача</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="124" />
      <source>Incorrect transaction code</source>
      <translation>Неверный код операции</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="125" />
      <source>Incorrect currency</source>
      <translation>Неверная валюта</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="126" />
      <source>Incorrect account number</source>
      <translation>Неверный номер счёта</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="127" />
      <source>Incorrect amount</source>
      <translation>Неверная сумма</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="129" />
      <source>Paid by other means</source>
      <translation>Оплачено другим способом</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="130" />
      <source>Invalid data</source>
      <translation>Недопустимые данные</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="131" />
      <source>Merchandise or services not received</source>
      <translation>Товар или услуги не получены</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="132" />
      <source>Cancelled recurring transaction</source>
      <translation>Отменённая регулярная операция</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="133" />
      <source>Not as described or defective merchandise</source>
      <translation>Товар не соответствует описанию или с дефектом</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="134" />
      <source>Counterfeit merchandise</source>
      <translation>Контрафактный товар</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="135" />
      <source>Misrepresentation</source>
      <translation>Введение в заблуждение</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="137" />
      <source>Cancelled merchandise or services</source>
      <translation>Отменённые товары или услуги</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="138" />
      <source>Authorisation-related chargeback</source>
      <translation>Чарджбэк, связанный с авторизацией</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="139" />
      <source>Point-of-interaction error (duplicate or wrong amount)</source>
      <translation>Ошибка в точке обслуживания (дубликат или неверная сумма)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="140" />
      <source>No cardholder authorisation</source>
      <translation>Нет разрешения держателя карты</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="141" />
      <source>Fraudulent processing of transactions</source>
      <translation>Мошенническая обработка операций</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="142" />
      <source>Cancelled recurring or digital goods</source>
      <translation>Отменённый регулярный платёж или цифровые товары</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="143" />
      <source>Questionable merchant activity</source>
      <translation>Сомнительная деятельность продавца</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="144" />
      <source>Cardholder dispute (not as described, defective)</source>
      <translation>Спор держателя карты (не соответствует описанию, дефект)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="145" />
      <source>Goods or services not provided</source>
      <translation>Товары или услуги не предоставлены</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="146" />
      <source>Addendum, no-show or ATM dispute</source>
      <translation>Дополнительные списания, неявка или спор по банкомату</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="148" />
      <source>Cardholder does not recognise the transaction</source>
      <translation>Держатель карты не узнаёт операцию</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="149" />
      <source>Chip liability shift</source>
      <translation>Перенос ответственности по чипу</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="150" />
      <source>Chip/PIN liability shift</source>
      <translation>Перенос ответственности по чипу/PIN</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="168" />
      <source>A reason code is 1 to 16 letters, digits, dots or hyphens, such as 10.4 or 4837 (got “{code}”).</source>
      <translation>Код причины — от 1 до 16 букв, цифр, точек или дефисов, например 10.4 или 4837 (введено: “{code}”).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="231" />
      <source>“{state}” is not a dispute state; choose one of: {choices}.</source>
      <translation>“{state}” — не состояние спора; выберите одно из: {choices}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="238" />
      <source>The dispute on order {order} is {state}; it can move only to: {choices}.</source>
      <translation>Спор по заказу {order} в состоянии {state}; он может перейти только в: {choices}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="249" />
      <source>The disputed amount must be more than zero.</source>
      <translation>Оспариваемая сумма должна быть больше нуля.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="252" />
      <source>The response due date {due} is before the day the dispute was received, {received}.</source>
      <translation>Срок ответа {due} раньше дня получения спора, {received}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="258" />
      <source>Notes have at most {most} characters.</source>
      <translation>Заметки — не более {most} символов.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="265" />
      <source>Say why the dispute's state changes (--why).</source>
      <translation>Укажите, почему меняется состояние спора (--why).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/ids.py" line="34" />
      <location filename="../../kapdesk/operations/lookup.py" line="50" />
      <source>{token} is not an order id (a positive whole number).</source>
      <translation>{token} — не номер заказа (нужно целое положительное число).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/money.py" line="57" />
      <source>Unknown currency {currency}.</source>
      <translation>Неизвестная валюта: {currency}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/money.py" line="97" />
      <source>Enter an amount.</source>
      <translation>Введите сумму.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/money.py" line="99" />
      <source>The amount cannot be negative: {text}.</source>
      <translation>Сумма не может быть отрицательной: {text}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/money.py" line="108" />
      <source>{text} is ambiguous: use a point or a comma only for decimals, and spaces for thousands (1 234,50).</source>
      <translation>{text} неоднозначно: точку или запятую ставьте только для дробной части, а тысячи отделяйте пробелом (1 234,50).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/money.py" line="115" />
      <location filename="../../kapdesk/domain/money.py" line="118" />
      <location filename="../../kapdesk/domain/money.py" line="120" />
      <location filename="../../kapdesk/domain/money.py" line="122" />
      <source>{text} is not a number.</source>
      <translation>{text} — это не число.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/money.py" line="124" />
      <location filename="../../kapdesk/domain/money.py" line="144" />
      <source>{text} is too large to be an amount.</source>
      <translation>{text} — слишком большая сумма.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/money.py" line="128" />
      <source>{text} is ambiguous: is it thousands or decimals? Write 1234 or 1 234 for thousands, 1.23 for decimals.</source>
      <translation>{text} неоднозначно: это тысячи или дробная часть? Пишите 1234 или 1 234 для тысяч и 1.23 для дробей.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/money.py" line="135" />
      <source>{currency} amounts have at most {digits} decimals; {text} has {given}.</source>
      <translation>В суммах {currency} не более {digits} знаков после запятой; в {text} их {given}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/money.py" line="158" />
      <source>Enter an amount, or the word full for the full amount.</source>
      <translation>Введите сумму или слово full для полной суммы.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/reasons.py" line="13" />
      <source>Customer request</source>
      <translation>Просьба клиента</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/reasons.py" line="14" />
      <source>Duplicate payment</source>
      <translation>Повторный платёж</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/reasons.py" line="15" />
      <source>Fraud</source>
      <translation>Мошенничество</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/reasons.py" line="16" />
      <source>Goods not received</source>
      <translation>Товар не получен</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/reasons.py" line="17" />
      <source>Damaged goods</source>
      <translation>Повреждённый товар</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/reasons.py" line="33" />
      <source>Unknown reason category {code}: use one of {codes}.</source>
      <translation>Неизвестный вид причины {code}: используйте один из: {codes}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="73" />
      <source>The bank declined ({code}): {pmo_text} (result code {pmo_code}).</source>
      <translation>Банк отклонил ({code}): {pmo_text} (код результата {pmo_code}).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="80" />
      <source>The gateway refused ({code}): {description}</source>
      <translation>Шлюз отказал ({code}): {description}</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="85" />
      <source>The gateway refused ({code}).</source>
      <translation>Шлюз отказал ({code}).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="103" />
      <source>Order {order_id} was not found.</source>
      <translation>Заказ {order_id} не найден.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="110" />
      <source>The gateway refused the terminal credentials (user or password).</source>
      <translation>Шлюз не принял учётные данные терминала (пользователь или пароль).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="120" />
      <source>The gateway at {host} could not be reached; nothing was sent.</source>
      <translation>Шлюз {host} недоступен; ничего не отправлено.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="127" />
      <source>The gateway did not answer in time: the operation may or may not have happened. Check the order before trying again.</source>
      <translation>Шлюз не ответил вовремя: операция могла пройти, а могла и нет. Проверьте заказ, прежде чем повторять.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="131" />
      <source>The connection dropped before the gateway answered: the operation may or may not have happened. Check the order before trying again.</source>
      <translation>Соединение оборвалось до ответа шлюза: операция могла пройти, а могла и нет. Проверьте заказ, прежде чем повторять.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="135" />
      <source>The gateway failed with a server error (HTTP {status}): the operation may or may not have happened. Check the order before trying again.</source>
      <translation>Ошибка сервера шлюза (HTTP {status}): операция могла пройти, а могла и нет. Проверьте заказ, прежде чем повторять.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="139" />
      <source>The gateway's answer could not be read: the operation may or may not have happened. Check the order before trying again.</source>
      <translation>Ответ шлюза не удалось прочитать: операция могла пройти, а могла и нет. Проверьте заказ, прежде чем повторять.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="143" />
      <source>The bank's network refused this computer (HTTP 520); ask the bank to allow its address. The operation may or may not have happened. Check the order before trying again.</source>
      <translation>Сеть банка не пустила этот компьютер (HTTP 520); попросите банк разрешить его адрес. Операция могла пройти, а могла и нет. Проверьте заказ, прежде чем повторять.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="149" />
      <source>The gateway did not answer in time.</source>
      <translation>Шлюз не ответил вовремя.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="150" />
      <source>The connection to the gateway dropped before it answered.</source>
      <translation>Соединение со шлюзом оборвалось до ответа.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="151" />
      <source>The gateway failed with a server error (HTTP {status}).</source>
      <translation>Ошибка сервера шлюза (HTTP {status}).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="152" />
      <source>The gateway's answer could not be read.</source>
      <translation>Ответ шлюза не удалось прочитать.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="155" />
      <source>The bank's network refused this computer (HTTP 520); ask the bank to allow its address.</source>
      <translation>Сеть банка не пустила этот компьютер (HTTP 520); попросите банк разрешить его адрес.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="183" />
      <source>The gateway's answer was too large to read (over {limit}): the operation may or may not have happened. Check the order before trying again.</source>
      <translation>Ответ шлюза слишком велик для чтения (больше {limit}): операция могла пройти, а могла и нет. Проверьте заказ, прежде чем пробовать снова.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="187" />
      <source>The gateway's answer was too large to read (over {limit}).</source>
      <translation>Ответ шлюза слишком велик для чтения (больше {limit}).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/transport.py" line="64" />
      <source>{url} is not a web address.</source>
      <translation>{url} — это не веб-адрес.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/transport.py" line="66" />
      <source>{url} is not an http(s) address of a gateway.</source>
      <translation>{url} — не http(s)-адрес шлюза.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/transport.py" line="68" />
      <source>Put the user and password in the profile, not in the address.</source>
      <translation>Укажите пользователя и пароль в профиле, а не в адресе.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/transport.py" line="72" />
      <source>Refusing plain http:// to {host}: credentials would travel unencrypted. Use https.</source>
      <translation>Незашифрованное подключение http:// к {host} запрещено: учётные данные передавались бы открыто. Используйте https.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/amount_input.py" line="72" />
      <source>Enter an amount, or press “Full amount” for all of it.</source>
      <translation>Введите сумму или нажмите «Вся сумма», чтобы взять её целиком.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/first_run.py" line="125" />
      <source>The two passphrases differ.</source>
      <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/open_profile.py" line="89" />
      <source>Choose a profile with --profile NAME (or make one active).</source>
      <translation>Выберите профиль через --profile ИМЯ (или сделайте один активным).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="198" />
      <source>Type the team journal's address (postgresql://USER@HOST:PORT/DB), or uncheck Team journal to keep the journal on this computer.</source>
      <translation>Введите адрес журнала команды (postgresql://USER@HOST:PORT/DB) или снимите отметку «Журнал команды», чтобы вести журнал на этом компьютере.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="182" />
      <source>Type the order id (a whole number).</source>
      <translation>Введите ID заказа (целое число).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="196" />
      <location filename="../../kapdesk/journal/disputes.py" line="80" />
      <source>Order {order} already has a dispute ({state}); close it before opening another.</source>
      <translation>У заказа {order} уже есть спор ({state}); закройте его, прежде чем открыть другой.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/chain.py" line="215" />
      <source>Row {seq} belongs to entry {entry}, which has no intent row.</source>
      <translation>Строка {seq} относится к записи {entry}, у которой нет строки намерения.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/chain.py" line="234" />
      <source>Row {seq} (entry {entry}, {state}) was edited after it was written.</source>
      <translation>Строка {seq} (запись {entry}, {state}) была изменена после записи.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/chain.py" line="278" />
      <source>The link between rows {before} and {seq} is broken: row {before} was replaced, or row {seq} was inserted.</source>
      <translation>Связь между строками {before} и {seq} нарушена: строка {before} была заменена или строка {seq} вставлена.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/chain.py" line="289" />
      <source>Row {seq} claims a format kapdesk did not write there: it was rewritten.</source>
      <translation>Строка {seq} указывает формат, который kapdesk там не записывал: её переписали.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/chain.py" line="323" />
      <source>{count} rows (the first is row {seq}) were signed with another profile store's key: the journal was replaced or rewritten.</source>
      <translation>{count} строк (первая — строка {seq}) подписаны ключом другого хранилища профилей: журнал подменили или переписали.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/chain.py" line="335" />
      <source>Row {seq} is out of sequence: it was inserted.</source>
      <translation>Строка {seq} нарушает последовательность: она была вставлена.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/chain.py" line="337" />
      <source>Rows {first} to {last} are missing: they were deleted.</source>
      <translation>Строки с {first} по {last} отсутствуют: они были удалены.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/chain.py" line="345" />
      <source>The journal's head record is missing: it was deleted.</source>
      <translation>Головная запись журнала отсутствует: она была удалена.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/chain.py" line="350" />
      <source>The newest rows {first} to {last} are missing: they were deleted.</source>
      <translation>Последние строки с {first} по {last} отсутствуют: они были удалены.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/chain.py" line="358" />
      <source>Rows {first} to {last} were added after the last row kapdesk wrote.</source>
      <translation>Строки с {first} по {last} добавлены после последней строки, записанной kapdesk.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/chain.py" line="364" />
      <source>The newest row {seq} was replaced.</source>
      <translation>Последняя строка {seq} была заменена.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/chain.py" line="375" />
      <source>The journal's table of open orders disagrees with its rows (first about entry {entry} on order {order}; {count} in all): the file was edited.</source>
      <translation>Таблица открытых заказов журнала расходится с его строками (первое расхождение: запись {entry} по заказу {order}; всего {count}): файл был изменён.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/chain.py" line="410" />
      <source>The profile store witnessed {count} journal rows, but the journal ends at row {newest}: its newest rows were deleted, or it was deleted or replaced.</source>
      <translation>Хранилище профилей засвидетельствовало {count} строк журнала, но журнал заканчивается на строке {newest}: последние строки удалены, либо журнал удалён или подменён.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/chain.py" line="421" />
      <source>Row {count} is not the row the profile store witnessed: the journal was rewritten or replaced.</source>
      <translation>Строка {count} — не та строка, которую засвидетельствовало хранилище профилей: журнал переписали или подменили.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/db.py" line="19" />
      <source>The local database {path} stayed locked by another kapdesk for {seconds} seconds. Nothing was changed; try again in a moment.</source>
      <translation>Локальная база данных {path} оставалась заблокированной другим kapdesk {seconds} с. Ничего не изменено; повторите попытку чуть позже.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/disputes.py" line="88" />
      <source>There is no dispute on order {order}.</source>
      <translation>По заказу {order} спора нет.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/entry.py" line="169" />
      <source>Order {order_id} is busy: {operation} started by {user} at {since} (journal entry {entry_id}) is still in progress. Wait for it to finish.</source>
      <translation>Заказ {order_id} занят: операция «{operation}», начатая пользователем {user} в {since} (запись журнала {entry_id}), ещё выполняется. Дождитесь её завершения.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/entry.py" line="174" />
      <source>Order {order_id} has an unsettled {operation} started by {user} at {since} (journal entry {entry_id}, {state}). It must be settled (reconciled) before another money operation on this order.</source>
      <translation>По заказу {order_id} есть незакрытая операция «{operation}», начатая пользователем {user} в {since} (запись журнала {entry_id}, {state}). Её нужно закрыть (сверить) до следующей денежной операции по этому заказу.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/entry.py" line="196" />
      <source>Journal entry {entry_id} is already {state}; it cannot become {new_state}.</source>
      <translation>Запись журнала {entry_id} уже в состоянии «{state}»; она не может перейти в «{new_state}».</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/entry.py" line="213" />
      <source>Waiting for a supervisor: {operation} of {amount} {currency} on order {order} is above the team's threshold, so it was recorded as journal entry {entry_id} awaiting approval and NOT sent. A supervisor approves or rejects it ('kapdesk approvals'); once approved, send it with 'kapdesk approvals send {entry_id}'.</source>
      <translation>Ждёт супервизора: {operation} на {amount} {currency} по заказу {order} выше порога команды, поэтому записана как запись журнала {entry_id}, ожидающая одобрения, и НЕ отправлена. Супервизор одобряет или отклоняет её ('kapdesk approvals'); после одобрения отправьте её командой 'kapdesk approvals send {entry_id}'.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/entry.py" line="235" />
      <source>There is no journal entry {entry_id}.</source>
      <translation>Записи журнала {entry_id} нет.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/journal.py" line="690" />
      <source>The journal's head record is missing; run 'kapdesk journal verify'.</source>
      <translation>Головная запись журнала отсутствует; выполните 'kapdesk journal verify'.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/journal.py" line="708" />
      <source>The journal has rows kapdesk did not write; run 'kapdesk journal verify'.</source>
      <translation>В журнале есть строки, которые записал не kapdesk; выполните 'kapdesk journal verify'.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/journal.py" line="760" />
      <source>The journal's table of open orders is missing; run 'kapdesk journal verify'.</source>
      <translation>Таблица открытых заказов журнала отсутствует; выполните 'kapdesk journal verify'.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/journal.py" line="795" />
      <source>The journal's table of open orders is missing: it was deleted.</source>
      <translation>Таблица открытых заказов журнала отсутствует: она была удалена.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/journal.py" line="802" />
      <location filename="../../kapdesk/journal/team/store.py" line="555" />
      <source>The journal failed its check, so no money operation was started: {problem} Run 'kapdesk journal verify' to see every problem.</source>
      <translation>Журнал не прошёл проверку, поэтому ни одна денежная операция не начата: {problem} Запустите 'kapdesk journal verify', чтобы увидеть все проблемы.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/journal.py" line="813" />
      <source>Row {seq} changed or disappeared since this program checked it: the journal was rewritten or replaced.</source>
      <translation>Строка {seq} изменилась или исчезла после того, как эта программа её проверила: журнал переписали или подменили.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/schema.py" line="149" />
      <source>The journal's operations table is missing (deleted); only its head remains.</source>
      <translation>Таблица операций журнала отсутствует (удалена); осталась только головная запись.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/schema.py" line="154" />
      <source>The journal was written by a newer kapdesk (schema {version}); update kapdesk to use it. Nothing was changed.</source>
      <translation>Журнал записан более новой версией kapdesk (схема {version}); обновите kapdesk, чтобы работать с ним. Ничего не изменено.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/admin.py" line="31" />
      <source>'{name}' cannot be a team member's login: use lower-case letters, digits, '_', '.' or '-', starting with a letter (at most 63).</source>
      <translation>'{name}' не может быть логином участника команды: используйте строчные буквы, цифры, '_', '.' или '-', начиная с буквы (не более 63).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/admin.py" line="46" />
      <source>'{role}' is not a team role: use clerk, supervisor or admin.</source>
      <translation>'{role}' — не роль команды: используйте clerk, supervisor или admin.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/admin.py" line="49" />
      <source>A team member needs a password.</source>
      <translation>Участнику команды нужен пароль.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/admin.py" line="77" />
      <source>'{currency}' is not a currency code (three letters, like AZN).</source>
      <translation>'{currency}' — не код валюты (три буквы, например AZN).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/admin.py" line="81" />
      <source>A threshold is an amount of zero or more.</source>
      <translation>Порог — это сумма, равная нулю или больше.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/connect.py" line="58" />
      <location filename="../../kapdesk/journal/team/connect.py" line="72" />
      <source>'{dsn}' is not a team database address; write it as {example}.</source>
      <translation>'{dsn}' — не адрес базы данных команды; запишите его как {example}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/connect.py" line="65" />
      <source>Do not put the database password in the address: kapdesk asks for it (or reads KAPDESK_DB_PASSWORD) and keeps it in the profile store.</source>
      <translation>Не указывайте пароль базы данных в адресе: kapdesk спрашивает его (или читает KAPDESK_DB_PASSWORD) и хранит в хранилище профилей.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/connect.py" line="121" />
      <location filename="../../kapdesk/vault/profiles.py" line="136" />
      <source>The team's CA certificate must be a PEM file (it starts with -----BEGIN CERTIFICATE-----).</source>
      <translation>Сертификат CA команды должен быть файлом PEM (он начинается с -----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/connect.py" line="133" />
      <source>The team database {host} is not on this computer, so kapdesk only connects to it with TLS checked against the team's CA certificate: give that certificate with --team-ca FILE.</source>
      <translation>База данных команды {host} находится не на этом компьютере, поэтому kapdesk подключается к ней только по TLS с проверкой по сертификату CA команды: укажите этот сертификат через --team-ca ФАЙЛ.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/orders.py" line="122" />
      <source>The team's order index at {dsn} cannot be used: {reason}</source>
      <translation>Индекс заказов команды по адресу {dsn} недоступен: {reason}</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/schema.py" line="68" />
      <source>The team database has schema version {found}, newer than this kapdesk knows ({known}). Update kapdesk.</source>
      <translation>У базы данных команды версия схемы {found}, новее, чем знает этот kapdesk ({known}). Обновите kapdesk.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/schema.py" line="77" />
      <source>The team database has schema version {found}; this kapdesk uses {known}. Run 'kapdesk team init --upgrade' to migrate it.</source>
      <translation>У базы данных команды версия схемы {found}; этот kapdesk использует {known}. Выполните 'kapdesk team init --upgrade', чтобы перенести её.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="104" />
      <source>Order {order_id} is held by a {operation} that {person} asked for on {workstation} at {since} (journal entry {entry_id}, {state}): a supervisor must approve or reject it, and once approved {person} sends it ('kapdesk approvals').</source>
      <translation>Заказ {order_id} занят операцией «{operation}», которую {person} запросил(а) на {workstation} в {since} (запись журнала {entry_id}, {state}): супервизор должен одобрить или отклонить её, а после одобрения {person} отправляет её ('kapdesk approvals').</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="111" />
      <source>Order {order_id} is busy: {operation} started by {person} on {workstation} at {since} (journal entry {entry_id}) is still in progress. Wait for it to finish.</source>
      <translation>Заказ {order_id} занят: «{operation}», начатая пользователем {person} на {workstation} в {since} (запись журнала {entry_id}), ещё выполняется. Дождитесь её окончания.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="117" />
      <source>Order {order_id} has an unsettled {operation} started by {person} on {workstation} at {since} (journal entry {entry_id}, {state}). It must be settled (reconciled) before another money operation on this order.</source>
      <translation>У заказа {order_id} есть неурегулированная «{operation}», начатая пользователем {person} на {workstation} в {since} (запись журнала {entry_id}, {state}). Её нужно урегулировать (сверить) до другой денежной операции по этому заказу.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="487" />
      <source>Journal entry {entry_id} is already {state}: there is nothing to take over.</source>
      <translation>Запись журнала {entry_id} уже в состоянии {state}: перенимать нечего.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="494" />
      <source>Journal entry {entry_id} is already yours: reconcile it with 'kapdesk journal reconcile --entry {entry_id}'.</source>
      <translation>Запись журнала {entry_id} уже ваша: сверьте её командой 'kapdesk journal reconcile --entry {entry_id}'.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="503" />
      <source>Journal entry {entry_id} is held by {person} on {workstation}, whose kapdesk is still connected to the team database (it may be busy or frozen). Ask them to finish it, or take it over once that workstation is closed or has lost its connection (about a minute).</source>
      <translation>Запись журнала {entry_id} держит {person} на рабочем месте {workstation}, чей kapdesk всё ещё подключён к базе данных команды (он может быть занят или завис). Попросите завершить её или перенимите запись, когда это рабочее место будет закрыто или потеряет соединение (примерно через минуту).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="602" />
      <location filename="../../kapdesk/journal/team/store.py" line="768" />
      <source>A rejection needs a reason: say why (--reason).</source>
      <translation>Для отклонения нужна причина: укажите её (--reason).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="643" />
      <source>The team journal is busy: another workstation holds it and does not answer. Try again in a moment.</source>
      <translation>Журнал команды занят: другое рабочее место удерживает его и не отвечает. Повторите попытку чуть позже.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="722" />
      <source>Journal entry {entry_id} is held by {person} on {workstation}: only they reconcile it, or take it over first with 'kapdesk journal take-over {entry_id}'.</source>
      <translation>Запись журнала {entry_id} держит {person} на рабочем месте {workstation}: сверить её может только он, либо сначала перенимите её командой 'kapdesk journal take-over {entry_id}'.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="737" />
      <source>Only a supervisor can approve or reject an operation: {person} is not a supervisor.</source>
      <translation>Одобрить или отклонить операцию может только супервизор: {person} не супервизор.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="745" />
      <source>Four-eyes: {person} asked for journal entry {entry_id}, so {person} cannot approve or reject it; another supervisor must.</source>
      <translation>Четыре глаза: запись журнала {entry_id} запросил(а) {person}, поэтому {person} не может её одобрить или отклонить; это должен сделать другой супервизор.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="754" />
      <source>Only the person who asked for journal entry {entry_id} sends it once it is approved.</source>
      <translation>Одобренную запись журнала {entry_id} отправляет только тот, кто её запросил.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="762" />
      <source>Journal entry {entry_id} is above the team's threshold: it needs a supervisor's approval before it is sent. Nothing was sent.</source>
      <translation>Запись журнала {entry_id} выше порога команды: перед отправкой нужно одобрение супервизора. Ничего не отправлено.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="781" />
      <source>Journal entry {entry_id} was already decided: {state} by {person}.</source>
      <translation>По записи журнала {entry_id} уже принято решение: {state} ({person}).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="787" />
      <source>Journal entry {entry_id} does not wait for approval (it is {state}).</source>
      <translation>Запись журнала {entry_id} не ждёт одобрения (её состояние: {state}).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="795" />
      <source>Row {seq} is missing or out of order in the team journal.</source>
      <translation>Строка {seq} отсутствует или стоит не по порядку в журнале команды.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="796" />
      <source>Row {seq} does not follow the row before it: rows were removed or moved.</source>
      <translation>Строка {seq} не следует за предыдущей: строки удалены или перемещены.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="797" />
      <source>Row {seq} was changed after it was written (its link does not match).</source>
      <translation>Строка {seq} изменена после записи (её звено не совпадает).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="798" />
      <source>The team journal's head record does not match its last row {seq}.</source>
      <translation>Головная запись журнала команды не совпадает с его последней строкой {seq}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/batch.py" line="101" />
      <source>Cannot read {file} as a UTF-8 CSV file.</source>
      <translation>Не удаётся прочитать {file} как CSV-файл в UTF-8.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/batch.py" line="110" />
      <source>{file} lacks the column(s) {missing}; it needs {columns}.</source>
      <translation>В {file} нет столбцов {missing}; нужны столбцы {columns}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/batch.py" line="136" />
      <source>Row {row}: {value} is not an order id.</source>
      <translation>Строка {row}: {value} — не номер заказа.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/batch.py" line="141" />
      <source>Row {row}: unknown operation {value}; use one of {known}.</source>
      <translation>Строка {row}: неизвестная операция {value}; используйте одну из: {known}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/batch.py" line="167" />
      <source>Row {row}: the amount is empty; write an amount, or full for the full amount.</source>
      <translation>Строка {row}: сумма пуста; укажите сумму или full для полной суммы.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/batch.py" line="197" />
      <source>Row {row} was already done (journal entry {entry}); skipped.</source>
      <translation>Строка {row} уже выполнена (запись журнала {entry}); пропущена.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/batch.py" line="226" />
      <source>Row {row} would {operation}: {amount} on order {order} ({status}).</source>
      <translation>Строка {row}: будет выполнено «{operation}» на {amount} по заказу {order} ({status}).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/checks.py" line="41" />
      <source>{operation} needs a reason: say why, it goes into the journal.</source>
      <translation>Для операции «{operation}» нужна причина: укажите её, она записывается в журнал.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/checks.py" line="60" />
      <source>{currency} amounts have at most {digits} decimals.</source>
      <translation>В суммах {currency} не более {digits} знаков после запятой.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="47" />
      <source>authenticated</source>
      <translation>аутентифицирован</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="48" />
      <source>attempted (the issuer did not take part)</source>
      <translation>попытка (эмитент не участвовал)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="49" />
      <source>not authenticated</source>
      <translation>не аутентифицирован</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="50" />
      <source>authentication could not be performed</source>
      <translation>аутентификацию провести не удалось</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="51" />
      <source>rejected by the issuer</source>
      <translation>отклонено эмитентом</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="52" />
      <source>challenge required</source>
      <translation>требуется дополнительная проверка</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="53" />
      <source>information only</source>
      <translation>только для информации</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="76" />
      <source>None.</source>
      <translation>Нет.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="200" />
      <source>The gateway records the payment, not the delivery: proof that the goods or service were provided as described must come from the shop.</source>
      <translation>Шлюз записывает платёж, а не доставку: доказательство того, что товар или услуга предоставлены как описано, должен дать магазин.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="209" />
      <source>This order holds {count} approved charge(s); a duplicate would be a second order, which this pack does not show.</source>
      <translation>В этом заказе одобренных списаний: {count}; дубликатом был бы второй заказ, которого этот пакет не показывает.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="215" />
      <source>The card is saved for further payments (saved card {id}).</source>
      <translation>Карта сохранена для последующих платежей (сохранённая карта {id}).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="221" />
      <source>Refunded {amount} on {day} (RRN {rrn}): credit already processed.</source>
      <translation>Возвращено {amount} {day} (RRN {rrn}): возврат уже обработан.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="228" />
      <source>No refund is recorded on this order.</source>
      <translation>По этому заказу возврат не записан.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="232" />
      <source>Reversed {amount} on {day}: that amount was not charged.</source>
      <translation>Отменено {amount} {day}: эта сумма не списана.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="240" />
      <source>Charged {charged}, refunded {refunded}: {remaining} remains with the shop.</source>
      <translation>Списано {charged}, возвращено {refunded}: у магазина остаётся {remaining}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="249" />
      <source>The disputed amount {disputed} is more than what remains charged.</source>
      <translation>Оспариваемая сумма {disputed} больше остатка списания.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="261" />
      <source>3-D Secure {version}, fully authenticated (ECI {eci}): for fraud-coded disputes the liability normally lies with the issuer.</source>
      <translation>3-D Secure {version}, полная аутентификация (ECI {eci}): в спорах с кодом мошенничества ответственность обычно несёт эмитент.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="270" />
      <source>3-D Secure {version}, attempted (ECI {eci}): the issuer did not take part; under most scheme rules the liability still shifts to the issuer.</source>
      <translation>3-D Secure {version}, попытка (ECI {eci}): эмитент не участвовал; по правилам большинства систем ответственность всё равно переходит к эмитенту.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="279" />
      <source>No successful 3-D Secure authentication is recorded: for fraud-coded disputes the liability normally stays with the shop.</source>
      <translation>Успешная аутентификация 3-D Secure не записана: в спорах с кодом мошенничества ответственность обычно остаётся на магазине.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="285" />
      <source>The CVV2 check answered: {result}.</source>
      <translation>Проверка CVV2 ответила: {result}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="291" />
      <source>Whether the goods or service were delivered, and what the cardholder told the issuer: the gateway does not know.</source>
      <translation>Доставлены ли товар или услуга и что держатель карты сказал эмитенту, шлюз не знает.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="295" />
      <source>The issuer's and the scheme's decision: the gateway has no dispute interface; this case is the shop's own record.</source>
      <translation>Решение эмитента и платёжной системы: у шлюза нет интерфейса споров; это дело — собственная запись магазина.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="298" />
      <source>Other orders by the same cardholder: this pack covers one order.</source>
      <translation>Другие заказы того же держателя карты: этот пакет охватывает один заказ.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="300" />
      <source>Operations made outside kapdesk appear as the bank's transactions, without a journal entry saying who made them or why.</source>
      <translation>Операции, сделанные вне kapdesk, видны как операции банка, без записи журнала о том, кто и почему их сделал.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="322" />
      <source>The dispute</source>
      <translation>Спор</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="324" />
      <source>Order</source>
      <translation>Заказ</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="325" />
      <source>Scheme</source>
      <translation>Платёжная система</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="326" />
      <source>Reason code</source>
      <translation>Код причины</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="327" />
      <source>Meaning</source>
      <translation>Значение</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="328" />
      <source>Disputed amount</source>
      <translation>Оспариваемая сумма</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="329" />
      <source>Received</source>
      <translation>Получен</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="330" />
      <source>Response due</source>
      <translation>Срок ответа</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="331" />
      <location filename="../../kapdesk/operations/disputes.py" line="382" />
      <source>State</source>
      <translation>Состояние</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="332" />
      <source>Notes</source>
      <translation>Заметки</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="336" />
      <source>The order</source>
      <translation>Заказ</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="338" />
      <location filename="../../kapdesk/operations/disputes.py" line="366" />
      <source>Type</source>
      <translation>Тип</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="339" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="340" />
      <source>Status meaning</source>
      <translation>Значение статуса</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="341" />
      <location filename="../../kapdesk/operations/disputes.py" line="368" />
      <location filename="../../kapdesk/operations/disputes.py" line="381" />
      <source>Amount</source>
      <translation>Сумма</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="342" />
      <source>Created</source>
      <translation>Создан</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="343" />
      <source>Shop</source>
      <translation>Магазин</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="344" />
      <source>Terminal</source>
      <translation>Терминал</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="345" />
      <source>Order title</source>
      <translation>Название заказа</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="346" />
      <source>Description</source>
      <translation>Описание</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="350" />
      <source>The card</source>
      <translation>Карта</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="352" />
      <source>Card</source>
      <translation>Карта</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="353" />
      <source>Brand</source>
      <translation>Бренд</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="354" />
      <source>Issuer</source>
      <translation>Эмитент</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="355" />
      <source>Entry mode</source>
      <translation>Способ ввода</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="356" />
      <source>CVV2 result</source>
      <translation>Результат CVV2</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="363" />
      <source>Transactions</source>
      <translation>Операции</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="365" />
      <location filename="../../kapdesk/operations/disputes.py" line="378" />
      <location filename="../../kapdesk/operations/disputes.py" line="390" />
      <source>Time</source>
      <translation>Время</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="367" />
      <source>Phase</source>
      <translation>Фаза</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="370" />
      <source>Approval code</source>
      <translation>Код авторизации</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="371" />
      <location filename="../../kapdesk/operations/disputes.py" line="406" />
      <source>Result</source>
      <translation>Результат</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="376" />
      <source>Journal entries on this order</source>
      <translation>Записи журнала по этому заказу</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="379" />
      <location filename="../../kapdesk/operations/disputes.py" line="390" />
      <source>Who</source>
      <translation>Кто</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="380" />
      <source>Operation</source>
      <translation>Операция</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="383" />
      <location filename="../../kapdesk/operations/disputes.py" line="390" />
      <source>Why</source>
      <translation>Почему</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="384" />
      <source>The bank's answer</source>
      <translation>Ответ банка</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="389" />
      <source>The case's history</source>
      <translation>История дела</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="390" />
      <source>From</source>
      <translation>Из</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="390" />
      <source>To</source>
      <translation>В</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="406" />
      <location filename="../../kapdesk/operations/disputes.py" line="410" />
      <source>3-D Secure</source>
      <translation>3-D Secure</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="406" />
      <source>Not recorded</source>
      <translation>Не записано</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="412" />
      <source>Protocol version</source>
      <translation>Версия протокола</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="413" />
      <source>ECI</source>
      <translation>ECI</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="414" />
      <source>transStatus</source>
      <translation>transStatus</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="415" />
      <source>transStatus meaning</source>
      <translation>Значение transStatus</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="416" />
      <source>DS transaction id</source>
      <translation>ID операции DS</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="418" />
      <source>Authentication value</source>
      <translation>Значение аутентификации</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="419" />
      <source>present (not shown)</source>
      <translation>есть (не показано)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="419" />
      <source>none</source>
      <translation>нет</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="421" />
      <source>Authenticated at</source>
      <translation>Время аутентификации</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="478" />
      <source>There is no dispute on order {order}: open one first (kapdesk dispute open).</source>
      <translation>По заказу {order} спора нет: сначала откройте его (kapdesk dispute open).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/limits.py" line="22" />
      <source>{operation} of {amount} is above this profile's limit of {limit} per operation; nothing was sent. Change the limit in the profile if it is meant.</source>
      <translation>{operation} на {amount} превышает лимит этого профиля {limit} на одну операцию; ничего не отправлено. Если так и задумано, измените лимит в профиле.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/lookup.py" line="77" />
      <source>Unexpected error reading this order.</source>
      <translation>Непредвиденная ошибка при чтении заказа.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/money.py" line="165" />
      <location filename="../../kapdesk/operations/sending.py" line="114" />
      <source>No clear answer: checking the order with the gateway…</source>
      <translation>Нет однозначного ответа: проверяем заказ в шлюзе…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/money.py" line="207" />
      <source>{operation} creates its own order; it cannot be run on order {order}.</source>
      <translation>Операция «{operation}» создаёт собственный заказ; её нельзя выполнить по заказу {order}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/money.py" line="278" />
      <source>Journal entry {entry} was made on {environment} ({profile}); connect to that gateway to send it.</source>
      <translation>Запись журнала {entry} сделана в {environment} ({profile}); чтобы отправить её, подключитесь к этому шлюзу.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/money.py" line="285" />
      <source>Sending an approved payout needs the card number again.</source>
      <translation>Для отправки одобренной выплаты снова нужен номер карты.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/money.py" line="297" />
      <location filename="../../kapdesk/operations/money.py" line="314" />
      <source>Re-reading order {order} before sending…</source>
      <translation>Повторное чтение заказа {order} перед отправкой…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/money.py" line="358" />
      <source>Journal entry {entry} was made on {environment} ({profile}); connect to that gateway to reconcile it.</source>
      <translation>Запись журнала {entry} сделана в {environment} ({profile}); для сверки подключитесь к этому шлюзу.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/money.py" line="391" />
      <source>Journal entry {entry} still waits for a supervisor's approval; nothing was sent.</source>
      <translation>Запись журнала {entry} всё ещё ждёт одобрения супервизора; ничего не отправлено.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/money.py" line="397" />
      <source>Journal entry {entry} was rejected by {person} ({reason}); it cannot be sent.</source>
      <translation>Запись журнала {entry} отклонена: {person} ({reason}); её нельзя отправить.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/money.py" line="401" />
      <source>Journal entry {entry} is {state}, not approved: there is nothing to send.</source>
      <translation>Запись журнала {entry} в состоянии {state}, а не одобрена: отправлять нечего.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/outcome.py" line="43" />
      <source>Done: {operation} of {amount} on order {order}. Approval code {approval}, RRN {rrn}.</source>
      <translation>Выполнено: «{operation}» на {amount} по заказу {order}. Код авторизации {approval}, RRN {rrn}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/outcome.py" line="54" />
      <source>Refused by the gateway: {operation} on order {order}. {reason} Nothing was moved.</source>
      <translation>Шлюз отказал: «{operation}» по заказу {order}. {reason} Деньги не перемещались.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/outcome.py" line="63" />
      <source>Not done: {operation} on order {order} did not happen (checked with the gateway). {note}</source>
      <translation>Не выполнено: «{operation}» по заказу {order} не произошло (проверено в шлюзе). {note}</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/outcome.py" line="74" />
      <source>Outcome unknown: {operation} on order {order} could not be settled. {why} Order {order} is locked for money operations until it is reconciled (kapdesk journal reconcile). Do not repeat the operation.</source>
      <translation>Исход неизвестен: «{operation}» по заказу {order} не удалось сверить. {why} Заказ {order} закрыт для денежных операций до сверки (kapdesk journal reconcile). Не повторяйте операцию.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/outcome.py" line="82" />
      <source>Outcome unknown: {operation} on order {order} was sent, but the gateway could not be read to check whether it happened. Order {order} is locked for money operations until it is reconciled (kapdesk journal reconcile). Do not repeat the operation.</source>
      <translation>Исход неизвестен: «{operation}» по заказу {order} отправлено, но проверить в шлюзе, прошла ли операция, не удалось. Заказ {order} закрыт для денежных операций до сверки (kapdesk journal reconcile). Не повторяйте операцию.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/outcome.py" line="96" />
      <source>Approved by {person}, not sent yet: {operation} of {amount} on order {order} (journal entry {entry}). Send it with 'kapdesk approvals send {entry}'.</source>
      <translation>Одобрено ({person}), ещё не отправлено: {operation} на {amount} по заказу {order} (запись журнала {entry}). Отправьте командой 'kapdesk approvals send {entry}'.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/outcome.py" line="105" />
      <source>Waiting for a supervisor: {operation} of {amount} on order {order} is above the team's threshold, so it was journalled as entry {entry} awaiting approval and NOT sent. Once a supervisor approves it, send it with 'kapdesk approvals send {entry}'.</source>
      <translation>Ждёт супервизора: {operation} на {amount} по заказу {order} выше порога команды, поэтому записана в журнал как запись {entry}, ожидающая одобрения, и НЕ отправлена. После одобрения супервизором отправьте её командой 'kapdesk approvals send {entry}'.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/outcome.py" line="119" />
      <source>Rejected by {person}: {operation} on order {order} was not sent. Reason: {reason}</source>
      <translation>Отклонено ({person}): {operation} по заказу {order} не отправлена. Причина: {reason}</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/payout.py" line="122" />
      <source>This card number is not the card of approved journal entry {entry} ({card}); nothing was sent.</source>
      <translation>Этот номер карты не совпадает с картой одобренной записи журнала {entry} ({card}); ничего не отправлено.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/payout.py" line="149" />
      <source>Creating the order…</source>
      <translation>Создание заказа…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/payout.py" line="161" />
      <source>Attaching the card to order {order}…</source>
      <translation>Привязка карты к заказу {order}…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/plan.py" line="92" />
      <source>{operation} of {amount} on order {order} ({status}, card {card}) in the {environment} environment. Reason: {reason}.</source>
      <translation>«{operation}» на {amount} по заказу {order} ({status}, карта {card}) в среде {environment}. Причина: {reason}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/sending.py" line="105" />
      <source>Sending to the gateway…</source>
      <translation>Отправка в шлюз…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/errors.py" line="19" />
      <source>That passphrase is not right. After {failures} wrong tries in a row, each further try waits longer (the next one {seconds} s).</source>
      <translation>Неверная парольная фраза. После {failures} неверных попыток подряд каждая следующая попытка ждёт дольше (следующая — {seconds} с).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/errors.py" line="26" />
      <source>That passphrase is not right.</source>
      <translation>Неверная парольная фраза.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/errors.py" line="38" />
      <source>The profile store {path} is damaged or was altered, so it was not opened and was left untouched. The previous good copy is {backup}: to use it, rename it to {path}.</source>
      <translation>Хранилище профилей {path} повреждено или изменено, поэтому оно не открыто и оставлено без изменений. Предыдущая исправная копия — {backup}: чтобы использовать её, переименуйте её в {path}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/errors.py" line="48" />
      <source>The profile store {path} is damaged or was altered, so it was not opened and was left untouched.</source>
      <translation>Хранилище профилей {path} повреждено или изменено, поэтому оно не открыто и оставлено без изменений.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/errors.py" line="61" />
      <source>The profile store {path} was written by a newer kapdesk (format {version}). Update kapdesk to open it; the file was left untouched.</source>
      <translation>Хранилище профилей {path} записано более новой версией kapdesk (формат {version}). Обновите kapdesk, чтобы открыть его; файл оставлен без изменений.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/errors.py" line="75" />
      <source>The profile store {path} asks for far more memory or work to open than kapdesk ever sets, so it was not opened (it was altered or not written by kapdesk) and was left untouched.</source>
      <translation>Хранилище профилей {path} требует для открытия намного больше памяти или работы, чем когда-либо задаёт kapdesk, поэтому оно не открыто (его изменили или записал не kapdesk) и оставлено нетронутым.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/errors.py" line="89" />
      <source>The profile store {path} was changed by another kapdesk window or command since it was unlocked, so nothing was saved. Lock and unlock to reload it.</source>
      <translation>Хранилище профилей {path} изменено другим окном или командой kapdesk после разблокировки, поэтому ничего не сохранено. Заблокируйте и разблокируйте его, чтобы перечитать.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/errors.py" line="99" />
      <source>There is no profile store yet at {path}. Add a profile first.</source>
      <translation>По пути {path} ещё нет хранилища профилей. Сначала добавьте профиль.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/errors.py" line="106" />
      <source>A profile store already exists at {path}; it was not replaced.</source>
      <translation>По пути {path} уже есть хранилище профилей; оно не заменено.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/errors.py" line="112" />
      <source>The profile store is locked. Unlock it first.</source>
      <translation>Хранилище профилей заблокировано. Сначала разблокируйте его.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/errors.py" line="117" />
      <source>There is no profile named “{name}”.</source>
      <translation>Профиля с именем «{name}» нет.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/errors.py" line="122" />
      <source>A profile named “{name}” already exists.</source>
      <translation>Профиль с именем «{name}» уже существует.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/errors.py" line="132" />
      <source>The passphrase must have at least {minimum} characters.</source>
      <translation>Парольная фраза должна содержать не менее {minimum} символов.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/keyring_key.py" line="24" />
      <source>This computer has no secure keyring (on Linux: no Secret Service such as GNOME Keyring or KWallet is running), so it cannot remember the profile store: the passphrase is the only way in.</source>
      <translation>На этом компьютере нет защищённого хранилища ключей (в Linux не запущен Secret Service, например GNOME Keyring или KWallet), поэтому запомнить хранилище профилей нельзя: войти можно только по парольной фразе.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/keyring_key.py" line="29" />
      <source>The keyring of this computer refused to keep the key ({detail}); the passphrase is the only way in.</source>
      <translation>Хранилище ключей этого компьютера отказалось сохранить ключ ({detail}); войти можно только по парольной фразе.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="97" />
      <source>The limit per operation must be an amount such as 10000.00.</source>
      <translation>Лимит на одну операцию должен быть суммой, например 10000.00.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="110" />
      <source>The environment must be one of: {choices}.</source>
      <translation>Среда должна быть одной из: {choices}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="121" />
      <source>The team journal's address and password must be text.</source>
      <translation>Адрес и пароль журнала команды должны быть текстом.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="127" />
      <source>The team journal's address must look like postgresql://USER@HOST:PORT/DB.</source>
      <translation>Адрес журнала команды должен выглядеть как postgresql://USER@HOST:PORT/DB.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="130" />
      <source>A team profile needs the database password of its login.</source>
      <translation>Профилю команды нужен пароль базы данных его логина.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="147" />
      <source>An operator name has at most 64 characters, no line breaks and no outer spaces.</source>
      <translation>Имя оператора: не более 64 символов, без переносов строк и пробелов по краям.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="153" />
      <source>A profile needs a name.</source>
      <translation>У профиля должно быть имя.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="156" />
      <source>A profile name has at most 64 characters, no line breaks and no outer spaces.</source>
      <translation>Имя профиля — не более 64 символов, без переводов строки и пробелов в начале и в конце.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="166" />
      <source>The base URL must look like https://host/api (got “{url}”).</source>
      <translation>Базовый URL должен иметь вид https://host/api (указано «{url}»).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="171" />
      <source>A production profile must use https:// with TLS verification switched on.</source>
      <translation>Профиль рабочей среды должен использовать https:// с включённой проверкой TLS.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="175" />
      <source>Plain http:// is only allowed to this computer (127.0.0.1); use https://.</source>
      <translation>Незашифрованный http:// разрешён только для этого компьютера (127.0.0.1); используйте https://.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="181" />
      <source>The terminal user and password must be text.</source>
      <translation>Пользователь и пароль терминала должны быть текстом.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="183" />
      <source>This profile needs a terminal user and a terminal password.</source>
      <translation>Для этого профиля нужны пользователь и пароль терминала.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="189" />
      <source>The currency must be a three-letter code such as AZN (got “{code}”).</source>
      <translation>Валюта должна быть трёхбуквенным кодом, например AZN (указано «{code}»).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="194" />
      <source>The language must be one of: {choices}.</source>
      <translation>Язык должен быть одним из: {choices}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="198" />
      <source>Hold validity must be a whole number of days from 1 to {most}.</source>
      <translation>Срок блокировки — целое число дней от 1 до {most}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="203" />
      <source>The idle lock must be a whole number of minutes from 1 to {most}.</source>
      <translation>Блокировка при бездействии — целое число минут от 1 до {most}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="208" />
      <source>The days to answer a dispute must be a whole number from 1 to {most}.</source>
      <translation>Число дней на ответ по спору — целое от 1 до {most}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="212" />
      <source>TLS verification must be on or off.</source>
      <translation>Проверка TLS должна быть включена или выключена.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/witness.py" line="62" />
      <source>The journal's witness {path} is missing: it was deleted, so the journal cannot be vouched for.</source>
      <translation>Свидетель журнала {path} отсутствует: его удалили, поэтому за журнал нельзя поручиться.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/witness.py" line="70" />
      <source>The journal's witness {path} was altered or belongs to another store.</source>
      <translation>Свидетель журнала {path} изменён или принадлежит другому хранилищу.</translation>
    </message>
  </context>
</TS>