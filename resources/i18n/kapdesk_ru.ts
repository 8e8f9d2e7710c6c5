<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru" sourcelanguage="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../work/main/kapdesk/gui/about.py" line="62" />
      <source>About kapdesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/about.py" line="64" />
      <source>Version {version}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/about.py" line="68" />
      <source>A back-office console for merchants on Kapital Bank's e-commerce gateway: look up orders, clear or release holds, refund and pay out to cards.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/about.py" line="71" />
      <source>Licence: {licence}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/about.py" line="72" />
      <source>Built with Qt {qt} and PySide6 {pyside} (LGPLv3).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ColumnPicker</name>
    <message>
      <location filename="../../work/main/kapdesk/gui/column_picker.py" line="40" />
      <source>Choose the column with order ids</source>
      <translation>Выберите столбец с номерами заказов</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/column_picker.py" line="48" />
      <source>The first row is a header</source>
      <translation>Первая строка — заголовок</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/column_picker.py" line="56" />
      <source>{n} rows in the file.</source>
      <translation>Строк в файле: {n}.</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/column_picker.py" line="57" />
      <source>Column:</source>
      <translation>Столбец:</translation>
    </message>
  </context>
  <context>
    <name>ConfirmDialog</name>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_dialogs.py" line="62" />
      <source>Confirm: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_dialogs.py" line="68" />
      <source>Operation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_dialogs.py" line="70" />
      <source>Orders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_dialogs.py" line="73" />
      <source>Total</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_dialogs.py" line="76" />
      <source>new order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_dialogs.py" line="77" />
      <source>Order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_dialogs.py" line="78" />
      <source>Amount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_dialogs.py" line="79" />
      <source>Currency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_dialogs.py" line="80" />
      <source>Card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_dialogs.py" line="80" />
      <location filename="../../work/main/kapdesk/gui/money_dialogs.py" line="125" />
      <source>unknown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_dialogs.py" line="81" />
      <source>Environment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_dialogs.py" line="88" />
      <source>Type the amount again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_dialogs.py" line="109" />
      <source>PRODUCTION: this moves real money.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_dialogs.py" line="115" />
      <source>Environment %1: no real money moves.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_dialogs.py" line="135" />
      <source>The amounts differ.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ConnectionCheck</name>
    <message>
      <location filename="../../work/main/kapdesk/gui/connection_check.py" line="54" />
      <source>The connection test was cancelled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/connection_check.py" line="63" />
      <source>Connected: the gateway answered and took the login.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ConsoleStatusBar</name>
    <message>
      <location filename="../../work/main/kapdesk/gui/status.py" line="42" />
      <source>Profile: {name}</source>
      <translation>Профиль: {name}</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/status.py" line="47" />
      <source>Connected</source>
      <translation>Подключено</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/status.py" line="48" />
      <source>Connecting…</source>
      <translation>Подключение…</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/status.py" line="49" />
      <source>Gateway not reachable</source>
      <translation>Шлюз недоступен</translation>
    </message>
  </context>
  <context>
    <name>FirstRunDialog</name>
    <message>
      <location filename="../../work/main/kapdesk/gui/first_run.py" line="42" />
      <source>Welcome to kapdesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/first_run.py" line="56" />
      <source>There is no profile store on this computer yet. Try kapdesk on its built-in sandbox (no real money), or protect your terminal credentials with a passphrase.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/first_run.py" line="62" />
      <source>Open the sandbox now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/first_run.py" line="63" />
      <source>Set a passphrase and add a profile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/first_run.py" line="75" />
      <source>New passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/first_run.py" line="76" />
      <source>Type it again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/first_run.py" line="78" />
      <source>Remember on this computer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/first_run.py" line="92" />
      <source>Test connection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/first_run.py" line="93" />
      <source>Create</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/first_run.py" line="94" />
      <source>Back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/first_run.py" line="114" />
      <source>Testing the connection…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HelpMenu</name>
    <message>
      <location filename="../../work/main/kapdesk/gui/help.py" line="114" />
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/help.py" line="115" />
      <source>kapdesk &amp;help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/help.py" line="116" />
      <source>&amp;About kapdesk</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HelpWindow</name>
    <message>
      <location filename="../../work/main/kapdesk/gui/help.py" line="62" />
      <source>kapdesk help</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HoldsModel</name>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_models.py" line="110" />
      <source>Order ID</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_models.py" line="111" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_models.py" line="112" />
      <source>Authorized</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_models.py" line="113" />
      <source>Cleared</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_models.py" line="114" />
      <source>Remaining</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_models.py" line="115" />
      <source>Card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_models.py" line="116" />
      <source>Deadline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_models.py" line="117" />
      <source>Time left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_models.py" line="118" />
      <source>Result</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HoldsTab</name>
    <message>
      <location filename="../../work/main/kapdesk/gui/holds_tab.py" line="79" />
      <source>Refresh all</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/holds_tab.py" line="83" />
      <source>Paste order IDs to check</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/holds_tab.py" line="85" />
      <source>Check these IDs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/holds_tab.py" line="87" />
      <source>Import IDs from file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/holds_tab.py" line="123" />
      <source>Why (required to release or reverse)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/holds_tab.py" line="125" />
      <source>Order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/holds_tab.py" line="126" />
      <source>Authorized</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/holds_tab.py" line="127" />
      <source>Already cleared</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/holds_tab.py" line="128" />
      <source>Remaining</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/holds_tab.py" line="129" />
      <source>Amount to clear</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/holds_tab.py" line="130" />
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/holds_tab.py" line="133" />
      <source>Clear</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/holds_tab.py" line="136" />
      <source>Release hold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/holds_tab.py" line="139" />
      <source>Reverse clearing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/holds_tab.py" line="142" />
      <source>Clear selected in full</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/holds_tab.py" line="167" />
      <source>Import order IDs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/holds_tab.py" line="168" />
      <source>Text or CSV (*.txt *.csv);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/holds_tab.py" line="176" />
      <source>Cannot read %1: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/holds_tab.py" line="187" />
      <source>Reading %1 orders…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/holds_tab.py" line="196" />
      <source>%1 open holds; %2 of %3 orders could not be read.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>IdleLock</name>
    <message>
      <location filename="../../work/main/kapdesk/gui/idle_lock.py" line="160" />
      <source>Lock now</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>JournalModel</name>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_models.py" line="177" />
      <source>#</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_models.py" line="178" />
      <source>Time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_models.py" line="179" />
      <source>Operator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_models.py" line="180" />
      <source>Order ID</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_models.py" line="181" />
      <source>Operation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_models.py" line="182" />
      <source>Amount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_models.py" line="183" />
      <source>Card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_models.py" line="184" />
      <source>State</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_models.py" line="185" />
      <source>Approval code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_models.py" line="186" />
      <source>RRN</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_models.py" line="187" />
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>JournalState</name>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_models.py" line="219" />
      <source>intended</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_models.py" line="220" />
      <source>sent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_models.py" line="221" />
      <source>done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_models.py" line="222" />
      <source>refused</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_models.py" line="223" />
      <source>unknown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_models.py" line="224" />
      <source>not_done</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>JournalTab</name>
    <message>
      <location filename="../../work/main/kapdesk/gui/journal_tab.py" line="77" />
      <source>Operator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/journal_tab.py" line="79" />
      <source>Any operation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/journal_tab.py" line="83" />
      <source>Any state</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/journal_tab.py" line="88" />
      <source>Order ID</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/journal_tab.py" line="89" />
      <source>Show</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/journal_tab.py" line="96" />
      <source>Export CSV…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/journal_tab.py" line="98" />
      <source>Verify chain</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/journal_tab.py" line="100" />
      <source>Reconcile now</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../work/main/kapdesk/gui/journal_tab.py" line="146" />
      <location filename="../../work/main/kapdesk/gui/journal_tab.py" line="216" />
      <source>%n journal entries are unsettled; see the Journal tab.</source>
      <translation>
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/journal_tab.py" line="148" />
      <source>No unsettled journal entries.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/journal_tab.py" line="164" />
      <source>Export the journal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/journal_tab.py" line="167" />
      <source>CSV files (*.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/journal_tab.py" line="176" />
      <source>Cannot write %1: %2</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../work/main/kapdesk/gui/journal_tab.py" line="179" />
      <source>%n entries written.</source>
      <translation>
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/journal_tab.py" line="185" />
      <source>The journal's chain is intact.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/journal_tab.py" line="189" />
      <source>The journal has been altered:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/journal_tab.py" line="197" />
      <source>Checking with the bank…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/journal_tab.py" line="206" />
      <source>%1 entries checked; %2 still unknown.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/journal_tab.py" line="235" />
      <source>Order before</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/journal_tab.py" line="236" />
      <source>Order after</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>KnownOrdersSearch</name>
    <message>
      <location filename="../../work/main/kapdesk/gui/known_orders.py" line="67" />
      <source>Known orders: ID, RRN, approval code or card last 4</source>
      <translation>Известные заказы: ID, RRN, код авторизации или последние 4 цифры карты</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/known_orders.py" line="68" />
      <source>Amount</source>
      <translation>Сумма</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/known_orders.py" line="69" />
      <source>Created from</source>
      <translation>Создан с</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/known_orders.py" line="70" />
      <source>Search known orders</source>
      <translation>Искать среди известных заказов</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/known_orders.py" line="73" />
      <source>Any status</source>
      <translation>Любой статус</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/known_orders.py" line="86" />
      <source>{text} is not an amount.</source>
      <translation>{text} — это не сумма.</translation>
    </message>
  </context>
  <context>
    <name>LockCover</name>
    <message>
      <location filename="../../work/main/kapdesk/gui/idle_lock.py" line="115" />
      <source>kapdesk is locked. The credentials were put away.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/idle_lock.py" line="116" />
      <source>Unlock…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LookupTab</name>
    <message>
      <location filename="../../work/main/kapdesk/gui/lookup_tab.py" line="166" />
      <source>Order ID (or many, separated by spaces, commas or new lines)</source>
      <translation>Номер заказа (или несколько через пробел, запятую или с новой строки)</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/lookup_tab.py" line="168" />
      <source>Look up</source>
      <translation>Найти</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/lookup_tab.py" line="169" />
      <source>Paste a list</source>
      <translation>Вставить список</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/lookup_tab.py" line="170" />
      <source>Import a file…</source>
      <translation>Импорт из файла…</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/lookup_tab.py" line="171" />
      <source>Export…</source>
      <translation>Экспорт…</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/lookup_tab.py" line="172" />
      <source>Filter the table (Ctrl+F)</source>
      <translation>Фильтр таблицы (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/lookup_tab.py" line="173" />
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/lookup_tab.py" line="190" />
      <source>Enter an order ID.</source>
      <translation>Введите номер заказа.</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/lookup_tab.py" line="228" />
      <source>Cancelled after {done} of {total}.</source>
      <translation>Отменено после {done} из {total}.</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/lookup_tab.py" line="259" />
      <source>{done} of {total} read</source>
      <translation>Прочитано {done} из {total}</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/lookup_tab.py" line="261" />
      <source>; {failed} failed</source>
      <translation>; с ошибкой: {failed}</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/lookup_tab.py" line="308" />
      <source>{n} known orders (saved on this computer)</source>
      <translation>Известных заказов: {n} (сохранены на этом компьютере)</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/lookup_tab.py" line="315" />
      <source>Import order ids</source>
      <translation>Импорт номеров заказов</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/lookup_tab.py" line="316" />
      <source>Spreadsheets (*.csv *.xlsx *.txt)</source>
      <translation>Таблицы (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/lookup_tab.py" line="326" />
      <source>Cannot read {name}.</source>
      <translation>Не удаётся прочитать {name}.</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/lookup_tab.py" line="340" />
      <source>Export the table</source>
      <translation>Экспорт таблицы</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/lookup_tab.py" line="343" />
      <source>CSV for Excel (*.csv)</source>
      <translation>CSV для Excel (*.csv)</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/lookup_tab.py" line="343" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/lookup_tab.py" line="358" />
      <source>Cannot write {name}.</source>
      <translation>Не удаётся записать {name}.</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/lookup_tab.py" line="361" />
      <source>{n} rows exported to {name}.</source>
      <translation>Экспортировано строк: {n} в {name}.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../work/main/kapdesk/gui/main_window.py" line="19" />
      <source>Lookup</source>
      <translation>Поиск</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/main_window.py" line="20" />
      <source>Holds</source>
      <translation>Блокировки</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/main_window.py" line="21" />
      <source>Refunds</source>
      <translation>Возвраты</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/main_window.py" line="22" />
      <source>Payouts</source>
      <translation>Выплаты</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/main_window.py" line="23" />
      <source>Journal</source>
      <translation>Журнал</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/main_window.py" line="130" />
      <source>kapdesk: {environment}</source>
      <translation>kapdesk: {environment}</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/main_window.py" line="136" />
      <source>PRODUCTION: every operation here moves real money.</source>
      <translation>РАБОЧАЯ СРЕДА: каждая операция здесь двигает реальные деньги.</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/main_window.py" line="137" />
      <source>&amp;File</source>
      <translation>&amp;Файл</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/main_window.py" line="138" />
      <source>&amp;Import order ids…</source>
      <translation>&amp;Импорт номеров заказов…</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/main_window.py" line="139" />
      <source>&amp;Export the table…</source>
      <translation>&amp;Экспорт таблицы…</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/main_window.py" line="140" />
      <source>&amp;Quit</source>
      <translation>В&amp;ыход</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/main_window.py" line="141" />
      <source>&amp;Language</source>
      <translation>&amp;Язык</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/main_window.py" line="145" />
      <source>kapdesk</source>
      <translation>kapdesk</translation>
    </message>
  </context>
  <context>
    <name>MoneyAction</name>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_action.py" line="90" />
      <source>Working…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_action.py" line="106" />
      <location filename="../../work/main/kapdesk/gui/money_action.py" line="130" />
      <source>Reading order %1 with full detail…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_action.py" line="111" />
      <source>Sending to the bank…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_action.py" line="137" />
      <source>Nothing was sent: no selected order allows this.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_action.py" line="142" />
      <source>Sending order %1…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_action.py" line="147" />
      <source>%1 of %2 done; see each row.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_action.py" line="159" />
      <source>Cancelled: nothing was sent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_action.py" line="168" />
      <source>Stopped.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_action.py" line="173" />
      <source>Something went wrong; see the Journal tab for what was sent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_action.py" line="186" />
      <source>Checking with the bank…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>OrderDetail</name>
    <message>
      <location filename="../../work/main/kapdesk/gui/order_detail.py" line="93" />
      <source>Order ID</source>
      <translation>Номер заказа</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/order_detail.py" line="94" />
      <location filename="../../work/main/kapdesk/gui/order_detail.py" line="113" />
      <source>Type</source>
      <translation>Тип</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/order_detail.py" line="95" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/order_detail.py" line="96" />
      <location filename="../../work/main/kapdesk/gui/order_detail.py" line="114" />
      <source>Amount</source>
      <translation>Сумма</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/order_detail.py" line="97" />
      <source>Created</source>
      <translation>Создан</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/order_detail.py" line="98" />
      <location filename="../../work/main/kapdesk/gui/order_detail.py" line="196" />
      <source>Card</source>
      <translation>Карта</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/order_detail.py" line="99" />
      <location filename="../../work/main/kapdesk/gui/order_detail.py" line="118" />
      <source>RRN</source>
      <translation>RRN</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/order_detail.py" line="100" />
      <location filename="../../work/main/kapdesk/gui/order_detail.py" line="117" />
      <source>Approval code</source>
      <translation>Код авторизации</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/order_detail.py" line="101" />
      <source>Refunded</source>
      <translation>Возвращено</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/order_detail.py" line="106" />
      <source>Summary</source>
      <translation>Сводка</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/order_detail.py" line="106" />
      <source>Transactions</source>
      <translation>Транзакции</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/order_detail.py" line="106" />
      <source>Card and 3-D Secure</source>
      <translation>Карта и 3-D Secure</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/order_detail.py" line="111" />
      <source>Time</source>
      <translation>Время</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/order_detail.py" line="112" />
      <source>Phase</source>
      <translation>Фаза</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/order_detail.py" line="115" />
      <source>Currency</source>
      <translation>Валюта</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/order_detail.py" line="116" />
      <source>Reversal</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/order_detail.py" line="119" />
      <source>Result</source>
      <translation>Результат</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/order_detail.py" line="122" />
      <source>Copy ID</source>
      <translation>Копировать номер</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/order_detail.py" line="123" />
      <source>Copy RRN</source>
      <translation>Копировать RRN</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/order_detail.py" line="124" />
      <source>Copy approval code</source>
      <translation>Копировать код авторизации</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/order_detail.py" line="145" />
      <source>Not read yet.</source>
      <translation>Ещё не прочитан.</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/order_detail.py" line="182" />
      <source>yes</source>
      <translation>да</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/order_detail.py" line="185" />
      <source>approved</source>
      <translation>одобрено</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/order_detail.py" line="187" />
      <source>declined ({code})</source>
      <translation>отклонено ({code})</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/order_detail.py" line="197" />
      <source>Brand</source>
      <translation>Платёжная система</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/order_detail.py" line="198" />
      <source>Expiry (MMYY)</source>
      <translation>Срок действия (ММГГ)</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/order_detail.py" line="199" />
      <source>CVV2 check</source>
      <translation>Проверка CVV2</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/order_detail.py" line="200" />
      <source>3-D Secure 1 result</source>
      <translation>Результат 3-D Secure 1</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/order_detail.py" line="201" />
      <source>3-D Secure 2 result</source>
      <translation>Результат 3-D Secure 2</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/order_detail.py" line="202" />
      <source>3-D Secure protocol</source>
      <translation>Протокол 3-D Secure</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/order_detail.py" line="203" />
      <source>ECI</source>
      <translation>ECI</translation>
    </message>
  </context>
  <context>
    <name>OrderStatus</name>
    <message>
      <location filename="../../work/main/kapdesk/gui/rows.py" line="229" />
      <source>Preparing</source>
      <translation>Создан</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/rows.py" line="230" />
      <source>Cancelled</source>
      <translation>Отменён</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/rows.py" line="231" />
      <source>Rejected</source>
      <translation>Отклонён процессингом</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/rows.py" line="232" />
      <source>Refused</source>
      <translation>Не оплачен</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/rows.py" line="233" />
      <source>Expired</source>
      <translation>Истёк</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/rows.py" line="234" />
      <source>Authorized</source>
      <translation>Заблокирован</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/rows.py" line="235" />
      <source>PartiallyPaid</source>
      <translation>Частично оплачен</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/rows.py" line="236" />
      <source>FullyPaid</source>
      <translation>Оплачен</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/rows.py" line="237" />
      <source>Funded</source>
      <translation>Списан</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/rows.py" line="238" />
      <source>Declined</source>
      <translation>Отклонён</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/rows.py" line="239" />
      <source>Voided</source>
      <translation>Аннулирован</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/rows.py" line="240" />
      <source>Refunded</source>
      <translation>Возвращён</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/rows.py" line="241" />
      <source>Closed</source>
      <translation>Закрыт</translation>
    </message>
  </context>
  <context>
    <name>OrdersModel</name>
    <message>
      <location filename="../../work/main/kapdesk/gui/rows.py" line="23" />
      <source>Order ID</source>
      <translation>Номер заказа</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/rows.py" line="24" />
      <source>Type</source>
      <translation>Тип</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/rows.py" line="25" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/rows.py" line="26" />
      <source>Amount</source>
      <translation>Сумма</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/rows.py" line="27" />
      <source>Currency</source>
      <translation>Валюта</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/rows.py" line="28" />
      <source>Created</source>
      <translation>Создан</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/rows.py" line="29" />
      <source>Card</source>
      <translation>Карта</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/rows.py" line="30" />
      <source>RRN</source>
      <translation>RRN</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/rows.py" line="31" />
      <source>Approval code</source>
      <translation>Код авторизации</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/rows.py" line="32" />
      <source>Refunded</source>
      <translation>Возвращено</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/rows.py" line="33" />
      <source>Age</source>
      <translation>Возраст</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/rows.py" line="34" />
      <source>Refreshed</source>
      <translation>Обновлён</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/rows.py" line="76" />
      <source>{d} d {h} h</source>
      <translation>{d} д {h} ч</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/rows.py" line="78" />
      <source>{h} h {m} min</source>
      <translation>{h} ч {m} мин</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/rows.py" line="81" />
      <source>{m} min</source>
      <translation>{m} мин</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/table_io.py" line="32" />
      <source>Time zone</source>
      <translation>Часовой пояс</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/table_io.py" line="33" />
      <source>Error</source>
      <translation>Ошибка</translation>
    </message>
  </context>
  <context>
    <name>PayoutsTab</name>
    <message>
      <location filename="../../work/main/kapdesk/gui/payouts_tab.py" line="63" />
      <source>Card number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/payouts_tab.py" line="70" />
      <source>Required: why this payout</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/payouts_tab.py" line="71" />
      <source>Amount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/payouts_tab.py" line="72" />
      <source>Currency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/payouts_tab.py" line="73" />
      <source>Card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/payouts_tab.py" line="75" />
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/payouts_tab.py" line="77" />
      <source>Pay out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/payouts_tab.py" line="99" />
      <source>Card number looks right.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/payouts_tab.py" line="134" />
      <source>Enter a valid card number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/payouts_tab.py" line="137" />
      <source>Enter a reason: it is kept in the journal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/payouts_tab.py" line="145" />
      <source>Step 1 of 3: creating the payout order…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PendingTab</name>
    <message>
      <location filename="../../work/main/kapdesk/gui/main_window.py" line="27" />
      <source>Holds</source>
      <translation>Блокировки</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/main_window.py" line="28" />
      <source>Refunds</source>
      <translation>Возвраты</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/main_window.py" line="29" />
      <source>Payouts</source>
      <translation>Выплаты</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/main_window.py" line="30" />
      <source>Journal</source>
      <translation>Журнал</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/pending_tab.py" line="27" />
      <source>{tab} is not available in this version yet. Nothing here is live: use the Lookup tab to read orders.</source>
      <translation>Раздел «{tab}» в этой версии пока недоступен. Здесь ничего не работает: для чтения заказов откройте вкладку «Поиск».</translation>
    </message>
  </context>
  <context>
    <name>ProfileForm</name>
    <message>
      <location filename="../../work/main/kapdesk/gui/profile_form.py" line="46" />
      <source>Sandbox (built in, no real money)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/profile_form.py" line="47" />
      <source>Kapital Bank test</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/profile_form.py" line="48" />
      <source>Production (real money)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/profile_form.py" line="49" />
      <source>Custom address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/profile_form.py" line="63" />
      <source>Verify the gateway's TLS certificate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/profile_form.py" line="66" />
      <source>Production: every operation moves real money. TLS verification stays on.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/profile_form.py" line="75" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/profile_form.py" line="76" />
      <source>Environment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/profile_form.py" line="78" />
      <source>Base URL</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/profile_form.py" line="79" />
      <source>Terminal user</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/profile_form.py" line="80" />
      <source>Terminal password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/profile_form.py" line="81" />
      <source>Default currency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/profile_form.py" line="82" />
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/profile_form.py" line="83" />
      <source>Hold validity (days)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/profile_form.py" line="84" />
      <source>Lock after idle (minutes)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/profile_form.py" line="96" />
      <source>filled in when the sandbox starts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/profile_form.py" line="115" />
      <source>unchanged</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ProfileManagerDialog</name>
    <message>
      <location filename="../../work/main/kapdesk/gui/profile_manager.py" line="43" />
      <source>Profiles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/profile_manager.py" line="50" />
      <source>Add</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/profile_manager.py" line="51" />
      <source>Remove…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/profile_manager.py" line="52" />
      <source>Use this profile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/profile_manager.py" line="53" />
      <source>Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/profile_manager.py" line="54" />
      <source>Test connection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/profile_manager.py" line="91" />
      <source>{name} (active)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/profile_manager.py" line="130" />
      <source>Saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/profile_manager.py" line="145" />
      <source>Remove profile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/profile_manager.py" line="146" />
      <source>Remove the profile “{name}” and its stored password?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/profile_manager.py" line="180" />
      <source>Testing the connection…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RefundsTab</name>
    <message>
      <location filename="../../work/main/kapdesk/gui/refunds_tab.py" line="74" />
      <source>Read order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/refunds_tab.py" line="78" />
      <source>Order ID</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/refunds_tab.py" line="80" />
      <source>Order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/refunds_tab.py" line="96" />
      <source>Required: why the money goes back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/refunds_tab.py" line="97" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/refunds_tab.py" line="98" />
      <source>Paid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/refunds_tab.py" line="99" />
      <source>Refunded so far</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/refunds_tab.py" line="100" />
      <source>Still refundable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/refunds_tab.py" line="101" />
      <source>Amount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/refunds_tab.py" line="102" />
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/refunds_tab.py" line="105" />
      <source>Refund</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/refunds_tab.py" line="108" />
      <source>Reverse (same day)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/refunds_tab.py" line="152" />
      <source>Enter an order ID (digits only).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/refunds_tab.py" line="154" />
      <source>Reading order %1…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/refunds_tab.py" line="210" />
      <source>Same-day reversal possible: fully, or partly once (up to %1).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/refunds_tab.py" line="213" />
      <source>Same-day reversal possible: only the full %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/refunds_tab.py" line="229" />
      <source>Enter a reason: it is kept in the journal.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <location filename="../../work/main/kapdesk/gui/unlock.py" line="40" />
      <source>Unlock kapdesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/unlock.py" line="45" />
      <source>Remember on this computer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/unlock.py" line="51" />
      <source>Unlock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/unlock.py" line="59" />
      <source>Type the passphrase of the profile store.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/unlock.py" line="80" />
      <source>After several wrong tries, this try waits {seconds} s.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>kapdesk</name>
    <message>
      <location filename="../../work/main/kapdesk/app.py" line="224" />
      <source>Orders read now will not be saved for offline search.</source>
      <translation>Прочитанные сейчас заказы не будут сохранены для поиска без сети.</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/app.py" line="301" />
      <source>Something went wrong. Nothing was sent for this action. The details are in {path}.</source>
      <translation>Что-то пошло не так. По этому действию ничего не отправлено. Подробности в {path}.</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/allowances.py" line="41" />
      <source>Clear hold</source>
      <translation>Списать блокировку</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/allowances.py" line="42" />
      <source>Release hold</source>
      <translation>Снять блокировку</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/allowances.py" line="43" />
      <source>Reverse clearing</source>
      <translation>Отменить списание</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/allowances.py" line="44" />
      <source>Refund</source>
      <translation>Возврат</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/allowances.py" line="45" />
      <source>Reverse purchase</source>
      <translation>Отменить покупку</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/allowances.py" line="46" />
      <source>Pay out to card</source>
      <translation>Выплата на карту</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/allowances.py" line="47" />
      <source>Charge saved card</source>
      <translation>Списание с сохранённой карты</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/orders.py" line="48" />
      <source>Created; nothing executed yet</source>
      <translation>Создан; ещё ничего не выполнено</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/orders.py" line="49" />
      <source>Cancelled before payment</source>
      <translation>Отменён до оплаты</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/orders.py" line="50" />
      <source>Rejected by the processing centre</source>
      <translation>Отклонён процессинговым центром</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/orders.py" line="51" />
      <source>The customer refused, or payment failed</source>
      <translation>Покупатель отказался, или оплата не прошла</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/orders.py" line="52" />
      <source>Timed out before payment</source>
      <translation>Время истекло до оплаты</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/orders.py" line="53" />
      <source>Amount on hold, awaiting clearing</source>
      <translation>Сумма заблокирована, ожидает списания</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/orders.py" line="54" />
      <source>Part of the hold cleared</source>
      <translation>Часть блокировки списана</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/orders.py" line="55" />
      <source>Paid in full</source>
      <translation>Оплачен полностью</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/orders.py" line="56" />
      <source>Debit done (transfer orders)</source>
      <translation>Списание выполнено (переводы)</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/orders.py" line="57" />
      <source>Declined (3-D Secure or the bank)</source>
      <translation>Отклонён (3-D Secure или банк)</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/orders.py" line="58" />
      <source>Reversed; nothing is held or paid</source>
      <translation>Отменён; ничего не заблокировано и не оплачено</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/orders.py" line="59" />
      <source>Refunded in full</source>
      <translation>Возвращён полностью</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/orders.py" line="60" />
      <source>Closed after payment</source>
      <translation>Закрыт после оплаты</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/orders.py" line="75" />
      <source>Purchase</source>
      <translation>Покупка</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/orders.py" line="76" />
      <source>Preauthorization</source>
      <translation>Преавторизация</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/orders.py" line="77" />
      <source>Saved-card purchase</source>
      <translation>Покупка сохранённой картой</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/orders.py" line="78" />
      <source>Saved-card preauthorization</source>
      <translation>Преавторизация сохранённой картой</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/orders.py" line="79" />
      <source>Payout to a card</source>
      <translation>Выплата на карту</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/orders.py" line="80" />
      <source>Google Pay (3-D Secure)</source>
      <translation>Google Pay (3-D Secure)</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/orders.py" line="81" />
      <source>Google Pay</source>
      <translation>Google Pay</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/pmo_codes.py" line="9" />
      <source>Approved</source>
      <translation>Одобрено</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/pmo_codes.py" line="10" />
      <source>Approved partially</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/pmo_codes.py" line="11" />
      <source>Approved for the purchase only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/pmo_codes.py" line="12" />
      <source>Postponed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/pmo_codes.py" line="13" />
      <source>Strong customer authentication required</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/pmo_codes.py" line="14" />
      <source>Original transaction not found</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/pmo_codes.py" line="15" />
      <source>Acquirer limit exceeded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/pmo_codes.py" line="16" />
      <source>Closed account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/pmo_codes.py" line="17" />
      <source>Blocked card</source>
      <translation>Карта заблокирована</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/pmo_codes.py" line="18" />
      <source>Lost card</source>
      <translation>Утерянная карта</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/pmo_codes.py" line="19" />
      <source>Stolen card</source>
      <translation>Украденная карта</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/pmo_codes.py" line="20" />
      <source>Unauthorized usage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/pmo_codes.py" line="21" />
      <source>Expired card</source>
      <translation>Срок действия карты истёк</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/pmo_codes.py" line="22" />
      <source>Invalid card</source>
      <translation>Недействительная карта</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/pmo_codes.py" line="23" />
      <source>System error</source>
      <translation>Системная ошибка</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/pmo_codes.py" line="24" />
      <source>Ineligible transaction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/pmo_codes.py" line="25" />
      <source>Ineligible account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/pmo_codes.py" line="26" />
      <source>Transaction not supported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/pmo_codes.py" line="27" />
      <source>Restricted card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/pmo_codes.py" line="28" />
      <source>Insufficient funds</source>
      <translation>Недостаточно средств</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/pmo_codes.py" line="29" />
      <source>Usage limit exceeded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/pmo_codes.py" line="30" />
      <source>Withdrawal limit would be exceeded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/pmo_codes.py" line="31" />
      <source>Credit amount limit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/pmo_codes.py" line="32" />
      <source>Invalid amount</source>
      <translation>Неверная сумма</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/pmo_codes.py" line="33" />
      <source>External decline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/pmo_codes.py" line="34" />
      <source>Contact the card issuer</source>
      <translation>Свяжитесь с банком-эмитентом</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/pmo_codes.py" line="35" />
      <source>Destination not available</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/pmo_codes.py" line="36" />
      <source>Routing error</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/pmo_codes.py" line="37" />
      <source>Format error</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/pmo_codes.py" line="38" />
      <source>Wrong CVV2</source>
      <translation>Неверный CVV2</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/pmo_codes.py" line="39" />
      <source>Invalid transaction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/pmo_codes.py" line="40" />
      <source>Wrong CAVV</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/pmo_codes.py" line="41" />
      <source>Approved without a challenge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/pmo_codes.py" line="42" />
      <source>Invalid merchant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/messages.py" line="32" />
      <source>Something went wrong. The details are in the log file.</source>
      <translation>Что-то пошло не так. Подробности в файле журнала.</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/vault_widgets.py" line="29" />
      <source>Something unexpected went wrong ({kind}); nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/cli/connection.py" line="51" />
      <source>--user goes with --base-url.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/cli/connection.py" line="63" />
      <source>Say which gateway to use: --sandbox, --profile NAME or --base-url URL.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/cli/connection.py" line="99" />
      <source>--base-url needs --user (the terminal user).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/cli/connection.py" line="104" />
      <source>--base-url needs the terminal password in the {variable} environment variable (never on the command line).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/cli/lookup.py" line="54" />
      <source>Give order ids as arguments or on standard input.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/cli/lookup.py" line="58" />
      <source>No order ids were given.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/cli/lookup_output.py" line="21" />
      <source>ID</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/cli/lookup_output.py" line="21" />
      <source>TYPE</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/cli/lookup_output.py" line="21" />
      <source>STATUS</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/cli/lookup_output.py" line="21" />
      <source>AMOUNT</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/cli/lookup_output.py" line="21" />
      <source>CUR</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/cli/lookup_output.py" line="21" />
      <source>CREATED</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/cli/lookup_output.py" line="21" />
      <source>CARD</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/cli/lookup_output.py" line="22" />
      <source>RRN</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/cli/lookup_output.py" line="22" />
      <source>APPROVAL</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/cli/profile_actions.py" line="72" />
      <source>Nothing to change: give at least one option (see --help).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/cli/vault_access.py" line="32" />
      <source>The two entries differ; nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/cli/vault_access.py" line="35" />
      <source>Cancelled; nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/cli/vault_access.py" line="47" />
      <source>No passphrase: set {variable} or run this in a terminal to be asked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/cli/vault_access.py" line="60" />
      <source>No terminal password: set {variable} or run this in a terminal to be asked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/allowances.py" line="146" />
      <source>Order {order} is not a preauthorization: it has no hold to clear.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/allowances.py" line="153" />
      <source>Order {order} is {status}: only a hold that is Authorized or PartiallyPaid can be cleared.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/allowances.py" line="159" />
      <source>Order {order} has nothing left to clear.</source>
      <translation>По заказу {order} списывать больше нечего.</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/allowances.py" line="168" />
      <source>Order {order} is not a preauthorization: it has no hold to release.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/allowances.py" line="175" />
      <source>Order {order} is {status}: only a hold with nothing cleared yet (Authorized) can be released.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/allowances.py" line="188" />
      <source>Order {order} is not a preauthorization: it has no clearing to reverse.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/allowances.py" line="194" />
      <source>Order {order} is {status}: there is no clearing to reverse.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/allowances.py" line="201" />
      <source>Order {order} already has refunds: refund the rest instead of reversing the clearing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/allowances.py" line="212" />
      <source>Order {order} is a payout: payouts cannot be refunded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/allowances.py" line="216" />
      <source>Order {order} is {status}: only paid orders can be refunded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/allowances.py" line="220" />
      <source>Order {order} has been refunded in full.</source>
      <translation>Заказ {order} возвращён полностью.</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/allowances.py" line="230" />
      <source>Order {order} is not a purchase: only purchases can be reversed the same day (a preauthorization is released instead).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/allowances.py" line="238" />
      <source>Order {order} is {status}: only a purchase that is FullyPaid can be reversed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/allowances.py" line="244" />
      <source>Order {order} already has refunds: it can only be refunded now.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/allowances.py" line="256" />
      <source>Order {order} was not paid today (Baku time): a reversal is only possible on the day of payment; refund it instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/allowances.py" line="267" />
      <source>Order {order} is not a payout order.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/allowances.py" line="271" />
      <source>Payout order {order} is {status}: only a new payout order can be paid out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/allowances.py" line="280" />
      <source>Order {order} is not a saved-card order.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/allowances.py" line="284" />
      <source>Saved-card order {order} is {status}: only a new order can be charged.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/allowances.py" line="320" />
      <source>Order {order} is in {order_currency}, not {currency}.</source>
      <translation>Заказ {order} в {order_currency}, а не в {currency}.</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/allowances.py" line="328" />
      <location filename="../../work/main/kapdesk/domain/money.py" line="131" />
      <location filename="../../work/main/kapdesk/operations/checks.py" line="46" />
      <source>The amount must be more than zero.</source>
      <translation>Сумма должна быть больше нуля.</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/allowances.py" line="331" />
      <source>{amount} is more than the {remaining} that order {order} still allows.</source>
      <translation>{amount} больше, чем {remaining}, которые ещё допускает заказ {order}.</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/allowances.py" line="340" />
      <source>Order {order} has already been partly reversed once: only the full remaining {remaining} can be reversed now.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/allowances.py" line="347" />
      <source>This operation takes the full amount only: {remaining}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/cards.py" line="42" />
      <source>Enter the card number.</source>
      <translation>Введите номер карты.</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/cards.py" line="44" />
      <source>A card number has only digits.</source>
      <translation>Номер карты состоит только из цифр.</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/cards.py" line="47" />
      <source>A card number has 13 to 19 digits; this one has {count}.</source>
      <translation>В номере карты от 13 до 19 цифр; в этом — {count}.</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/cards.py" line="50" />
      <source>This card number has a typo: its check digit is wrong.</source>
      <translation>В номере карты опечатка: неверная контрольная цифра.</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/money.py" line="50" />
      <source>Unknown currency {currency}.</source>
      <translation>Неизвестная валюта: {currency}.</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/money.py" line="84" />
      <source>Enter an amount.</source>
      <translation>Введите сумму.</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/money.py" line="86" />
      <source>The amount cannot be negative: {text}.</source>
      <translation>Сумма не может быть отрицательной: {text}.</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/money.py" line="95" />
      <source>{text} is ambiguous: use a point or a comma only for decimals, and spaces for thousands (1 234,50).</source>
      <translation>{text} неоднозначно: точку или запятую ставьте только для дробной части, а тысячи отделяйте пробелом (1 234,50).</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/money.py" line="102" />
      <location filename="../../work/main/kapdesk/domain/money.py" line="105" />
      <location filename="../../work/main/kapdesk/domain/money.py" line="107" />
      <location filename="../../work/main/kapdesk/domain/money.py" line="109" />
      <location filename="../../work/main/kapdesk/domain/money.py" line="129" />
      <source>{text} is not a number.</source>
      <translation>{text} — это не число.</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/money.py" line="113" />
      <source>{text} is ambiguous: is it thousands or decimals? Write 1234 or 1 234 for thousands, 1.23 for decimals.</source>
      <translation>{text} неоднозначно: это тысячи или дробная часть? Пишите 1234 или 1 234 для тысяч и 1.23 для дробей.</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/domain/money.py" line="120" />
      <source>{currency} amounts have at most {digits} decimals; {text} has {given}.</source>
      <translation>В суммах {currency} не более {digits} знаков после запятой; в {text} их {given}.</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/errors.py" line="49" />
      <source>The bank declined ({code}): {pmo_text} (result code {pmo_code}).</source>
      <translation>Банк отклонил ({code}): {pmo_text} (код результата {pmo_code}).</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/errors.py" line="56" />
      <source>The gateway refused ({code}): {description}</source>
      <translation>Шлюз отказал ({code}): {description}</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/errors.py" line="61" />
      <source>The gateway refused ({code}).</source>
      <translation>Шлюз отказал ({code}).</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/errors.py" line="70" />
      <source>Order {order_id} was not found.</source>
      <translation>Заказ {order_id} не найден.</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/errors.py" line="77" />
      <source>The gateway refused the terminal credentials (user or password).</source>
      <translation>Шлюз не принял учётные данные терминала (пользователь или пароль).</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/errors.py" line="87" />
      <source>The gateway at {host} could not be reached; nothing was sent.</source>
      <translation>Шлюз {host} недоступен; ничего не отправлено.</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/errors.py" line="94" />
      <source>The gateway did not answer in time: the operation may or may not have happened. Check the order before trying again.</source>
      <translation>Шлюз не ответил вовремя: операция могла пройти, а могла и нет. Проверьте заказ, прежде чем повторять.</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/errors.py" line="98" />
      <source>The connection dropped before the gateway answered: the operation may or may not have happened. Check the order before trying again.</source>
      <translation>Соединение оборвалось до ответа шлюза: операция могла пройти, а могла и нет. Проверьте заказ, прежде чем повторять.</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/errors.py" line="102" />
      <source>The gateway failed with a server error (HTTP {status}): the operation may or may not have happened. Check the order before trying again.</source>
      <translation>Ошибка сервера шлюза (HTTP {status}): операция могла пройти, а могла и нет. Проверьте заказ, прежде чем повторять.</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/errors.py" line="106" />
      <source>The gateway's answer could not be read: the operation may or may not have happened. Check the order before trying again.</source>
      <translation>Ответ шлюза не удалось прочитать: операция могла пройти, а могла и нет. Проверьте заказ, прежде чем повторять.</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/errors.py" line="111" />
      <source>The gateway did not answer in time.</source>
      <translation>Шлюз не ответил вовремя.</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/errors.py" line="112" />
      <source>The connection to the gateway dropped before it answered.</source>
      <translation>Соединение со шлюзом оборвалось до ответа.</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/errors.py" line="113" />
      <source>The gateway failed with a server error (HTTP {status}).</source>
      <translation>Ошибка сервера шлюза (HTTP {status}).</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/errors.py" line="114" />
      <source>The gateway's answer could not be read.</source>
      <translation>Ответ шлюза не удалось прочитать.</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/transport.py" line="68" />
      <source>{url} is not a web address.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/transport.py" line="70" />
      <source>{url} is not an http(s) address of a gateway.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/transport.py" line="72" />
      <source>Put the user and password in the profile, not in the address.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gateway/transport.py" line="76" />
      <source>Refusing plain http:// to {host}: credentials would travel unencrypted. Use https.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/first_run.py" line="125" />
      <source>The two passphrases differ.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_models.py" line="55" />
      <source>HoldsModel</source>
      <comment>expired</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_models.py" line="59" />
      <source>HoldsModel</source>
      <comment>%1 d %2 h</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/money_models.py" line="61" />
      <source>HoldsModel</source>
      <comment>%1 h %2 min</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/profile_flow.py" line="81" />
      <source>Choose a profile with --profile NAME (or make one active).</source>
      <translation>Выберите профиль через --profile ИМЯ (или сделайте один активным).</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/status.py" line="60" />
      <source>SANDBOX (simulated, no real money)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/status.py" line="61" />
      <source>Kapital test environment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/status.py" line="62" />
      <source>PRODUCTION: real money</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/gui/status.py" line="63" />
      <source>Custom gateway</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/journal/chain.py" line="48" />
      <source>Row {seq} is out of sequence: it was inserted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/journal/chain.py" line="52" />
      <source>Rows {first} to {last} are missing: they were deleted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/journal/chain.py" line="61" />
      <source>The link between rows {before} and {seq} is broken: row {before} was replaced, or row {seq} was inserted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/journal/chain.py" line="71" />
      <source>Row {seq} (entry {entry}, {state}) was edited after it was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/journal/chain.py" line="85" />
      <source>The journal's head record is missing: it was deleted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/journal/chain.py" line="91" />
      <source>The newest rows {first} to {last} are missing: they were deleted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/journal/chain.py" line="99" />
      <source>Rows {first} to {last} were added after the last row kapdesk wrote.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/journal/chain.py" line="105" />
      <source>The newest row {seq} was replaced.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/journal/chain.py" line="115" />
      <source>Row {seq} belongs to entry {entry}, which has no intent row.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/journal/entry.py" line="145" />
      <source>Order {order_id} is busy: {operation} started by {user} at {since} (journal entry {entry_id}) is still in progress. Wait for it to finish.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/journal/entry.py" line="150" />
      <source>Order {order_id} has an unsettled {operation} started by {user} at {since} (journal entry {entry_id}, {state}). It must be settled (reconciled) before another money operation on this order.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/journal/entry.py" line="172" />
      <source>Journal entry {entry_id} is already {state}; it cannot become {new_state}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/journal/entry.py" line="188" />
      <source>There is no journal entry {entry_id}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/journal/journal.py" line="329" />
      <source>The journal's head record is missing; run 'kapdesk journal verify'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/journal/journal.py" line="345" />
      <source>The journal has rows kapdesk did not write; run 'kapdesk journal verify'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/journal/schema.py" line="81" />
      <source>The journal's operations table is missing (deleted); only its head remains.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/operations/batch.py" line="92" />
      <source>Cannot read {file} as a UTF-8 CSV file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/operations/batch.py" line="101" />
      <source>{file} lacks the column(s) {missing}; it needs {columns}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/operations/batch.py" line="152" />
      <source>Row {row}: {value} is not an order id.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/operations/batch.py" line="157" />
      <source>Row {row}: unknown operation {value}; use one of {known}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/operations/batch.py" line="187" />
      <source>Row {row} was already done (journal entry {entry}); skipped.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/operations/batch.py" line="208" />
      <source>Row {row} would {operation}: {amount} on order {order} ({status}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/operations/checks.py" line="36" />
      <source>{operation} needs a reason: say why, it goes into the journal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/operations/checks.py" line="49" />
      <source>{currency} amounts have at most {digits} decimals.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/operations/lookup.py" line="43" />
      <source>{token} is not an order id (a positive whole number).</source>
      <translation>{token} — не номер заказа (нужно целое положительное число).</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/operations/lookup.py" line="57" />
      <source>Unexpected error reading this order.</source>
      <translation>Непредвиденная ошибка при чтении заказа.</translation>
    </message>
    <message>
      <location filename="../../work/main/kapdesk/operations/money.py" line="79" />
      <source>{operation} of {amount} on order {order} ({status}, card {card}) in the {environment} environment. Reason: {reason}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/operations/money.py" line="150" />
      <source>{operation} creates its own order; it cannot be run on order {order}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/operations/money.py" line="196" />
      <source>Re-reading order {order} before sending…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/operations/money.py" line="237" />
      <source>Sending to the gateway…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/operations/money.py" line="246" />
      <source>No clear answer: checking the order with the gateway…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/operations/money.py" line="308" />
      <source>Journal entry {entry} was made on {environment} ({profile}); connect to that gateway to reconcile it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/operations/outcome.py" line="56" />
      <source>Done: {operation} of {amount} on order {order}. Approval code {approval}, RRN {rrn}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/operations/outcome.py" line="67" />
      <source>Refused by the gateway: {operation} on order {order}. {reason} Nothing was moved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/operations/outcome.py" line="76" />
      <source>Not done: {operation} on order {order} did not happen (checked with the gateway). {note}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/operations/outcome.py" line="86" />
      <source>Outcome unknown: {operation} on order {order} was sent, but the gateway could not be read to check whether it happened. Order {order} is locked for money operations until it is reconciled (kapdesk journal reconcile). Do not repeat the operation.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/operations/payout.py" line="113" />
      <source>Creating the order…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/operations/payout.py" line="121" />
      <source>Attaching the card to order {order}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/vault/errors.py" line="19" />
      <source>That passphrase is not right. After {failures} wrong tries in a row, each further try waits longer (the next one {seconds} s).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/vault/errors.py" line="26" />
      <source>That passphrase is not right.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/vault/errors.py" line="38" />
      <source>The profile store {path} is damaged or was altered, so it was not opened and was left untouched. The previous good copy is {backup}: to use it, rename it to {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/vault/errors.py" line="48" />
      <source>The profile store {path} is damaged or was altered, so it was not opened and was left untouched.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/vault/errors.py" line="61" />
      <source>The profile store {path} was written by a newer kapdesk (format {version}). Update kapdesk to open it; the file was left untouched.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/vault/errors.py" line="75" />
      <source>The profile store {path} was changed by another kapdesk window or command since it was unlocked, so nothing was saved. Lock and unlock to reload it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/vault/errors.py" line="85" />
      <source>There is no profile store yet at {path}. Add a profile first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/vault/errors.py" line="92" />
      <source>A profile store already exists at {path}; it was not replaced.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/vault/errors.py" line="98" />
      <source>The profile store is locked. Unlock it first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/vault/errors.py" line="103" />
      <source>There is no profile named “{name}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/vault/errors.py" line="108" />
      <source>A profile named “{name}” already exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/vault/errors.py" line="118" />
      <source>The passphrase must have at least {minimum} characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/vault/keyring_key.py" line="24" />
      <source>This computer has no secure keyring (on Linux: no Secret Service such as GNOME Keyring or KWallet is running), so it cannot remember the profile store: the passphrase is the only way in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/vault/keyring_key.py" line="29" />
      <source>The keyring of this computer refused to keep the key ({detail}); the passphrase is the only way in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/vault/profiles.py" line="79" />
      <source>The environment must be one of: {choices}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/vault/profiles.py" line="88" />
      <source>A profile needs a name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/vault/profiles.py" line="91" />
      <source>A profile name has at most 64 characters, no line breaks and no outer spaces.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/vault/profiles.py" line="101" />
      <source>The base URL must look like https://host/api (got “{url}”).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/vault/profiles.py" line="106" />
      <source>A production profile must use https:// with TLS verification switched on.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/vault/profiles.py" line="110" />
      <source>Plain http:// is only allowed to this computer (127.0.0.1); use https://.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/vault/profiles.py" line="116" />
      <source>The terminal user and password must be text.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/vault/profiles.py" line="118" />
      <source>This profile needs a terminal user and a terminal password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/vault/profiles.py" line="124" />
      <source>The currency must be a three-letter code such as AZN (got “{code}”).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/vault/profiles.py" line="129" />
      <source>The language must be one of: {choices}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/vault/profiles.py" line="133" />
      <source>Hold validity must be a whole number of days from 1 to {most}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/vault/profiles.py" line="138" />
      <source>The idle lock must be a whole number of minutes from 1 to {most}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/kapdesk/vault/profiles.py" line="142" />
      <source>TLS verification must be on or off.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>