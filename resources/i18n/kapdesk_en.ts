<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../kapdesk/gui/about.py" line="62" />
      <source>About kapdesk</source>
      <translation>About kapdesk</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/about.py" line="64" />
      <source>Version %1</source>
      <translation>Version %1</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/about.py" line="68" />
      <source>A back-office console for merchants on Kapital Bank's e-commerce gateway: look up orders, clear or release holds, refund and pay out to cards.</source>
      <translation>A back-office console for merchants on Kapital Bank's e-commerce gateway: look up orders, clear or release holds, refund and pay out to cards.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/about.py" line="71" />
      <source>Licence: %1.</source>
      <translation>Licence: %1.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/about.py" line="72" />
      <source>Built with Qt %1 and PySide6 %2 (LGPLv3).</source>
      <translation>Built with Qt %1 and PySide6 %2 (LGPLv3).</translation>
    </message>
  </context>
  <context>
    <name>AmountInput</name>
    <message>
      <location filename="../../kapdesk/gui/money/amount_input.py" line="44" />
      <source>Full amount</source>
      <translation>Full amount</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/amount_input.py" line="47" />
      <source>Up to %1</source>
      <translation>Up to %1</translation>
    </message>
  </context>
  <context>
    <name>ApprovalsPanel</name>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="177" />
      <source>Journal entry %1 was approved by %2: select it under the Journal tab and press Send approved.</source>
      <translation>Journal entry %1 was approved by %2: select it under the Journal tab and press Send approved.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="184" />
      <source>approved by %1: to be sent</source>
      <translation>approved by %1: to be sent</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="186" />
      <source>awaiting a supervisor</source>
      <translation>awaiting a supervisor</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="237" />
      <source>Journal entry %1 approved.</source>
      <translation>Journal entry %1 approved.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="240" />
      <source>Journal entry %1 rejected: nothing was sent.</source>
      <translation>Journal entry %1 rejected: nothing was sent.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="276" />
      <source>Entry</source>
      <translation>Entry</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="277" />
      <source>Asked at (Baku)</source>
      <translation>Asked at (Baku)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="278" />
      <source>Order</source>
      <translation>Order</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="279" />
      <source>Operation</source>
      <translation>Operation</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="280" />
      <source>Amount</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="281" />
      <source>Asked by (workstation)</source>
      <translation>Asked by (workstation)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="282" />
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="285" />
      <source>Reason for rejecting (required)</source>
      <translation>Reason for rejecting (required)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="286" />
      <source>Approve</source>
      <translation>Approve</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="287" />
      <source>Reject</source>
      <translation>Reject</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="288" />
      <source>Send approved</source>
      <translation>Send approved</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="290" />
      <source>Only the person who asked sends it, once approved. A payout needs its card number typed again: it is kept nowhere.</source>
      <translation>Only the person who asked sends it, once approved. A payout needs its card number typed again: it is kept nowhere.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="293" />
      <source>the payout's card number, again</source>
      <translation>the payout's card number, again</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="303" />
      <source>Approvals (four-eyes): %1 waiting or approved</source>
      <translation>Approvals (four-eyes): %1 waiting or approved</translation>
    </message>
  </context>
  <context>
    <name>ColumnPicker</name>
    <message>
      <location filename="../../kapdesk/gui/lookup/column_picker.py" line="40" />
      <source>Choose the column with order ids</source>
      <translation>Choose the column with order ids</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/column_picker.py" line="48" />
      <source>The first row is a header</source>
      <translation>The first row is a header</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/column_picker.py" line="56" />
      <source>%1 rows in the file.</source>
      <translation>%1 rows in the file.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/column_picker.py" line="57" />
      <source>Column:</source>
      <translation>Column:</translation>
    </message>
  </context>
  <context>
    <name>ConfirmDialog</name>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="73" />
      <source>Confirm: %1</source>
      <translation>Confirm: %1</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="79" />
      <source>Operation</source>
      <translation>Operation</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="81" />
      <source>Orders</source>
      <translation>Orders</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="84" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="87" />
      <source>new order</source>
      <translation>new order</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="88" />
      <source>Order</source>
      <translation>Order</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="89" />
      <source>Amount</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="90" />
      <source>Currency</source>
      <translation>Currency</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="91" />
      <source>Card</source>
      <translation>Card</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="91" />
      <location filename="../../kapdesk/gui/money/confirmation.py" line="162" />
      <source>unknown</source>
      <translation>unknown</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="92" />
      <source>Environment</source>
      <translation>Environment</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="96" />
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="109" />
      <source>Type the amount again</source>
      <translation>Type the amount again</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="130" />
      <source>PRODUCTION: this moves real money.</source>
      <translation>PRODUCTION: this moves real money.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="136" />
      <source>%1: no real money moves.</source>
      <translation>%1: no real money moves.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="144" />
      <source>%1: this may move real money.</source>
      <translation>%1: this may move real money.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="159" />
      <source>none given</source>
      <translation>none given</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="172" />
      <source>The amounts differ.</source>
      <translation>The amounts differ.</translation>
    </message>
  </context>
  <context>
    <name>ConnectionCheck</name>
    <message>
      <location filename="../../kapdesk/gui/profiles/connection_check.py" line="60" />
      <source>Connected: the gateway answered and took the login.</source>
      <translation>Connected: the gateway answered and took the login.</translation>
    </message>
  </context>
  <context>
    <name>ConsoleStatusBar</name>
    <message>
      <location filename="../../kapdesk/gui/status_bar.py" line="63" />
      <source>Profile: %1</source>
      <translation>Profile: %1</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/status_bar.py" line="65" />
      <source>%1 in team %2</source>
      <translation>%1 in team %2</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/status_bar.py" line="71" />
      <source>Starting the sandbox…</source>
      <translation>Starting the sandbox…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/status_bar.py" line="72" />
      <source>Connected</source>
      <translation>Connected</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/status_bar.py" line="73" />
      <source>Connecting…</source>
      <translation>Connecting…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/status_bar.py" line="74" />
      <source>Gateway not reachable</source>
      <translation>Gateway not reachable</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/status_bar.py" line="83" />
      <source>SANDBOX (simulated, no real money)</source>
      <translation>SANDBOX (simulated, no real money)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/status_bar.py" line="86" />
      <source>Kapital test environment</source>
      <translation>Kapital test environment</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/status_bar.py" line="87" />
      <source>PRODUCTION: real money</source>
      <translation>PRODUCTION: real money</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/status_bar.py" line="88" />
      <source>Custom gateway</source>
      <translation>Custom gateway</translation>
    </message>
  </context>
  <context>
    <name>DisputesTab</name>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="135" />
      <source>Due</source>
      <translation>Due</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="135" />
      <source>Order</source>
      <translation>Order</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="135" />
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="135" />
      <source>Reason code</source>
      <translation>Reason code</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="136" />
      <source>Amount</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="136" />
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="145" />
      <source>Received</source>
      <translation>Received</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="138" />
      <source>Why the state changes (required)</source>
      <translation>Why the state changes (required)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="139" />
      <source>Change state</source>
      <translation>Change state</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="140" />
      <source>Evidence pack…</source>
      <translation>Evidence pack…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="141" />
      <source>Order id</source>
      <translation>Order id</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="142" />
      <source>Disputed amount</source>
      <translation>Disputed amount</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="143" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="144" />
      <source>Open a dispute</source>
      <translation>Open a dispute</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="146" />
      <source>Response due</source>
      <translation>Response due</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="207" />
      <source>Dispute opened on order %1.</source>
      <translation>Dispute opened on order %1.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="279" />
      <source>Dispute on order %1 changed.</source>
      <translation>Dispute on order %1 changed.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="288" />
      <source>Save the evidence pack</source>
      <translation>Save the evidence pack</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="303" />
      <source>Evidence pack written to %1 (%2 pages).</source>
      <translation>Evidence pack written to %1 (%2 pages).</translation>
    </message>
  </context>
  <context>
    <name>EvidencePdf</name>
    <message>
      <location filename="../../kapdesk/app/evidence_pdf.py" line="31" />
      <source>Dispute evidence pack: order %1</source>
      <translation>Dispute evidence pack: order %1</translation>
    </message>
    <message>
      <location filename="../../kapdesk/app/evidence_pdf.py" line="32" />
      <source>Generated %1 (Baku time)</source>
      <translation>Generated %1 (Baku time)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/app/evidence_pdf.py" line="33" />
      <source>What the data says</source>
      <translation>What the data says</translation>
    </message>
    <message>
      <location filename="../../kapdesk/app/evidence_pdf.py" line="34" />
      <source>What this pack cannot know</source>
      <translation>What this pack cannot know</translation>
    </message>
    <message>
      <location filename="../../kapdesk/app/evidence_pdf.py" line="35" />
      <source>Page %1 of %2</source>
      <translation>Page %1 of %2</translation>
    </message>
    <message>
      <location filename="../../kapdesk/app/evidence_pdf.py" line="36" />
      <source>Card numbers are masked; order passwords and 3-D Secure authentication values are never included.</source>
      <translation>Card numbers are masked; order passwords and 3-D Secure authentication values are never included.</translation>
    </message>
  </context>
  <context>
    <name>FirstRunDialog</name>
    <message>
      <location filename="../../kapdesk/gui/profiles/first_run.py" line="42" />
      <source>Welcome to kapdesk</source>
      <translation>Welcome to kapdesk</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/first_run.py" line="56" />
      <source>There is no profile store on this computer yet. Try kapdesk on its built-in sandbox (no real money), or protect your terminal credentials with a passphrase.</source>
      <translation>There is no profile store on this computer yet. Try kapdesk on its built-in sandbox (no real money), or protect your terminal credentials with a passphrase.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/first_run.py" line="62" />
      <source>Open the sandbox now</source>
      <translation>Open the sandbox now</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/first_run.py" line="63" />
      <source>Set a passphrase and add a profile</source>
      <translation>Set a passphrase and add a profile</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/first_run.py" line="75" />
      <source>New passphrase</source>
      <translation>New passphrase</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/first_run.py" line="76" />
      <source>Type it again</source>
      <translation>Type it again</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/first_run.py" line="78" />
      <source>Remember on this computer</source>
      <translation>Remember on this computer</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/first_run.py" line="92" />
      <source>Test connection</source>
      <translation>Test connection</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/first_run.py" line="93" />
      <source>Create</source>
      <translation>Create</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/first_run.py" line="94" />
      <source>Back</source>
      <translation>Back</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/first_run.py" line="114" />
      <source>Testing the connection…</source>
      <translation>Testing the connection…</translation>
    </message>
  </context>
  <context>
    <name>HelpMenu</name>
    <message>
      <location filename="../../kapdesk/gui/help.py" line="114" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/help.py" line="115" />
      <source>kapdesk &amp;help</source>
      <translation>kapdesk &amp;help</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/help.py" line="116" />
      <source>&amp;About kapdesk</source>
      <translation>&amp;About kapdesk</translation>
    </message>
  </context>
  <context>
    <name>HelpWindow</name>
    <message>
      <location filename="../../kapdesk/gui/help.py" line="62" />
      <source>kapdesk help</source>
      <translation>kapdesk help</translation>
    </message>
  </context>
  <context>
    <name>HoldsModel</name>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="58" />
      <source>expired</source>
      <translation>expired</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="63" />
      <source>%1 d %2 h</source>
      <translation>%1 d %2 h</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="69" />
      <source>%1 h %2 min</source>
      <translation>%1 h %2 min</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="149" />
      <source>Order ID</source>
      <translation>Order ID</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="150" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="151" />
      <source>Authorized</source>
      <translation>Authorized</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="152" />
      <source>Cleared</source>
      <translation>Cleared</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="153" />
      <source>Remaining</source>
      <translation>Remaining</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="154" />
      <source>Card</source>
      <translation>Card</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="155" />
      <source>Deadline</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="156" />
      <source>Time left</source>
      <translation>Time left</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="157" />
      <source>Result</source>
      <translation>Result</translation>
    </message>
  </context>
  <context>
    <name>HoldsTab</name>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="175" />
      <source>Refresh all</source>
      <translation>Refresh all</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="176" />
      <source>Paste order IDs to check</source>
      <translation>Paste order IDs to check</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="177" />
      <source>Check these IDs</source>
      <translation>Check these IDs</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="178" />
      <source>Import IDs from file…</source>
      <translation>Import IDs from file…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="179" />
      <source>Show holds cleared today</source>
      <translation>Show holds cleared today</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="181" />
      <source>Why (required to release or reverse)</source>
      <translation>Why (required to release or reverse)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="183" />
      <source>Order</source>
      <translation>Order</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="184" />
      <source>Authorized</source>
      <translation>Authorized</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="185" />
      <source>Already cleared</source>
      <translation>Already cleared</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="186" />
      <source>Remaining</source>
      <translation>Remaining</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="187" />
      <source>Deadline</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="188" />
      <source>Amount to clear</source>
      <translation>Amount to clear</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="189" />
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="191" />
      <source>Clear</source>
      <translation>Clear</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="192" />
      <source>Release hold</source>
      <translation>Release hold</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="193" />
      <source>Reverse clearing</source>
      <translation>Reverse clearing</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="194" />
      <source>Clear selected in full</source>
      <translation>Clear selected in full</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="222" />
      <source>Import order IDs</source>
      <translation>Import order IDs</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="223" />
      <source>Text or CSV (*.txt *.csv);;All files (*)</source>
      <translation>Text or CSV (*.txt *.csv);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="231" />
      <source>Cannot read %1: %2</source>
      <translation>Cannot read %1: %2</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="244" />
      <source>Reading %1 orders…</source>
      <translation>Reading %1 orders…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="252" />
      <source>%1 open holds; %2 of %3 orders could not be read.</source>
      <translation>%1 open holds; %2 of %3 orders could not be read.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="426" />
      <source>This gives back the cleared %1 to the card.</source>
      <translation>This gives back the cleared %1 to the card.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="431" />
      <source>It also releases the rest of the hold, %1: nothing stays held, and the order cannot be cleared again.</source>
      <translation>It also releases the rest of the hold, %1: nothing stays held, and the order cannot be cleared again.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="436" />
      <source>This releases the %1 still held.</source>
      <translation>This releases the %1 still held.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="440" />
      <source>The cleared %1 stays charged.</source>
      <translation>The cleared %1 stays charged.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="448" />
      <source>%1 stays held after this clearing.</source>
      <translation>%1 stays held after this clearing.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="456" />
      <source>Warning: this hold expired on %1 (Baku time). The bank may refuse a late clearing, or the cardholder's bank may charge it back.</source>
      <translation>Warning: this hold expired on %1 (Baku time). The bank may refuse a late clearing, or the cardholder's bank may charge it back.</translation>
    </message>
  </context>
  <context>
    <name>JournalModel</name>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="244" />
      <source>#</source>
      <translation>#</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="245" />
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="246" />
      <source>Operator</source>
      <translation>Operator</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="247" />
      <source>Order ID</source>
      <translation>Order ID</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="248" />
      <source>Operation</source>
      <translation>Operation</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="249" />
      <source>Amount</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="250" />
      <source>Card</source>
      <translation>Card</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="251" />
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="252" />
      <source>Approval code</source>
      <translation>Approval code</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="253" />
      <source>RRN</source>
      <translation>RRN</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="254" />
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
  </context>
  <context>
    <name>JournalState</name>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="386" />
      <source>intended</source>
      <translation>intended</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="387" />
      <source>sent</source>
      <translation>sent</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="388" />
      <source>done</source>
      <translation>done</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="389" />
      <source>refused</source>
      <translation>refused</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="390" />
      <source>unknown</source>
      <translation>unknown</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="391" />
      <source>not_done</source>
      <translation>not_done</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="392" />
      <source>awaiting_approval</source>
      <translation>awaiting_approval</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="393" />
      <source>approved</source>
      <translation>approved</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="394" />
      <source>rejected</source>
      <translation>rejected</translation>
    </message>
  </context>
  <context>
    <name>JournalTab</name>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="174" />
      <location filename="../../kapdesk/gui/tabs/journal.py" line="550" />
      <source>Operator</source>
      <translation>Operator</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="176" />
      <source>Any operation</source>
      <translation>Any operation</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="179" />
      <source>Any state</source>
      <translation>Any state</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="182" />
      <source>Any reason</source>
      <translation>Any reason</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="187" />
      <location filename="../../kapdesk/gui/tabs/journal.py" line="554" />
      <source>Order ID</source>
      <translation>Order ID</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="188" />
      <source>Show</source>
      <translation>Show</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="189" />
      <source>Export CSV…</source>
      <translation>Export CSV…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="190" />
      <source>Verify chain</source>
      <translation>Verify chain</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="191" />
      <source>Reconcile now</source>
      <translation>Reconcile now</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="192" />
      <source>Take over and reconcile</source>
      <translation>Take over and reconcile</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="194" />
      <source>For an open entry whose workstation crashed or lost its connection: recorded in the team journal as yours, then checked with the bank. Refused while its workstation is still connected.</source>
      <translation>For an open entry whose workstation crashed or lost its connection: recorded in the team journal as yours, then checked with the bank. Refused while its workstation is still connected.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="198" />
      <source>More</source>
      <translation>More</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="254" />
      <location filename="../../kapdesk/gui/tabs/journal.py" line="299" />
      <source>Cannot read the journal.</source>
      <translation>Cannot read the journal.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../kapdesk/gui/tabs/journal.py" line="311" />
      <source>%n entries shown; scroll down for more.</source>
      <translation>
        <numerusform>%n entry shown; scroll down for more.</numerusform>
        <numerusform>%n entries shown; scroll down for more.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kapdesk/gui/tabs/journal.py" line="313" />
      <source>%n entries shown.</source>
      <translation>
        <numerusform>%n entry shown.</numerusform>
        <numerusform>%n entries shown.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kapdesk/gui/tabs/journal.py" line="368" />
      <location filename="../../kapdesk/gui/tabs/journal.py" line="480" />
      <source>%n journal entries are unsettled; see the Journal tab.</source>
      <translation>
        <numerusform>%n journal entry is unsettled; see the Journal tab.</numerusform>
        <numerusform>%n journal entries are unsettled; see the Journal tab.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="370" />
      <source>No unsettled journal entries.</source>
      <translation>No unsettled journal entries.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="409" />
      <source>Export the journal</source>
      <translation>Export the journal</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="412" />
      <source>CSV files (*.csv)</source>
      <translation>CSV files (*.csv)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="421" />
      <source>Writing %1…</source>
      <translation>Writing %1…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="430" />
      <source>Cannot write %1: %2</source>
      <translation>Cannot write %1: %2</translation>
    </message>
    <message numerus="yes">
      <location filename="../../kapdesk/gui/tabs/journal.py" line="435" />
      <source>%n entries written.</source>
      <translation>
        <numerusform>%n entry written.</numerusform>
        <numerusform>%n entries written.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="442" />
      <source>Checking the journal's chain…</source>
      <translation>Checking the journal's chain…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="451" />
      <source>The journal's chain is intact.</source>
      <translation>The journal's chain is intact.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="455" />
      <source>The journal has been altered:</source>
      <translation>The journal has been altered:</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="462" />
      <source>Checking with the bank…</source>
      <translation>Checking with the bank…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="470" />
      <source>%1 entries checked; %2 still unknown.</source>
      <translation>%1 entries checked; %2 still unknown.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="482" />
      <source>All entries are settled.</source>
      <translation>All entries are settled.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="493" />
      <source>Taking journal entry %1 over…</source>
      <translation>Taking journal entry %1 over…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="517" />
      <source>Operator: %1 (OS user %2)</source>
      <translation>Operator: %1 (OS user %2)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="519" />
      <source>Operator: not named (OS user %2)</source>
      <translation>Operator: not named (OS user %2)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="548" />
      <source>Entry</source>
      <translation>Entry</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="549" />
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="551" />
      <source>OS user</source>
      <translation>OS user</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="552" />
      <source>Profile</source>
      <translation>Profile</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="553" />
      <source>Environment</source>
      <translation>Environment</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="555" />
      <source>Operation</source>
      <translation>Operation</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="556" />
      <source>Amount</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="557" />
      <source>Currency</source>
      <translation>Currency</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="558" />
      <source>Card</source>
      <translation>Card</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="559" />
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="560" />
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="561" />
      <source>Approval code</source>
      <translation>Approval code</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="562" />
      <source>RRN</source>
      <translation>RRN</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="563" />
      <source>Action ID</source>
      <translation>Action ID</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="564" />
      <source>Error code</source>
      <translation>Error code</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="565" />
      <source>Error description</source>
      <translation>Error description</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="566" />
      <source>Settled at</source>
      <translation>Settled at</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="567" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="591" />
      <source>Order before</source>
      <translation>Order before</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="592" />
      <source>Order after</source>
      <translation>Order after</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="598" />
      <source>Reading…</source>
      <translation>Reading…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="609" />
      <source>No order before: a payout creates its order.</source>
      <translation>No order before: a payout creates its order.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="612" />
      <source>Not recorded: the order was not read before this operation.</source>
      <translation>Not recorded: the order was not read before this operation.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="619" />
      <source>Not read yet: the outcome is not settled.</source>
      <translation>Not read yet: the outcome is not settled.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="621" />
      <source>No order after: the payout's order was never created.</source>
      <translation>No order after: the payout's order was never created.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="624" />
      <source>Not recorded: the order was not read again after the outcome.</source>
      <translation>Not recorded: the order was not read again after the outcome.</translation>
    </message>
  </context>
  <context>
    <name>KnownOrdersSearch</name>
    <message>
      <location filename="../../kapdesk/gui/lookup/known_orders.py" line="65" />
      <source>Known orders: ID, RRN, approval code or card last 4</source>
      <translation>Known orders: ID, RRN, approval code or card last 4</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/known_orders.py" line="66" />
      <source>Amount</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/known_orders.py" line="67" />
      <source>Created from</source>
      <translation>Created from</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/known_orders.py" line="68" />
      <source>Search known orders</source>
      <translation>Search known orders</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/known_orders.py" line="71" />
      <source>Any status</source>
      <translation>Any status</translation>
    </message>
  </context>
  <context>
    <name>LockCover</name>
    <message>
      <location filename="../../kapdesk/gui/profiles/idle_lock.py" line="136" />
      <source>kapdesk is locked. The credentials were put away.</source>
      <translation>kapdesk is locked. The credentials were put away.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/idle_lock.py" line="137" />
      <source>Unlock…</source>
      <translation>Unlock…</translation>
    </message>
  </context>
  <context>
    <name>LookupTab</name>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="199" />
      <source>Order ID (or many, separated by spaces, commas or new lines)</source>
      <translation>Order ID (or many, separated by spaces, commas or new lines)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="201" />
      <source>Look up</source>
      <translation>Look up</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="202" />
      <source>Paste a list</source>
      <translation>Paste a list</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="203" />
      <source>Import a file…</source>
      <translation>Import a file…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="204" />
      <source>Export…</source>
      <translation>Export…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="205" />
      <source>Filter the table (Ctrl+F)</source>
      <translation>Filter the table (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="206" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="207" />
      <source>Show more</source>
      <translation>Show more</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="209" />
      <source>Show the next %1 known orders</source>
      <translation>Show the next %1 known orders</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="228" />
      <source>No order ID here: %1 is not a positive whole number.</source>
      <translation>No order ID here: %1 is not a positive whole number.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="234" />
      <source>Enter an order ID.</source>
      <translation>Enter an order ID.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="243" />
      <source>%n entries are not order IDs and were not looked up: %1</source>
      <translation>
        <numerusform>%n entry is not an order ID and was not looked up: %1</numerusform>
        <numerusform>%n entries are not order IDs and were not looked up: %1</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="288" />
      <source>Cancelled after %1 of %2.</source>
      <translation>Cancelled after %1 of %2.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="322" />
      <source>%1 of %2 read</source>
      <translation>%1 of %2 read</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="325" />
      <source>; %1 failed</source>
      <translation>; %1 failed</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="407" />
      <source>%1 known orders shown (saved on this computer); more available</source>
      <translation>%1 known orders shown (saved on this computer); more available</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="412" />
      <source>%1 known orders (saved on this computer)</source>
      <translation>%1 known orders (saved on this computer)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="421" />
      <source>Import order ids</source>
      <translation>Import order ids</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="422" />
      <source>Spreadsheets (*.csv *.xlsx *.txt)</source>
      <translation>Spreadsheets (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="430" />
      <source>Reading %1…</source>
      <translation>Reading %1…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="440" />
      <source>Cannot read %1.</source>
      <translation>Cannot read %1.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="458" />
      <source>Export the table</source>
      <translation>Export the table</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="460" />
      <source>CSV for Excel (*.csv)</source>
      <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="460" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="479" />
      <source>An export is still running.</source>
      <translation>An export is still running.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="486" />
      <source>Writing %1…</source>
      <translation>Writing %1…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="505" />
      <source>Cannot write %1.</source>
      <translation>Cannot write %1.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="507" />
      <source>%1 rows exported.</source>
      <translation>%1 rows exported.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="509" />
      <source>%1 rows exported to %2.</source>
      <translation>%1 rows exported to %2.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="520" />
      <source>Export cancelled; %1 was not written.</source>
      <translation>Export cancelled; %1 was not written.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="22" />
      <source>Lookup</source>
      <translation>Lookup</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="23" />
      <source>Holds</source>
      <translation>Holds</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="24" />
      <source>Refunds</source>
      <translation>Refunds</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="25" />
      <source>Payouts</source>
      <translation>Payouts</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="26" />
      <source>Journal</source>
      <translation>Journal</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="27" />
      <source>Disputes</source>
      <translation>Disputes</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="233" />
      <source>kapdesk: %1</source>
      <translation>kapdesk: %1</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="238" />
      <source>PRODUCTION: every operation here moves real money.</source>
      <translation>PRODUCTION: every operation here moves real money.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="239" />
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="240" />
      <source>&amp;Import order ids…</source>
      <translation>&amp;Import order ids…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="241" />
      <source>&amp;Export the table…</source>
      <translation>&amp;Export the table…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="242" />
      <source>&amp;Reset the sandbox…</source>
      <translation>&amp;Reset the sandbox…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="243" />
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="244" />
      <source>&amp;Language</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="248" />
      <source>&amp;Profile</source>
      <translation>&amp;Profile</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="249" />
      <source>&amp;Manage profiles…</source>
      <translation>&amp;Manage profiles…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="250" />
      <source>&amp;Lock now</source>
      <translation>&amp;Lock now</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="252" />
      <source>Add, change or switch profiles.</source>
      <translation>Add, change or switch profiles.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="253" />
      <source>Put the credentials away and cover the window.</source>
      <translation>Put the credentials away and cover the window.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="256" />
      <source>Profiles need kapdesk started without --sandbox.</source>
      <translation>Profiles need kapdesk started without --sandbox.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="259" />
      <source>The sandbox holds no secrets: there is nothing to lock away.</source>
      <translation>The sandbox holds no secrets: there is nothing to lock away.</translation>
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
      <translation>Working…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/action.py" line="102" />
      <source>Cancelled: nothing was sent.</source>
      <translation>Cancelled: nothing was sent.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/action.py" line="110" />
      <source>Stopped.</source>
      <translation>Stopped.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/action.py" line="115" />
      <source>Something went wrong; see the Journal tab for what was sent.</source>
      <translation>Something went wrong; see the Journal tab for what was sent.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/action.py" line="128" />
      <source>Nothing was sent: no selected order allows this.</source>
      <translation>Nothing was sent: no selected order allows this.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/action.py" line="130" />
      <source>%1 of %2 done; see each row.</source>
      <translation>%1 of %2 done; see each row.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/action.py" line="174" />
      <source>Approval code %1</source>
      <translation>Approval code %1</translation>
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
      <translation>Who works under this profile?</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/operator_prompt.py" line="21" />
      <source>Your name, as the journal shall record it beside the computer's user name for every money operation under profile %1. It is asked once and kept in the profile (Profile → Manage profiles… changes it).</source>
      <translation>Your name, as the journal shall record it beside the computer's user name for every money operation under profile %1. It is asked once and kept in the profile (Profile → Manage profiles… changes it).</translation>
    </message>
  </context>
  <context>
    <name>OrderDetail</name>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="116" />
      <source>Open a dispute…</source>
      <translation>Open a dispute…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="118" />
      <source>Order ID</source>
      <translation>Order ID</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="119" />
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="139" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="120" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="121" />
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="140" />
      <source>Amount</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="122" />
      <source>Created</source>
      <translation>Created</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="123" />
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="237" />
      <source>Card</source>
      <translation>Card</translation>
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
      <translation>Approval code</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="126" />
      <source>Refunded</source>
      <translation>Refunded</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="130" />
      <source>Why declined</source>
      <translation>Why declined</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="132" />
      <source>Summary</source>
      <translation>Summary</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="132" />
      <source>Transactions</source>
      <translation>Transactions</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="132" />
      <source>Card and 3-D Secure</source>
      <translation>Card and 3-D Secure</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="137" />
      <source>Time (Baku)</source>
      <translation>Time (Baku)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="138" />
      <source>Phase</source>
      <translation>Phase</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="141" />
      <source>Currency</source>
      <translation>Currency</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="142" />
      <source>Reversal</source>
      <translation>Reversal</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="145" />
      <source>Result</source>
      <translation>Result</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="148" />
      <source>Copy ID</source>
      <translation>Copy ID</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="149" />
      <source>Copy RRN</source>
      <translation>Copy RRN</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="150" />
      <source>Copy approval code</source>
      <translation>Copy approval code</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="172" />
      <source>Not read yet.</source>
      <translation>Not read yet.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="192" />
      <source>%1 (Baku, UTC+04:00)</source>
      <translation>%1 (Baku, UTC+04:00)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="197" />
      <source>%1 UTC</source>
      <translation>%1 UTC</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="223" />
      <source>yes</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="226" />
      <source>approved</source>
      <translation>approved</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="228" />
      <source>declined (%1)</source>
      <translation>declined (%1)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="238" />
      <source>Brand</source>
      <translation>Brand</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="239" />
      <source>Expiry (MMYY)</source>
      <translation>Expiry (MMYY)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="240" />
      <source>CVV2 check</source>
      <translation>CVV2 check</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="241" />
      <source>3-D Secure 1 result</source>
      <translation>3-D Secure 1 result</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="242" />
      <source>3-D Secure 2 result</source>
      <translation>3-D Secure 2 result</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="243" />
      <source>3-D Secure protocol</source>
      <translation>3-D Secure protocol</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="244" />
      <source>ECI</source>
      <translation>ECI</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="245" />
      <source>Authenticated at</source>
      <translation>Authenticated at</translation>
    </message>
  </context>
  <context>
    <name>OrderStatus</name>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="317" />
      <source>Preparing</source>
      <translation>Preparing</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="318" />
      <source>Cancelled</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="319" />
      <source>Rejected</source>
      <translation>Rejected</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="320" />
      <source>Refused</source>
      <translation>Refused</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="321" />
      <source>Expired</source>
      <translation>Expired</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="322" />
      <source>Authorized</source>
      <translation>Authorized</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="323" />
      <source>PartiallyPaid</source>
      <translation>PartiallyPaid</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="324" />
      <source>FullyPaid</source>
      <translation>FullyPaid</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="325" />
      <source>Funded</source>
      <translation>Funded</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="326" />
      <source>Declined</source>
      <translation>Declined</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="327" />
      <source>Voided</source>
      <translation>Voided</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="328" />
      <source>Refunded</source>
      <translation>Refunded</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="329" />
      <source>Closed</source>
      <translation>Closed</translation>
    </message>
  </context>
  <context>
    <name>OrdersModel</name>
    <message>
      <location filename="../../kapdesk/gui/lookup/export_cells.py" line="29" />
      <source>Time zone</source>
      <translation>Time zone</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/export_cells.py" line="30" />
      <source>Error</source>
      <translation>Error</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="25" />
      <source>Order ID</source>
      <translation>Order ID</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="26" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="27" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="28" />
      <source>Amount</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="29" />
      <source>Currency</source>
      <translation>Currency</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="30" />
      <source>Created</source>
      <translation>Created</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="31" />
      <source>Card</source>
      <translation>Card</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="32" />
      <source>RRN</source>
      <translation>RRN</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="33" />
      <source>Approval code</source>
      <translation>Approval code</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="34" />
      <source>Refunded</source>
      <translation>Refunded</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="35" />
      <source>Age</source>
      <translation>Age</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="36" />
      <source>Refreshed</source>
      <translation>Refreshed</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="79" />
      <source>%1 d %2 h</source>
      <translation>%1 d %2 h</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="85" />
      <source>%1 h %2 min</source>
      <translation>%1 h %2 min</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="89" />
      <source>%1 min</source>
      <translation>%1 min</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/orders_model.py" line="63" />
      <source>This order has a dispute case.</source>
      <translation>This order has a dispute case.</translation>
    </message>
  </context>
  <context>
    <name>PayoutsTab</name>
    <message>
      <location filename="../../kapdesk/gui/tabs/payouts.py" line="98" />
      <source>Card number</source>
      <translation>Card number</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/payouts.py" line="100" />
      <source>Required: why this payout</source>
      <translation>Required: why this payout</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/payouts.py" line="103" />
      <source>Amount</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/payouts.py" line="104" />
      <source>Currency</source>
      <translation>Currency</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/payouts.py" line="105" />
      <source>Card</source>
      <translation>Card</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/payouts.py" line="106" />
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/payouts.py" line="108" />
      <source>Pay out</source>
      <translation>Pay out</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/payouts.py" line="130" />
      <source>Card number looks right.</source>
      <translation>Card number looks right.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/payouts.py" line="169" />
      <source>Enter a valid card number.</source>
      <translation>Enter a valid card number.</translation>
    </message>
  </context>
  <context>
    <name>ProfileForm</name>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="54" />
      <source>your name, as the journal shall record it</source>
      <translation>your name, as the journal shall record it</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="57" />
      <source>Sandbox (built in, no real money)</source>
      <translation>Sandbox (built in, no real money)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="58" />
      <source>Kapital Bank test</source>
      <translation>Kapital Bank test</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="59" />
      <source>Production (real money)</source>
      <translation>Production (real money)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="60" />
      <source>Custom address</source>
      <translation>Custom address</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="75" />
      <source>Larger payouts and refunds are refused.</source>
      <translation>Larger payouts and refunds are refused.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="76" />
      <source>Verify the gateway's TLS certificate</source>
      <translation>Verify the gateway's TLS certificate</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="79" />
      <source>Production: every operation moves real money. TLS verification stays on.</source>
      <translation>Production: every operation moves real money. TLS verification stays on.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="82" />
      <source>Team journal (PostgreSQL)</source>
      <translation>Team journal (PostgreSQL)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="91" />
      <source>Paste the team's CA certificate (PEM); not needed for a server on this computer.</source>
      <translation>Paste the team's CA certificate (PEM); not needed for a server on this computer.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="101" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="102" />
      <source>Operator</source>
      <translation>Operator</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="103" />
      <source>Environment</source>
      <translation>Environment</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="105" />
      <source>Base URL</source>
      <translation>Base URL</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="106" />
      <source>Terminal user</source>
      <translation>Terminal user</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="107" />
      <source>Terminal password</source>
      <translation>Terminal password</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="108" />
      <source>Default currency</source>
      <translation>Default currency</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="109" />
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="110" />
      <source>Hold validity (days)</source>
      <translation>Hold validity (days)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="111" />
      <source>Lock after idle (minutes)</source>
      <translation>Lock after idle (minutes)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="112" />
      <source>Limit per payout or refund</source>
      <translation>Limit per payout or refund</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="115" />
      <source>Address</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="116" />
      <source>Database password</source>
      <translation>Database password</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="117" />
      <source>CA certificate</source>
      <translation>CA certificate</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="131" />
      <source>filled in when the sandbox starts</source>
      <translation>filled in when the sandbox starts</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="151" />
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="164" />
      <source>unchanged</source>
      <translation>unchanged</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="168" />
      <source>unchanged (paste another to replace it)</source>
      <translation>unchanged (paste another to replace it)</translation>
    </message>
  </context>
  <context>
    <name>ProfileManagerDialog</name>
    <message>
      <location filename="../../kapdesk/gui/profiles/manager.py" line="43" />
      <source>Profiles</source>
      <translation>Profiles</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/manager.py" line="50" />
      <source>Add</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/manager.py" line="51" />
      <source>Remove…</source>
      <translation>Remove…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/manager.py" line="52" />
      <source>Use this profile</source>
      <translation>Use this profile</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/manager.py" line="53" />
      <source>Save</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/manager.py" line="54" />
      <source>Test connection</source>
      <translation>Test connection</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/manager.py" line="91" />
      <source>%1 (active)</source>
      <translation>%1 (active)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/manager.py" line="130" />
      <source>Saved.</source>
      <translation>Saved.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/manager.py" line="145" />
      <source>Remove profile</source>
      <translation>Remove profile</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/manager.py" line="146" />
      <source>Remove the profile “%1” and its stored password?</source>
      <translation>Remove the profile “%1” and its stored password?</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/manager.py" line="187" />
      <source>Testing the connection…</source>
      <translation>Testing the connection…</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="19" />
      <source>&amp;Look in:</source>
      <translation>&amp;Look in:</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="20" />
      <source>File &amp;name:</source>
      <translation>File &amp;name:</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="21" />
      <source>Files of &amp;type:</source>
      <translation>Files of &amp;type:</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="22" />
      <source>&amp;Save</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="23" />
      <source>&amp;Open</source>
      <translation>&amp;Open</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="24" />
      <source>&amp;Choose</source>
      <translation>&amp;Choose</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="25" />
      <source>Save As</source>
      <translation>Save As</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="26" />
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="27" />
      <source>Back</source>
      <translation>Back</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="28" />
      <source>Forward</source>
      <translation>Forward</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="29" />
      <source>Parent Directory</source>
      <translation>Parent Directory</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="30" />
      <source>Create New Folder</source>
      <translation>Create New Folder</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="31" />
      <source>New Folder</source>
      <translation>New Folder</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="32" />
      <source>List View</source>
      <translation>List View</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="33" />
      <source>Detail View</source>
      <translation>Detail View</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="34" />
      <source>All Files (*)</source>
      <translation>All Files (*)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="35" />
      <source>Show &amp;hidden files</source>
      <translation>Show &amp;hidden files</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="36" />
      <source>&amp;Rename</source>
      <translation>&amp;Rename</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="37" />
      <source>&amp;Delete</source>
      <translation>&amp;Delete</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="38" />
      <source>&amp;New Folder</source>
      <translation>&amp;New Folder</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="39" />
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>%1 already exists.
Do you want to replace it?</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="40" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="41" />
      <source>Size</source>
      <translation>Size</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="42" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="43" />
      <source>Date Modified</source>
      <translation>Date Modified</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="53" />
      <source>&amp;Undo</source>
      <translation>&amp;Undo</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="54" />
      <source>&amp;Redo</source>
      <translation>&amp;Redo</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="55" />
      <source>Cu&amp;t</source>
      <translation>Cu&amp;t</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="56" />
      <source>&amp;Copy</source>
      <translation>&amp;Copy</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="57" />
      <source>&amp;Paste</source>
      <translation>&amp;Paste</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="58" />
      <source>Delete</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="59" />
      <source>Select All</source>
      <translation>Select All</translation>
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
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="47" />
      <source>&amp;Yes</source>
      <translation>&amp;Yes</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="48" />
      <source>&amp;No</source>
      <translation>&amp;No</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="49" />
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="50" />
      <source>Save</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="51" />
      <source>Open</source>
      <translation>Open</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="60" />
      <source>&amp;Copy</source>
      <translation>&amp;Copy</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="61" />
      <source>Copy &amp;Link Location</source>
      <translation>Copy &amp;Link Location</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="62" />
      <source>Select All</source>
      <translation>Select All</translation>
    </message>
  </context>
  <context>
    <name>ReasonInput</name>
    <message>
      <location filename="../../kapdesk/gui/money/reason_input.py" line="58" />
      <source>Choose a reason…</source>
      <translation>Choose a reason…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/reason_input.py" line="90" />
      <source>Choose the kind of reason: it is kept in the journal.</source>
      <translation>Choose the kind of reason: it is kept in the journal.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/reason_input.py" line="92" />
      <source>Enter a reason: it is kept in the journal.</source>
      <translation>Enter a reason: it is kept in the journal.</translation>
    </message>
  </context>
  <context>
    <name>RefundsTab</name>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="189" />
      <source>Read order</source>
      <translation>Read order</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="192" />
      <source>Order ID</source>
      <translation>Order ID</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="193" />
      <source>Order</source>
      <translation>Order</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="195" />
      <source>Required: why the money goes back</source>
      <translation>Required: why the money goes back</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="197" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="198" />
      <source>Shop's text</source>
      <translation>Shop's text</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="199" />
      <source>Card</source>
      <translation>Card</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="200" />
      <source>Paid at</source>
      <translation>Paid at</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="201" />
      <source>Transactions</source>
      <translation>Transactions</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="202" />
      <source>Paid</source>
      <translation>Paid</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="203" />
      <source>Refunded so far</source>
      <translation>Refunded so far</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="204" />
      <source>Still refundable</source>
      <translation>Still refundable</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="205" />
      <source>Amount</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="206" />
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="208" />
      <source>Refund</source>
      <translation>Refund</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="209" />
      <source>Reverse (same day)</source>
      <translation>Reverse (same day)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="240" />
      <source>Enter an order ID (digits only).</source>
      <translation>Enter an order ID (digits only).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="242" />
      <source>Reading order %1…</source>
      <translation>Reading order %1…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="306" />
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="332" />
      <source>(none)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="322" />
      <source>Reversal</source>
      <translation>Reversal</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="324" />
      <source>Hold</source>
      <translation>Hold</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="326" />
      <source>Clearing</source>
      <translation>Clearing</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="328" />
      <source>Payment</source>
      <translation>Payment</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="340" />
      <source>Same-day reversal possible: fully, or partly once (up to %1).</source>
      <translation>Same-day reversal possible: fully, or partly once (up to %1).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="343" />
      <source>Same-day reversal possible: only the full %1.</source>
      <translation>Same-day reversal possible: only the full %1.</translation>
    </message>
  </context>
  <context>
    <name>ResetSandboxDialog</name>
    <message>
      <location filename="../../kapdesk/gui/sandbox_reset.py" line="18" />
      <source>Reset the sandbox</source>
      <translation>Reset the sandbox</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/sandbox_reset.py" line="21" />
      <source>Start the sandbox afresh? Its orders go back to the sample orders; refunds, clearings and payouts made on it are forgotten by the sandbox.</source>
      <translation>Start the sandbox afresh? Its orders go back to the sample orders; refunds, clearings and payouts made on it are forgotten by the sandbox.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/sandbox_reset.py" line="26" />
      <source>Also clear the journal (possible only while it holds nothing but the sandbox)</source>
      <translation>Also clear the journal (possible only while it holds nothing but the sandbox)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/sandbox_reset.py" line="29" />
      <source>Reset</source>
      <translation>Reset</translation>
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <location filename="../../kapdesk/gui/profiles/unlock.py" line="40" />
      <source>Unlock kapdesk</source>
      <translation>Unlock kapdesk</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/unlock.py" line="45" />
      <source>Remember on this computer</source>
      <translation>Remember on this computer</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/unlock.py" line="51" />
      <source>Unlock</source>
      <translation>Unlock</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/unlock.py" line="59" />
      <source>Type the passphrase of the profile store.</source>
      <translation>Type the passphrase of the profile store.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/unlock.py" line="80" />
      <source>After several wrong tries, this try waits %1 s.</source>
      <translation>After several wrong tries, this try waits %1 s.</translation>
    </message>
  </context>
  <context>
    <name>kapdesk</name>
    <message>
      <location filename="../../kapdesk/app/console.py" line="362" />
      <source>The sandbox starts afresh.</source>
      <translation>The sandbox starts afresh.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/app/crashes.py" line="26" />
      <source>kapdesk</source>
      <translation>kapdesk</translation>
    </message>
    <message>
      <location filename="../../kapdesk/app/crashes.py" line="62" />
      <source>Something unexpected went wrong. The details are in {path}. If a money operation was in progress, its outcome will be checked with the bank: see the Journal tab (Reconcile now).</source>
      <translation>Something unexpected went wrong. The details are in {path}. If a money operation was in progress, its outcome will be checked with the bank: see the Journal tab (Reconcile now).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="41" />
      <source>Clear hold</source>
      <translation>Clear hold</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="42" />
      <source>Release hold</source>
      <translation>Release hold</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="43" />
      <source>Reverse clearing</source>
      <translation>Reverse clearing</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="44" />
      <source>Refund</source>
      <translation>Refund</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="45" />
      <source>Reverse purchase</source>
      <translation>Reverse purchase</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="46" />
      <source>Pay out to card</source>
      <translation>Pay out to card</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="47" />
      <source>Charge saved card</source>
      <translation>Charge saved card</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/clock.py" line="22" />
      <source>Baku time (UTC+4)</source>
      <translation>Baku time (UTC+4)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="65" />
      <source>Created; nothing executed yet</source>
      <translation>Created; nothing executed yet</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="66" />
      <source>Cancelled before payment</source>
      <translation>Cancelled before payment</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="67" />
      <source>Rejected by the processing centre</source>
      <translation>Rejected by the processing centre</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="68" />
      <source>The customer refused, or payment failed</source>
      <translation>The customer refused, or payment failed</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="69" />
      <source>Timed out before payment</source>
      <translation>Timed out before payment</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="70" />
      <source>Amount on hold, awaiting clearing</source>
      <translation>Amount on hold, awaiting clearing</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="71" />
      <source>Part of the hold cleared</source>
      <translation>Part of the hold cleared</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="72" />
      <source>Paid in full</source>
      <translation>Paid in full</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="73" />
      <source>Debit done (transfer orders)</source>
      <translation>Debit done (transfer orders)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="74" />
      <source>Declined (3-D Secure or the bank)</source>
      <translation>Declined (3-D Secure or the bank)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="75" />
      <source>Reversed; nothing is held or paid</source>
      <translation>Reversed; nothing is held or paid</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="76" />
      <source>Refunded in full</source>
      <translation>Refunded in full</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="77" />
      <source>Closed after payment</source>
      <translation>Closed after payment</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="92" />
      <source>Purchase</source>
      <translation>Purchase</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="93" />
      <source>Preauthorization</source>
      <translation>Preauthorization</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="94" />
      <source>Saved-card purchase</source>
      <translation>Saved-card purchase</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="95" />
      <source>Saved-card preauthorization</source>
      <translation>Saved-card preauthorization</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="96" />
      <source>Payout to a card</source>
      <translation>Payout to a card</translation>
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
      <translation>Approved</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="10" />
      <source>Approved partially</source>
      <translation>Approved partially</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="11" />
      <source>Approved for the purchase only</source>
      <translation>Approved for the purchase only</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="12" />
      <source>Postponed</source>
      <translation>Postponed</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="13" />
      <source>Strong customer authentication required</source>
      <translation>Strong customer authentication required</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="14" />
      <source>Original transaction not found</source>
      <translation>Original transaction not found</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="15" />
      <source>Acquirer limit exceeded</source>
      <translation>Acquirer limit exceeded</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="16" />
      <source>Closed account</source>
      <translation>Closed account</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="17" />
      <source>Blocked card</source>
      <translation>Blocked card</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="18" />
      <source>Lost card</source>
      <translation>Lost card</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="19" />
      <source>Stolen card</source>
      <translation>Stolen card</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="20" />
      <source>Unauthorized usage</source>
      <translation>Unauthorized usage</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="21" />
      <source>Expired card</source>
      <translation>Expired card</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="22" />
      <source>Invalid card</source>
      <translation>Invalid card</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="23" />
      <source>System error</source>
      <translation>System error</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="24" />
      <source>Ineligible transaction</source>
      <translation>Ineligible transaction</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="25" />
      <source>Ineligible account</source>
      <translation>Ineligible account</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="26" />
      <source>Transaction not supported</source>
      <translation>Transaction not supported</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="27" />
      <source>Restricted card</source>
      <translation>Restricted card</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="28" />
      <source>Insufficient funds</source>
      <translation>Insufficient funds</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="29" />
      <source>Usage limit exceeded</source>
      <translation>Usage limit exceeded</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="30" />
      <source>Withdrawal limit would be exceeded</source>
      <translation>Withdrawal limit would be exceeded</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="31" />
      <source>Credit amount limit</source>
      <translation>Credit amount limit</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="32" />
      <source>Invalid amount</source>
      <translation>Invalid amount</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="33" />
      <source>External decline</source>
      <translation>External decline</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="34" />
      <source>Contact the card issuer</source>
      <translation>Contact the card issuer</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="35" />
      <source>Destination not available</source>
      <translation>Destination not available</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="36" />
      <source>Routing error</source>
      <translation>Routing error</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="37" />
      <source>Format error</source>
      <translation>Format error</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="38" />
      <source>Wrong CVV2</source>
      <translation>Wrong CVV2</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="39" />
      <source>Invalid transaction</source>
      <translation>Invalid transaction</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="40" />
      <source>Wrong CAVV</source>
      <translation>Wrong CAVV</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="41" />
      <source>Approved without a challenge</source>
      <translation>Approved without a challenge</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="42" />
      <source>Invalid merchant</source>
      <translation>Invalid merchant</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/messages.py" line="32" />
      <source>Something went wrong. The details are in the log file.</source>
      <translation>Something went wrong. The details are in the log file.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/dialog_parts.py" line="29" />
      <source>Something unexpected went wrong (%1); nothing was changed.</source>
      <translation>Something unexpected went wrong (%1); nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/app/connection.py" line="84" />
      <source>The local database {path} cannot be opened ({reason}). Check that the folder is writable and the disk is not full, then start kapdesk again.</source>
      <translation>The local database {path} cannot be opened ({reason}). Check that the folder is writable and the disk is not full, then start kapdesk again.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/app/sandbox_start.py" line="163" />
      <source>The sandbox's saved orders ({path}) cannot be read ({reason}). Delete that file to start the sandbox afresh.</source>
      <translation>The sandbox's saved orders ({path}) cannot be read ({reason}). Delete that file to start the sandbox afresh.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/app/sandbox_start.py" line="169" />
      <source>The sandbox did not start ({reason}).</source>
      <translation>The sandbox did not start ({reason}).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/app/sandbox_start.py" line="203" />
      <source>The journal was kept: it also holds entries or orders of other profiles, and it is cleared only as a whole (its rows are chained). The sandbox's entries stay in it, marked 'sandbox'.</source>
      <translation>The journal was kept: it also holds entries or orders of other profiles, and it is cleared only as a whole (its rows are chained). The sandbox's entries stay in it, marked 'sandbox'.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/approvals.py" line="93" />
      <source>Profile {profile} keeps its journal on this computer: approvals exist only on a team profile (kapdesk profile add ... --team).</source>
      <translation>Profile {profile} keeps its journal on this computer: approvals exist only on a team profile (kapdesk profile add ... --team).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/connection.py" line="57" />
      <location filename="../../kapdesk/cli/dispute.py" line="130" />
      <source>--user goes with --base-url.</source>
      <translation>--user goes with --base-url.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/connection.py" line="74" />
      <source>Say which gateway to use: --sandbox, --profile NAME or --base-url URL.</source>
      <translation>Say which gateway to use: --sandbox, --profile NAME or --base-url URL.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/connection.py" line="112" />
      <source>--base-url needs --user (the terminal user).</source>
      <translation>--base-url needs --user (the terminal user).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/connection.py" line="117" />
      <source>--base-url needs the terminal password in the {variable} environment variable (never on the command line).</source>
      <translation>--base-url needs the terminal password in the {variable} environment variable (never on the command line).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/dispute.py" line="146" />
      <source>Say which gateway's disputes: --sandbox, --profile NAME or --base-url URL.</source>
      <translation>Say which gateway's disputes: --sandbox, --profile NAME or --base-url URL.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/dispute.py" line="247" />
      <source>The evidence pack is a PDF: give a file name ending in .pdf.</source>
      <translation>The evidence pack is a PDF: give a file name ending in .pdf.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/dispute.py" line="249" />
      <source>The folder {folder} does not exist.</source>
      <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/journal.py" line="212" />
      <source>Profile {name} keeps its journal on this computer: there is no one to take an entry over from.</source>
      <translation>Profile {name} keeps its journal on this computer: there is no one to take an entry over from.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/lookup.py" line="74" />
      <source>Give order ids as arguments or on standard input.</source>
      <translation>Give order ids as arguments or on standard input.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/lookup.py" line="81" />
      <source>No order ids were given.</source>
      <translation>No order ids were given.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/lookup.py" line="100" />
      <source>Cannot read {file}.</source>
      <translation>Cannot read {file}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/lookup_output.py" line="22" />
      <source>ID</source>
      <translation>ID</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/lookup_output.py" line="22" />
      <source>TYPE</source>
      <translation>TYPE</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/lookup_output.py" line="22" />
      <source>STATUS</source>
      <translation>STATUS</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/lookup_output.py" line="22" />
      <source>AMOUNT</source>
      <translation>AMOUNT</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/lookup_output.py" line="22" />
      <source>CUR</source>
      <translation>CUR</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/lookup_output.py" line="22" />
      <source>CREATED</source>
      <translation>CREATED</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/lookup_output.py" line="22" />
      <source>CARD</source>
      <translation>CARD</translation>
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
      <translation>APPROVAL</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/lookup_output.py" line="131" />
      <source>declined: {reason}</source>
      <translation>declined: {reason}</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/lookup_output.py" line="134" />
      <source>card authenticated at {time}</source>
      <translation>card authenticated at {time}</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/profile_actions.py" line="85" />
      <location filename="../../kapdesk/cli/team.py" line="125" />
      <source>The team's CA certificate {path} cannot be read ({reason}).</source>
      <translation>The team's CA certificate {path} cannot be read ({reason}).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/profile_actions.py" line="113" />
      <source>Nothing to change: give at least one option (see --help).</source>
      <translation>Nothing to change: give at least one option (see --help).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/search.py" line="107" />
      <source>--from {first} is after --to {last}.</source>
      <translation>--from {first} is after --to {last}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/search.py" line="113" />
      <source>{status} is not an order status; the statuses are: {known}.</source>
      <translation>{status} is not an order status; the statuses are: {known}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/team.py" line="70" />
      <source>No database password: set {variable} or run this in a terminal to be asked.</source>
      <translation>No database password: set {variable} or run this in a terminal to be asked.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/team.py" line="108" />
      <location filename="../../kapdesk/journal/team/store.py" line="183" />
      <location filename="../../kapdesk/journal/team/store.py" line="649" />
      <location filename="../../kapdesk/journal/team/store.py" line="771" />
      <source>Cannot open the team journal {dsn}: {reason}</source>
      <translation>Cannot open the team journal {dsn}: {reason}</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/team.py" line="136" />
      <source>The team database refused it: {reason}</source>
      <translation>The team database refused it: {reason}</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/vault_access.py" line="35" />
      <source>The two entries differ; nothing was changed.</source>
      <translation>The two entries differ; nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/vault_access.py" line="38" />
      <source>Cancelled; nothing was changed.</source>
      <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/vault_access.py" line="50" />
      <source>No passphrase: set {variable} or run this in a terminal to be asked.</source>
      <translation>No passphrase: set {variable} or run this in a terminal to be asked.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/vault_access.py" line="63" />
      <source>No terminal password: set {variable} or run this in a terminal to be asked.</source>
      <translation>No terminal password: set {variable} or run this in a terminal to be asked.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/vault_access.py" line="89" />
      <source>The profile store {path} could not be given its journal key ({reason}).</source>
      <translation>The profile store {path} could not be given its journal key ({reason}).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="174" />
      <source>Order {order} is not a preauthorization: it has no hold to clear.</source>
      <translation>Order {order} is not a preauthorization: it has no hold to clear.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="181" />
      <source>Order {order} is {status}: only a hold that is Authorized or PartiallyPaid can be cleared.</source>
      <translation>Order {order} is {status}: only a hold that is Authorized or PartiallyPaid can be cleared.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="187" />
      <source>Order {order} has nothing left to clear.</source>
      <translation>Order {order} has nothing left to clear.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="196" />
      <source>Order {order} is not a preauthorization: it has no hold to release.</source>
      <translation>Order {order} is not a preauthorization: it has no hold to release.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="203" />
      <source>Order {order} is {status}: only a hold that is Authorized or PartiallyPaid can be released.</source>
      <translation>Order {order} is {status}: only a hold that is Authorized or PartiallyPaid can be released.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="209" />
      <source>Order {order} has nothing left on hold.</source>
      <translation>Order {order} has nothing left on hold.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="219" />
      <source>Order {order} is not a preauthorization: it has no clearing to reverse.</source>
      <translation>Order {order} is not a preauthorization: it has no clearing to reverse.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="225" />
      <source>Order {order} is {status}: there is no clearing to reverse.</source>
      <translation>Order {order} is {status}: there is no clearing to reverse.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="232" />
      <source>Order {order} already has refunds: refund the rest instead of reversing the clearing.</source>
      <translation>Order {order} already has refunds: refund the rest instead of reversing the clearing.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="243" />
      <source>Order {order} is a payout: payouts cannot be refunded.</source>
      <translation>Order {order} is a payout: payouts cannot be refunded.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="247" />
      <source>Order {order} is {status}: only paid orders can be refunded.</source>
      <translation>Order {order} is {status}: only paid orders can be refunded.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="251" />
      <source>Order {order} has been refunded in full.</source>
      <translation>Order {order} has been refunded in full.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="261" />
      <source>Order {order} is not a purchase: only purchases can be reversed the same day (a preauthorization is released instead).</source>
      <translation>Order {order} is not a purchase: only purchases can be reversed the same day (a preauthorization is released instead).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="269" />
      <source>Order {order} is {status}: only a purchase that is FullyPaid can be reversed.</source>
      <translation>Order {order} is {status}: only a purchase that is FullyPaid can be reversed.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="275" />
      <source>Order {order} already has refunds: it can only be refunded now.</source>
      <translation>Order {order} already has refunds: it can only be refunded now.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="287" />
      <source>Order {order} was not paid today (Baku time): a reversal is only possible on the day of payment; refund it instead.</source>
      <translation>Order {order} was not paid today (Baku time): a reversal is only possible on the day of payment; refund it instead.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="298" />
      <source>Order {order} is not a payout order.</source>
      <translation>Order {order} is not a payout order.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="302" />
      <source>Payout order {order} is {status}: only a new payout order can be paid out.</source>
      <translation>Payout order {order} is {status}: only a new payout order can be paid out.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="311" />
      <source>Order {order} is not a saved-card order.</source>
      <translation>Order {order} is not a saved-card order.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="315" />
      <source>Saved-card order {order} is {status}: only a new order can be charged.</source>
      <translation>Saved-card order {order} is {status}: only a new order can be charged.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="351" />
      <source>Order {order} is in {order_currency}, not {currency}.</source>
      <translation>Order {order} is in {order_currency}, not {currency}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="359" />
      <location filename="../../kapdesk/domain/money.py" line="146" />
      <location filename="../../kapdesk/operations/checks.py" line="57" />
      <source>The amount must be more than zero.</source>
      <translation>The amount must be more than zero.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="362" />
      <source>{amount} is more than the {remaining} that order {order} still allows.</source>
      <translation>{amount} is more than the {remaining} that order {order} still allows.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="371" />
      <source>Order {order} has already been partly reversed once: only the full remaining {remaining} can be reversed now.</source>
      <translation>Order {order} has already been partly reversed once: only the full remaining {remaining} can be reversed now.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="378" />
      <source>This operation takes the full amount only: {remaining}.</source>
      <translation>This operation takes the full amount only: {remaining}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/cards.py" line="48" />
      <source>Enter the card number.</source>
      <translation>Enter the card number.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/cards.py" line="50" />
      <source>A card number has only digits.</source>
      <translation>A card number has only digits.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/cards.py" line="53" />
      <source>A card number has 13 to 19 digits; this one has {count}.</source>
      <translation>A card number has 13 to 19 digits; this one has {count}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/cards.py" line="56" />
      <source>This card number has a typo: its check digit is wrong.</source>
      <translation>This card number has a typo: its check digit is wrong.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="35" />
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="36" />
      <source>Evidence sent</source>
      <translation>Evidence sent</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="37" />
      <source>Won</source>
      <translation>Won</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="38" />
      <source>Lost</source>
      <translation>Lost</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="39" />
      <source>Accepted (refund made)</source>
      <translation>Accepted (refund made)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="40" />
      <source>Withdrawn</source>
      <translation>Withdrawn</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="72" />
      <source>Fraud: the cardholder did not authorise it</source>
      <translation>Fraud: the cardholder did not authorise it</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="73" />
      <source>Goods or services not received</source>
      <translation>Goods or services not received</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="74" />
      <source>Not as described or defective</source>
      <translation>Not as described or defective</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="75" />
      <location filename="../../kapdesk/domain/disputes.py" line="128" />
      <source>Duplicate processing</source>
      <translation>Duplicate processing</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="76" />
      <location filename="../../kapdesk/domain/disputes.py" line="136" />
      <location filename="../../kapdesk/domain/disputes.py" line="147" />
      <source>Credit not processed</source>
      <translation>Credit not processed</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="77" />
      <source>Cancelled recurring payment</source>
      <translation>Cancelled recurring payment</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="78" />
      <source>Authorisation problem</source>
      <translation>Authorisation problem</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="79" />
      <source>Processing error (amount, currency, late presentment)</source>
      <translation>Processing error (amount, currency, late presentment)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="80" />
      <location filename="../../kapdesk/domain/reasons.py" line="18" />
      <source>Other</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="93" />
      <source>Other scheme</source>
      <translation>Other scheme</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="115" />
      <source>EMV liability shift counterfeit fraud</source>
      <translation>EMV liability shift counterfeit fraud</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="116" />
      <source>EMV liability shift non-counterfeit fraud</source>
      <translation>EMV liability shift non-counterfeit fraud</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="117" />
      <source>Other fraud, card present</source>
      <translation>Other fraud, card present</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="118" />
      <source>Other fraud, card absent (e-commerce)</source>
      <translation>Other fraud, card absent (e-commerce)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="119" />
      <source>Visa Fraud Monitoring Program</source>
      <translation>Visa Fraud Monitoring Program</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="120" />
      <source>Card recovery bulletin</source>
      <translation>Card recovery bulletin</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="121" />
      <source>Declined authorisation</source>
      <translation>Declined authorisation</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="122" />
      <source>No authorisation</source>
      <translation>No authorisation</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="123" />
      <source>Late presentment</source>
      <translation>Late presentment</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="124" />
      <source>Incorrect transaction code</source>
      <translation>Incorrect transaction code</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="125" />
      <source>Incorrect currency</source>
      <translation>Incorrect currency</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="126" />
      <source>Incorrect account number</source>
      <translation>Incorrect account number</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="127" />
      <source>Incorrect amount</source>
      <translation>Incorrect amount</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="129" />
      <source>Paid by other means</source>
      <translation>Paid by other means</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="130" />
      <source>Invalid data</source>
      <translation>Invalid data</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="131" />
      <source>Merchandise or services not received</source>
      <translation>Merchandise or services not received</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="132" />
      <source>Cancelled recurring transaction</source>
      <translation>Cancelled recurring transaction</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="133" />
      <source>Not as described or defective merchandise</source>
      <translation>Not as described or defective merchandise</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="134" />
      <source>Counterfeit merchandise</source>
      <translation>Counterfeit merchandise</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="135" />
      <source>Misrepresentation</source>
      <translation>Misrepresentation</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="137" />
      <source>Cancelled merchandise or services</source>
      <translation>Cancelled merchandise or services</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="138" />
      <source>Authorisation-related chargeback</source>
      <translation>Authorisation-related chargeback</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="139" />
      <source>Point-of-interaction error (duplicate or wrong amount)</source>
      <translation>Point-of-interaction error (duplicate or wrong amount)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="140" />
      <source>No cardholder authorisation</source>
      <translation>No cardholder authorisation</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="141" />
      <source>Fraudulent processing of transactions</source>
      <translation>Fraudulent processing of transactions</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="142" />
      <source>Cancelled recurring or digital goods</source>
      <translation>Cancelled recurring or digital goods</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="143" />
      <source>Questionable merchant activity</source>
      <translation>Questionable merchant activity</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="144" />
      <source>Cardholder dispute (not as described, defective)</source>
      <translation>Cardholder dispute (not as described, defective)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="145" />
      <source>Goods or services not provided</source>
      <translation>Goods or services not provided</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="146" />
      <source>Addendum, no-show or ATM dispute</source>
      <translation>Addendum, no-show or ATM dispute</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="148" />
      <source>Cardholder does not recognise the transaction</source>
      <translation>Cardholder does not recognise the transaction</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="149" />
      <source>Chip liability shift</source>
      <translation>Chip liability shift</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="150" />
      <source>Chip/PIN liability shift</source>
      <translation>Chip/PIN liability shift</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="168" />
      <source>A reason code is 1 to 16 letters, digits, dots or hyphens, such as 10.4 or 4837 (got “{code}”).</source>
      <translation>A reason code is 1 to 16 letters, digits, dots or hyphens, such as 10.4 or 4837 (got “{code}”).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="231" />
      <source>“{state}” is not a dispute state; choose one of: {choices}.</source>
      <translation>“{state}” is not a dispute state; choose one of: {choices}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="238" />
      <source>The dispute on order {order} is {state}; it can move only to: {choices}.</source>
      <translation>The dispute on order {order} is {state}; it can move only to: {choices}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="249" />
      <source>The disputed amount must be more than zero.</source>
      <translation>The disputed amount must be more than zero.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="252" />
      <source>The response due date {due} is before the day the dispute was received, {received}.</source>
      <translation>The response due date {due} is before the day the dispute was received, {received}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="258" />
      <source>Notes have at most {most} characters.</source>
      <translation>Notes have at most {most} characters.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="265" />
      <source>Say why the dispute's state changes (--why).</source>
      <translation>Say why the dispute's state changes (--why).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/ids.py" line="34" />
      <location filename="../../kapdesk/operations/lookup.py" line="50" />
      <source>{token} is not an order id (a positive whole number).</source>
      <translation>{token} is not an order id (a positive whole number).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/money.py" line="57" />
      <source>Unknown currency {currency}.</source>
      <translation>Unknown currency {currency}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/money.py" line="97" />
      <source>Enter an amount.</source>
      <translation>Enter an amount.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/money.py" line="99" />
      <source>The amount cannot be negative: {text}.</source>
      <translation>The amount cannot be negative: {text}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/money.py" line="108" />
      <source>{text} is ambiguous: use a point or a comma only for decimals, and spaces for thousands (1 234,50).</source>
      <translation>{text} is ambiguous: use a point or a comma only for decimals, and spaces for thousands (1 234,50).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/money.py" line="115" />
      <location filename="../../kapdesk/domain/money.py" line="118" />
      <location filename="../../kapdesk/domain/money.py" line="120" />
      <location filename="../../kapdesk/domain/money.py" line="122" />
      <source>{text} is not a number.</source>
      <translation>{text} is not a number.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/money.py" line="124" />
      <location filename="../../kapdesk/domain/money.py" line="144" />
      <source>{text} is too large to be an amount.</source>
      <translation>{text} is too large to be an amount.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/money.py" line="128" />
      <source>{text} is ambiguous: is it thousands or decimals? Write 1234 or 1 234 for thousands, 1.23 for decimals.</source>
      <translation>{text} is ambiguous: is it thousands or decimals? Write 1234 or 1 234 for thousands, 1.23 for decimals.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/money.py" line="135" />
      <source>{currency} amounts have at most {digits} decimals; {text} has {given}.</source>
      <translation>{currency} amounts have at most {digits} decimals; {text} has {given}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/money.py" line="158" />
      <source>Enter an amount, or the word full for the full amount.</source>
      <translation>Enter an amount, or the word full for the full amount.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/reasons.py" line="13" />
      <source>Customer request</source>
      <translation>Customer request</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/reasons.py" line="14" />
      <source>Duplicate payment</source>
      <translation>Duplicate payment</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/reasons.py" line="15" />
      <source>Fraud</source>
      <translation>Fraud</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/reasons.py" line="16" />
      <source>Goods not received</source>
      <translation>Goods not received</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/reasons.py" line="17" />
      <source>Damaged goods</source>
      <translation>Damaged goods</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/reasons.py" line="33" />
      <source>Unknown reason category {code}: use one of {codes}.</source>
      <translation>Unknown reason category {code}: use one of {codes}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="73" />
      <source>The bank declined ({code}): {pmo_text} (result code {pmo_code}).</source>
      <translation>The bank declined ({code}): {pmo_text} (result code {pmo_code}).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="80" />
      <source>The gateway refused ({code}): {description}</source>
      <translation>The gateway refused ({code}): {description}</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="85" />
      <source>The gateway refused ({code}).</source>
      <translation>The gateway refused ({code}).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="103" />
      <source>Order {order_id} was not found.</source>
      <translation>Order {order_id} was not found.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="110" />
      <source>The gateway refused the terminal credentials (user or password).</source>
      <translation>The gateway refused the terminal credentials (user or password).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="120" />
      <source>The gateway at {host} could not be reached; nothing was sent.</source>
      <translation>The gateway at {host} could not be reached; nothing was sent.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="127" />
      <source>The gateway did not answer in time: the operation may or may not have happened. Check the order before trying again.</source>
      <translation>The gateway did not answer in time: the operation may or may not have happened. Check the order before trying again.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="131" />
      <source>The connection dropped before the gateway answered: the operation may or may not have happened. Check the order before trying again.</source>
      <translation>The connection dropped before the gateway answered: the operation may or may not have happened. Check the order before trying again.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="135" />
      <source>The gateway failed with a server error (HTTP {status}): the operation may or may not have happened. Check the order before trying again.</source>
      <translation>The gateway failed with a server error (HTTP {status}): the operation may or may not have happened. Check the order before trying again.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="139" />
      <source>The gateway's answer could not be read: the operation may or may not have happened. Check the order before trying again.</source>
      <translation>The gateway's answer could not be read: the operation may or may not have happened. Check the order before trying again.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="143" />
      <source>The bank's network refused this computer (HTTP 520); ask the bank to allow its address. The operation may or may not have happened. Check the order before trying again.</source>
      <translation>The bank's network refused this computer (HTTP 520); ask the bank to allow its address. The operation may or may not have happened. Check the order before trying again.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="149" />
      <source>The gateway did not answer in time.</source>
      <translation>The gateway did not answer in time.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="150" />
      <source>The connection to the gateway dropped before it answered.</source>
      <translation>The connection to the gateway dropped before it answered.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="151" />
      <source>The gateway failed with a server error (HTTP {status}).</source>
      <translation>The gateway failed with a server error (HTTP {status}).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="152" />
      <source>The gateway's answer could not be read.</source>
      <translation>The gateway's answer could not be read.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="155" />
      <source>The bank's network refused this computer (HTTP 520); ask the bank to allow its address.</source>
      <translation>The bank's network refused this computer (HTTP 520); ask the bank to allow its address.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="183" />
      <source>The gateway's answer was too large to read (over {limit}): the operation may or may not have happened. Check the order before trying again.</source>
      <translation>The gateway's answer was too large to read (over {limit}): the operation may or may not have happened. Check the order before trying again.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="187" />
      <source>The gateway's answer was too large to read (over {limit}).</source>
      <translation>The gateway's answer was too large to read (over {limit}).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/transport.py" line="64" />
      <source>{url} is not a web address.</source>
      <translation>{url} is not a web address.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/transport.py" line="66" />
      <source>{url} is not an http(s) address of a gateway.</source>
      <translation>{url} is not an http(s) address of a gateway.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/transport.py" line="68" />
      <source>Put the user and password in the profile, not in the address.</source>
      <translation>Put the user and password in the profile, not in the address.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/transport.py" line="72" />
      <source>Refusing plain http:// to {host}: credentials would travel unencrypted. Use https.</source>
      <translation>Refusing plain http:// to {host}: credentials would travel unencrypted. Use https.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/amount_input.py" line="72" />
      <source>Enter an amount, or press “Full amount” for all of it.</source>
      <translation>Enter an amount, or press “Full amount” for all of it.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/first_run.py" line="125" />
      <source>The two passphrases differ.</source>
      <translation>The two passphrases differ.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/open_profile.py" line="89" />
      <source>Choose a profile with --profile NAME (or make one active).</source>
      <translation>Choose a profile with --profile NAME (or make one active).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="198" />
      <source>Type the team journal's address (postgresql://USER@HOST:PORT/DB), or uncheck Team journal to keep the journal on this computer.</source>
      <translation>Type the team journal's address (postgresql://USER@HOST:PORT/DB), or uncheck Team journal to keep the journal on this computer.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="182" />
      <source>Type the order id (a whole number).</source>
      <translation>Type the order id (a whole number).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="196" />
      <location filename="../../kapdesk/journal/disputes.py" line="80" />
      <source>Order {order} already has a dispute ({state}); close it before opening another.</source>
      <translation>Order {order} already has a dispute ({state}); close it before opening another.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/chain.py" line="215" />
      <source>Row {seq} belongs to entry {entry}, which has no intent row.</source>
      <translation>Row {seq} belongs to entry {entry}, which has no intent row.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/chain.py" line="234" />
      <source>Row {seq} (entry {entry}, {state}) was edited after it was written.</source>
      <translation>Row {seq} (entry {entry}, {state}) was edited after it was written.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/chain.py" line="278" />
      <source>The link between rows {before} and {seq} is broken: row {before} was replaced, or row {seq} was inserted.</source>
      <translation>The link between rows {before} and {seq} is broken: row {before} was replaced, or row {seq} was inserted.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/chain.py" line="289" />
      <source>Row {seq} claims a format kapdesk did not write there: it was rewritten.</source>
      <translation>Row {seq} claims a format kapdesk did not write there: it was rewritten.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/chain.py" line="323" />
      <source>{count} rows (the first is row {seq}) were signed with another profile store's key: the journal was replaced or rewritten.</source>
      <translation>{count} rows (the first is row {seq}) were signed with another profile store's key: the journal was replaced or rewritten.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/chain.py" line="335" />
      <source>Row {seq} is out of sequence: it was inserted.</source>
      <translation>Row {seq} is out of sequence: it was inserted.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/chain.py" line="337" />
      <source>Rows {first} to {last} are missing: they were deleted.</source>
      <translation>Rows {first} to {last} are missing: they were deleted.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/chain.py" line="345" />
      <source>The journal's head record is missing: it was deleted.</source>
      <translation>The journal's head record is missing: it was deleted.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/chain.py" line="350" />
      <source>The newest rows {first} to {last} are missing: they were deleted.</source>
      <translation>The newest rows {first} to {last} are missing: they were deleted.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/chain.py" line="358" />
      <source>Rows {first} to {last} were added after the last row kapdesk wrote.</source>
      <translation>Rows {first} to {last} were added after the last row kapdesk wrote.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/chain.py" line="364" />
      <source>The newest row {seq} was replaced.</source>
      <translation>The newest row {seq} was replaced.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/chain.py" line="375" />
      <source>The journal's table of open orders disagrees with its rows (first about entry {entry} on order {order}; {count} in all): the file was edited.</source>
      <translation>The journal's table of open orders disagrees with its rows (first about entry {entry} on order {order}; {count} in all): the file was edited.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/chain.py" line="410" />
      <source>The profile store witnessed {count} journal rows, but the journal ends at row {newest}: its newest rows were deleted, or it was deleted or replaced.</source>
      <translation>The profile store witnessed {count} journal rows, but the journal ends at row {newest}: its newest rows were deleted, or it was deleted or replaced.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/chain.py" line="421" />
      <source>Row {count} is not the row the profile store witnessed: the journal was rewritten or replaced.</source>
      <translation>Row {count} is not the row the profile store witnessed: the journal was rewritten or replaced.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/db.py" line="19" />
      <source>The local database {path} stayed locked by another kapdesk for {seconds} seconds. Nothing was changed; try again in a moment.</source>
      <translation>The local database {path} stayed locked by another kapdesk for {seconds} seconds. Nothing was changed; try again in a moment.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/disputes.py" line="88" />
      <source>There is no dispute on order {order}.</source>
      <translation>There is no dispute on order {order}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/entry.py" line="169" />
      <source>Order {order_id} is busy: {operation} started by {user} at {since} (journal entry {entry_id}) is still in progress. Wait for it to finish.</source>
      <translation>Order {order_id} is busy: {operation} started by {user} at {since} (journal entry {entry_id}) is still in progress. Wait for it to finish.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/entry.py" line="174" />
      <source>Order {order_id} has an unsettled {operation} started by {user} at {since} (journal entry {entry_id}, {state}). It must be settled (reconciled) before another money operation on this order.</source>
      <translation>Order {order_id} has an unsettled {operation} started by {user} at {since} (journal entry {entry_id}, {state}). It must be settled (reconciled) before another money operation on this order.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/entry.py" line="196" />
      <source>Journal entry {entry_id} is already {state}; it cannot become {new_state}.</source>
      <translation>Journal entry {entry_id} is already {state}; it cannot become {new_state}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/entry.py" line="213" />
      <source>Waiting for a supervisor: {operation} of {amount} {currency} on order {order} is above the team's threshold, so it was recorded as journal entry {entry_id} awaiting approval and NOT sent. A supervisor approves or rejects it ('kapdesk approvals'); once approved, send it with 'kapdesk approvals send {entry_id}'.</source>
      <translation>Waiting for a supervisor: {operation} of {amount} {currency} on order {order} is above the team's threshold, so it was recorded as journal entry {entry_id} awaiting approval and NOT sent. A supervisor approves or rejects it ('kapdesk approvals'); once approved, send it with 'kapdesk approvals send {entry_id}'.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/entry.py" line="235" />
      <source>There is no journal entry {entry_id}.</source>
      <translation>There is no journal entry {entry_id}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/journal.py" line="690" />
      <source>The journal's head record is missing; run 'kapdesk journal verify'.</source>
      <translation>The journal's head record is missing; run 'kapdesk journal verify'.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/journal.py" line="708" />
      <source>The journal has rows kapdesk did not write; run 'kapdesk journal verify'.</source>
      <translation>The journal has rows kapdesk did not write; run 'kapdesk journal verify'.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/journal.py" line="760" />
      <source>The journal's table of open orders is missing; run 'kapdesk journal verify'.</source>
      <translation>The journal's table of open orders is missing; run 'kapdesk journal verify'.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/journal.py" line="795" />
      <source>The journal's table of open orders is missing: it was deleted.</source>
      <translation>The journal's table of open orders is missing: it was deleted.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/journal.py" line="802" />
      <location filename="../../kapdesk/journal/team/store.py" line="555" />
      <source>The journal failed its check, so no money operation was started: {problem} Run 'kapdesk journal verify' to see every problem.</source>
      <translation>The journal failed its check, so no money operation was started: {problem} Run 'kapdesk journal verify' to see every problem.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/journal.py" line="813" />
      <source>Row {seq} changed or disappeared since this program checked it: the journal was rewritten or replaced.</source>
      <translation>Row {seq} changed or disappeared since this program checked it: the journal was rewritten or replaced.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/schema.py" line="149" />
      <source>The journal's operations table is missing (deleted); only its head remains.</source>
      <translation>The journal's operations table is missing (deleted); only its head remains.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/schema.py" line="154" />
      <source>The journal was written by a newer kapdesk (schema {version}); update kapdesk to use it. Nothing was changed.</source>
      <translation>The journal was written by a newer kapdesk (schema {version}); update kapdesk to use it. Nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/admin.py" line="31" />
      <source>'{name}' cannot be a team member's login: use lower-case letters, digits, '_', '.' or '-', starting with a letter (at most 63).</source>
      <translation>'{name}' cannot be a team member's login: use lower-case letters, digits, '_', '.' or '-', starting with a letter (at most 63).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/admin.py" line="46" />
      <source>'{role}' is not a team role: use clerk, supervisor or admin.</source>
      <translation>'{role}' is not a team role: use clerk, supervisor or admin.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/admin.py" line="49" />
      <source>A team member needs a password.</source>
      <translation>A team member needs a password.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/admin.py" line="77" />
      <source>'{currency}' is not a currency code (three letters, like AZN).</source>
      <translation>'{currency}' is not a currency code (three letters, like AZN).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/admin.py" line="81" />
      <source>A threshold is an amount of zero or more.</source>
      <translation>A threshold is an amount of zero or more.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/connect.py" line="58" />
      <location filename="../../kapdesk/journal/team/connect.py" line="72" />
      <source>'{dsn}' is not a team database address; write it as {example}.</source>
      <translation>'{dsn}' is not a team database address; write it as {example}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/connect.py" line="65" />
      <source>Do not put the database password in the address: kapdesk asks for it (or reads KAPDESK_DB_PASSWORD) and keeps it in the profile store.</source>
      <translation>Do not put the database password in the address: kapdesk asks for it (or reads KAPDESK_DB_PASSWORD) and keeps it in the profile store.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/connect.py" line="121" />
      <location filename="../../kapdesk/vault/profiles.py" line="136" />
      <source>The team's CA certificate must be a PEM file (it starts with -----BEGIN CERTIFICATE-----).</source>
      <translation>The team's CA certificate must be a PEM file (it starts with -----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/connect.py" line="133" />
      <source>The team database {host} is not on this computer, so kapdesk only connects to it with TLS checked against the team's CA certificate: give that certificate with --team-ca FILE.</source>
      <translation>The team database {host} is not on this computer, so kapdesk only connects to it with TLS checked against the team's CA certificate: give that certificate with --team-ca FILE.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/orders.py" line="122" />
      <source>The team's order index at {dsn} cannot be used: {reason}</source>
      <translation>The team's order index at {dsn} cannot be used: {reason}</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/schema.py" line="68" />
      <source>The team database has schema version {found}, newer than this kapdesk knows ({known}). Update kapdesk.</source>
      <translation>The team database has schema version {found}, newer than this kapdesk knows ({known}). Update kapdesk.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/schema.py" line="77" />
      <source>The team database has schema version {found}; this kapdesk uses {known}. Run 'kapdesk team init --upgrade' to migrate it.</source>
      <translation>The team database has schema version {found}; this kapdesk uses {known}. Run 'kapdesk team init --upgrade' to migrate it.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="104" />
      <source>Order {order_id} is held by a {operation} that {person} asked for on {workstation} at {since} (journal entry {entry_id}, {state}): a supervisor must approve or reject it, and once approved {person} sends it ('kapdesk approvals').</source>
      <translation>Order {order_id} is held by a {operation} that {person} asked for on {workstation} at {since} (journal entry {entry_id}, {state}): a supervisor must approve or reject it, and once approved {person} sends it ('kapdesk approvals').</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="111" />
      <source>Order {order_id} is busy: {operation} started by {person} on {workstation} at {since} (journal entry {entry_id}) is still in progress. Wait for it to finish.</source>
      <translation>Order {order_id} is busy: {operation} started by {person} on {workstation} at {since} (journal entry {entry_id}) is still in progress. Wait for it to finish.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="117" />
      <source>Order {order_id} has an unsettled {operation} started by {person} on {workstation} at {since} (journal entry {entry_id}, {state}). It must be settled (reconciled) before another money operation on this order.</source>
      <translation>Order {order_id} has an unsettled {operation} started by {person} on {workstation} at {since} (journal entry {entry_id}, {state}). It must be settled (reconciled) before another money operation on this order.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="487" />
      <source>Journal entry {entry_id} is already {state}: there is nothing to take over.</source>
      <translation>Journal entry {entry_id} is already {state}: there is nothing to take over.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="494" />
      <source>Journal entry {entry_id} is already yours: reconcile it with 'kapdesk journal reconcile --entry {entry_id}'.</source>
      <translation>Journal entry {entry_id} is already yours: reconcile it with 'kapdesk journal reconcile --entry {entry_id}'.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="503" />
      <source>Journal entry {entry_id} is held by {person} on {workstation}, whose kapdesk is still connected to the team database (it may be busy or frozen). Ask them to finish it, or take it over once that workstation is closed or has lost its connection (about a minute).</source>
      <translation>Journal entry {entry_id} is held by {person} on {workstation}, whose kapdesk is still connected to the team database (it may be busy or frozen). Ask them to finish it, or take it over once that workstation is closed or has lost its connection (about a minute).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="602" />
      <location filename="../../kapdesk/journal/team/store.py" line="768" />
      <source>A rejection needs a reason: say why (--reason).</source>
      <translation>A rejection needs a reason: say why (--reason).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="643" />
      <source>The team journal is busy: another workstation holds it and does not answer. Try again in a moment.</source>
      <translation>The team journal is busy: another workstation holds it and does not answer. Try again in a moment.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="722" />
      <source>Journal entry {entry_id} is held by {person} on {workstation}: only they reconcile it, or take it over first with 'kapdesk journal take-over {entry_id}'.</source>
      <translation>Journal entry {entry_id} is held by {person} on {workstation}: only they reconcile it, or take it over first with 'kapdesk journal take-over {entry_id}'.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="737" />
      <source>Only a supervisor can approve or reject an operation: {person} is not a supervisor.</source>
      <translation>Only a supervisor can approve or reject an operation: {person} is not a supervisor.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="745" />
      <source>Four-eyes: {person} asked for journal entry {entry_id}, so {person} cannot approve or reject it; another supervisor must.</source>
      <translation>Four-eyes: {person} asked for journal entry {entry_id}, so {person} cannot approve or reject it; another supervisor must.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="754" />
      <source>Only the person who asked for journal entry {entry_id} sends it once it is approved.</source>
      <translation>Only the person who asked for journal entry {entry_id} sends it once it is approved.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="762" />
      <source>Journal entry {entry_id} is above the team's threshold: it needs a supervisor's approval before it is sent. Nothing was sent.</source>
      <translation>Journal entry {entry_id} is above the team's threshold: it needs a supervisor's approval before it is sent. Nothing was sent.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="781" />
      <source>Journal entry {entry_id} was already decided: {state} by {person}.</source>
      <translation>Journal entry {entry_id} was already decided: {state} by {person}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="787" />
      <source>Journal entry {entry_id} does not wait for approval (it is {state}).</source>
      <translation>Journal entry {entry_id} does not wait for approval (it is {state}).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="795" />
      <source>Row {seq} is missing or out of order in the team journal.</source>
      <translation>Row {seq} is missing or out of order in the team journal.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="796" />
      <source>Row {seq} does not follow the row before it: rows were removed or moved.</source>
      <translation>Row {seq} does not follow the row before it: rows were removed or moved.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="797" />
      <source>Row {seq} was changed after it was written (its link does not match).</source>
      <translation>Row {seq} was changed after it was written (its link does not match).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="798" />
      <source>The team journal's head record does not match its last row {seq}.</source>
      <translation>The team journal's head record does not match its last row {seq}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/batch.py" line="101" />
      <source>Cannot read {file} as a UTF-8 CSV file.</source>
      <translation>Cannot read {file} as a UTF-8 CSV file.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/batch.py" line="110" />
      <source>{file} lacks the column(s) {missing}; it needs {columns}.</source>
      <translation>{file} lacks the column(s) {missing}; it needs {columns}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/batch.py" line="136" />
      <source>Row {row}: {value} is not an order id.</source>
      <translation>Row {row}: {value} is not an order id.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/batch.py" line="141" />
      <source>Row {row}: unknown operation {value}; use one of {known}.</source>
      <translation>Row {row}: unknown operation {value}; use one of {known}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/batch.py" line="167" />
      <source>Row {row}: the amount is empty; write an amount, or full for the full amount.</source>
      <translation>Row {row}: the amount is empty; write an amount, or full for the full amount.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/batch.py" line="197" />
      <source>Row {row} was already done (journal entry {entry}); skipped.</source>
      <translation>Row {row} was already done (journal entry {entry}); skipped.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/batch.py" line="226" />
      <source>Row {row} would {operation}: {amount} on order {order} ({status}).</source>
      <translation>Row {row} would {operation}: {amount} on order {order} ({status}).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/checks.py" line="41" />
      <source>{operation} needs a reason: say why, it goes into the journal.</source>
      <translation>{operation} needs a reason: say why, it goes into the journal.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/checks.py" line="60" />
      <source>{currency} amounts have at most {digits} decimals.</source>
      <translation>{currency} amounts have at most {digits} decimals.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="47" />
      <source>authenticated</source>
      <translation>authenticated</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="48" />
      <source>attempted (the issuer did not take part)</source>
      <translation>attempted (the issuer did not take part)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="49" />
      <source>not authenticated</source>
      <translation>not authenticated</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="50" />
      <source>authentication could not be performed</source>
      <translation>authentication could not be performed</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="51" />
      <source>rejected by the issuer</source>
      <translation>rejected by the issuer</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="52" />
      <source>challenge required</source>
      <translation>challenge required</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="53" />
      <source>information only</source>
      <translation>information only</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="76" />
      <source>None.</source>
      <translation>None.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="200" />
      <source>The gateway records the payment, not the delivery: proof that the goods or service were provided as described must come from the shop.</source>
      <translation>The gateway records the payment, not the delivery: proof that the goods or service were provided as described must come from the shop.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="209" />
      <source>This order holds {count} approved charge(s); a duplicate would be a second order, which this pack does not show.</source>
      <translation>This order holds {count} approved charge(s); a duplicate would be a second order, which this pack does not show.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="215" />
      <source>The card is saved for further payments (saved card {id}).</source>
      <translation>The card is saved for further payments (saved card {id}).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="221" />
      <source>Refunded {amount} on {day} (RRN {rrn}): credit already processed.</source>
      <translation>Refunded {amount} on {day} (RRN {rrn}): credit already processed.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="228" />
      <source>No refund is recorded on this order.</source>
      <translation>No refund is recorded on this order.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="232" />
      <source>Reversed {amount} on {day}: that amount was not charged.</source>
      <translation>Reversed {amount} on {day}: that amount was not charged.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="240" />
      <source>Charged {charged}, refunded {refunded}: {remaining} remains with the shop.</source>
      <translation>Charged {charged}, refunded {refunded}: {remaining} remains with the shop.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="249" />
      <source>The disputed amount {disputed} is more than what remains charged.</source>
      <translation>The disputed amount {disputed} is more than what remains charged.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="261" />
      <source>3-D Secure {version}, fully authenticated (ECI {eci}): for fraud-coded disputes the liability normally lies with the issuer.</source>
      <translation>3-D Secure {version}, fully authenticated (ECI {eci}): for fraud-coded disputes the liability normally lies with the issuer.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="270" />
      <source>3-D Secure {version}, attempted (ECI {eci}): the issuer did not take part; under most scheme rules the liability still shifts to the issuer.</source>
      <translation>3-D Secure {version}, attempted (ECI {eci}): the issuer did not take part; under most scheme rules the liability still shifts to the issuer.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="279" />
      <source>No successful 3-D Secure authentication is recorded: for fraud-coded disputes the liability normally stays with the shop.</source>
      <translation>No successful 3-D Secure authentication is recorded: for fraud-coded disputes the liability normally stays with the shop.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="285" />
      <source>The CVV2 check answered: {result}.</source>
      <translation>The CVV2 check answered: {result}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="291" />
      <source>Whether the goods or service were delivered, and what the cardholder told the issuer: the gateway does not know.</source>
      <translation>Whether the goods or service were delivered, and what the cardholder told the issuer: the gateway does not know.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="295" />
      <source>The issuer's and the scheme's decision: the gateway has no dispute interface; this case is the shop's own record.</source>
      <translation>The issuer's and the scheme's decision: the gateway has no dispute interface; this case is the shop's own record.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="298" />
      <source>Other orders by the same cardholder: this pack covers one order.</source>
      <translation>Other orders by the same cardholder: this pack covers one order.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="300" />
      <source>Operations made outside kapdesk appear as the bank's transactions, without a journal entry saying who made them or why.</source>
      <translation>Operations made outside kapdesk appear as the bank's transactions, without a journal entry saying who made them or why.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="322" />
      <source>The dispute</source>
      <translation>The dispute</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="324" />
      <source>Order</source>
      <translation>Order</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="325" />
      <source>Scheme</source>
      <translation>Scheme</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="326" />
      <source>Reason code</source>
      <translation>Reason code</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="327" />
      <source>Meaning</source>
      <translation>Meaning</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="328" />
      <source>Disputed amount</source>
      <translation>Disputed amount</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="329" />
      <source>Received</source>
      <translation>Received</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="330" />
      <source>Response due</source>
      <translation>Response due</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="331" />
      <location filename="../../kapdesk/operations/disputes.py" line="382" />
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="332" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="336" />
      <source>The order</source>
      <translation>The order</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="338" />
      <location filename="../../kapdesk/operations/disputes.py" line="366" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="339" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="340" />
      <source>Status meaning</source>
      <translation>Status meaning</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="341" />
      <location filename="../../kapdesk/operations/disputes.py" line="368" />
      <location filename="../../kapdesk/operations/disputes.py" line="381" />
      <source>Amount</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="342" />
      <source>Created</source>
      <translation>Created</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="343" />
      <source>Shop</source>
      <translation>Shop</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="344" />
      <source>Terminal</source>
      <translation>Terminal</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="345" />
      <source>Order title</source>
      <translation>Order title</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="346" />
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="350" />
      <source>The card</source>
      <translation>The card</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="352" />
      <source>Card</source>
      <translation>Card</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="353" />
      <source>Brand</source>
      <translation>Brand</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="354" />
      <source>Issuer</source>
      <translation>Issuer</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="355" />
      <source>Entry mode</source>
      <translation>Entry mode</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="356" />
      <source>CVV2 result</source>
      <translation>CVV2 result</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="363" />
      <source>Transactions</source>
      <translation>Transactions</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="365" />
      <location filename="../../kapdesk/operations/disputes.py" line="378" />
      <location filename="../../kapdesk/operations/disputes.py" line="390" />
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="367" />
      <source>Phase</source>
      <translation>Phase</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="370" />
      <source>Approval code</source>
      <translation>Approval code</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="371" />
      <location filename="../../kapdesk/operations/disputes.py" line="406" />
      <source>Result</source>
      <translation>Result</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="376" />
      <source>Journal entries on this order</source>
      <translation>Journal entries on this order</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="379" />
      <location filename="../../kapdesk/operations/disputes.py" line="390" />
      <source>Who</source>
      <translation>Who</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="380" />
      <source>Operation</source>
      <translation>Operation</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="383" />
      <location filename="../../kapdesk/operations/disputes.py" line="390" />
      <source>Why</source>
      <translation>Why</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="384" />
      <source>The bank's answer</source>
      <translation>The bank's answer</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="389" />
      <source>The case's history</source>
      <translation>The case's history</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="390" />
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="390" />
      <source>To</source>
      <translation>To</translation>
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
      <translation>Not recorded</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="412" />
      <source>Protocol version</source>
      <translation>Protocol version</translation>
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
      <translation>transStatus meaning</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="416" />
      <source>DS transaction id</source>
      <translation>DS transaction id</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="418" />
      <source>Authentication value</source>
      <translation>Authentication value</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="419" />
      <source>present (not shown)</source>
      <translation>present (not shown)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="419" />
      <source>none</source>
      <translation>none</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="421" />
      <source>Authenticated at</source>
      <translation>Authenticated at</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="478" />
      <source>There is no dispute on order {order}: open one first (kapdesk dispute open).</source>
      <translation>There is no dispute on order {order}: open one first (kapdesk dispute open).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/limits.py" line="22" />
      <source>{operation} of {amount} is above this profile's limit of {limit} per operation; nothing was sent. Change the limit in the profile if it is meant.</source>
      <translation>{operation} of {amount} is above this profile's limit of {limit} per operation; nothing was sent. Change the limit in the profile if it is meant.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/lookup.py" line="77" />
      <source>Unexpected error reading this order.</source>
      <translation>Unexpected error reading this order.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/money.py" line="165" />
      <location filename="../../kapdesk/operations/sending.py" line="114" />
      <source>No clear answer: checking the order with the gateway…</source>
      <translation>No clear answer: checking the order with the gateway…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/money.py" line="207" />
      <source>{operation} creates its own order; it cannot be run on order {order}.</source>
      <translation>{operation} creates its own order; it cannot be run on order {order}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/money.py" line="278" />
      <source>Journal entry {entry} was made on {environment} ({profile}); connect to that gateway to send it.</source>
      <translation>Journal entry {entry} was made on {environment} ({profile}); connect to that gateway to send it.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/money.py" line="285" />
      <source>Sending an approved payout needs the card number again.</source>
      <translation>Sending an approved payout needs the card number again.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/money.py" line="297" />
      <location filename="../../kapdesk/operations/money.py" line="314" />
      <source>Re-reading order {order} before sending…</source>
      <translation>Re-reading order {order} before sending…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/money.py" line="358" />
      <source>Journal entry {entry} was made on {environment} ({profile}); connect to that gateway to reconcile it.</source>
      <translation>Journal entry {entry} was made on {environment} ({profile}); connect to that gateway to reconcile it.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/money.py" line="391" />
      <source>Journal entry {entry} still waits for a supervisor's approval; nothing was sent.</source>
      <translation>Journal entry {entry} still waits for a supervisor's approval; nothing was sent.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/money.py" line="397" />
      <source>Journal entry {entry} was rejected by {person} ({reason}); it cannot be sent.</source>
      <translation>Journal entry {entry} was rejected by {person} ({reason}); it cannot be sent.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/money.py" line="401" />
      <source>Journal entry {entry} is {state}, not approved: there is nothing to send.</source>
      <translation>Journal entry {entry} is {state}, not approved: there is nothing to send.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/outcome.py" line="43" />
      <source>Done: {operation} of {amount} on order {order}. Approval code {approval}, RRN {rrn}.</source>
      <translation>Done: {operation} of {amount} on order {order}. Approval code {approval}, RRN {rrn}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/outcome.py" line="54" />
      <source>Refused by the gateway: {operation} on order {order}. {reason} Nothing was moved.</source>
      <translation>Refused by the gateway: {operation} on order {order}. {reason} Nothing was moved.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/outcome.py" line="63" />
      <source>Not done: {operation} on order {order} did not happen (checked with the gateway). {note}</source>
      <translation>Not done: {operation} on order {order} did not happen (checked with the gateway). {note}</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/outcome.py" line="74" />
      <source>Outcome unknown: {operation} on order {order} could not be settled. {why} Order {order} is locked for money operations until it is reconciled (kapdesk journal reconcile). Do not repeat the operation.</source>
      <translation>Outcome unknown: {operation} on order {order} could not be settled. {why} Order {order} is locked for money operations until it is reconciled (kapdesk journal reconcile). Do not repeat the operation.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/outcome.py" line="82" />
      <source>Outcome unknown: {operation} on order {order} was sent, but the gateway could not be read to check whether it happened. Order {order} is locked for money operations until it is reconciled (kapdesk journal reconcile). Do not repeat the operation.</source>
      <translation>Outcome unknown: {operation} on order {order} was sent, but the gateway could not be read to check whether it happened. Order {order} is locked for money operations until it is reconciled (kapdesk journal reconcile). Do not repeat the operation.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/outcome.py" line="96" />
      <source>Approved by {person}, not sent yet: {operation} of {amount} on order {order} (journal entry {entry}). Send it with 'kapdesk approvals send {entry}'.</source>
      <translation>Approved by {person}, not sent yet: {operation} of {amount} on order {order} (journal entry {entry}). Send it with 'kapdesk approvals send {entry}'.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/outcome.py" line="105" />
      <source>Waiting for a supervisor: {operation} of {amount} on order {order} is above the team's threshold, so it was journalled as entry {entry} awaiting approval and NOT sent. Once a supervisor approves it, send it with 'kapdesk approvals send {entry}'.</source>
      <translation>Waiting for a supervisor: {operation} of {amount} on order {order} is above the team's threshold, so it was journalled as entry {entry} awaiting approval and NOT sent. Once a supervisor approves it, send it with 'kapdesk approvals send {entry}'.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/outcome.py" line="119" />
      <source>Rejected by {person}: {operation} on order {order} was not sent. Reason: {reason}</source>
      <translation>Rejected by {person}: {operation} on order {order} was not sent. Reason: {reason}</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/payout.py" line="122" />
      <source>This card number is not the card of approved journal entry {entry} ({card}); nothing was sent.</source>
      <translation>This card number is not the card of approved journal entry {entry} ({card}); nothing was sent.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/payout.py" line="149" />
      <source>Creating the order…</source>
      <translation>Creating the order…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/payout.py" line="161" />
      <source>Attaching the card to order {order}…</source>
      <translation>Attaching the card to order {order}…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/plan.py" line="92" />
      <source>{operation} of {amount} on order {order} ({status}, card {card}) in the {environment} environment. Reason: {reason}.</source>
      <translation>{operation} of {amount} on order {order} ({status}, card {card}) in the {environment} environment. Reason: {reason}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/sending.py" line="105" />
      <source>Sending to the gateway…</source>
      <translation>Sending to the gateway…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/errors.py" line="19" />
      <source>That passphrase is not right. After {failures} wrong tries in a row, each further try waits longer (the next one {seconds} s).</source>
      <translation>That passphrase is not right. After {failures} wrong tries in a row, each further try waits longer (the next one {seconds} s).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/errors.py" line="26" />
      <source>That passphrase is not right.</source>
      <translation>That passphrase is not right.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/errors.py" line="38" />
      <source>The profile store {path} is damaged or was altered, so it was not opened and was left untouched. The previous good copy is {backup}: to use it, rename it to {path}.</source>
      <translation>The profile store {path} is damaged or was altered, so it was not opened and was left untouched. The previous good copy is {backup}: to use it, rename it to {path}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/errors.py" line="48" />
      <source>The profile store {path} is damaged or was altered, so it was not opened and was left untouched.</source>
      <translation>The profile store {path} is damaged or was altered, so it was not opened and was left untouched.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/errors.py" line="61" />
      <source>The profile store {path} was written by a newer kapdesk (format {version}). Update kapdesk to open it; the file was left untouched.</source>
      <translation>The profile store {path} was written by a newer kapdesk (format {version}). Update kapdesk to open it; the file was left untouched.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/errors.py" line="75" />
      <source>The profile store {path} asks for far more memory or work to open than kapdesk ever sets, so it was not opened (it was altered or not written by kapdesk) and was left untouched.</source>
      <translation>The profile store {path} asks for far more memory or work to open than kapdesk ever sets, so it was not opened (it was altered or not written by kapdesk) and was left untouched.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/errors.py" line="89" />
      <source>The profile store {path} was changed by another kapdesk window or command since it was unlocked, so nothing was saved. Lock and unlock to reload it.</source>
      <translation>The profile store {path} was changed by another kapdesk window or command since it was unlocked, so nothing was saved. Lock and unlock to reload it.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/errors.py" line="99" />
      <source>There is no profile store yet at {path}. Add a profile first.</source>
      <translation>There is no profile store yet at {path}. Add a profile first.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/errors.py" line="106" />
      <source>A profile store already exists at {path}; it was not replaced.</source>
      <translation>A profile store already exists at {path}; it was not replaced.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/errors.py" line="112" />
      <source>The profile store is locked. Unlock it first.</source>
      <translation>The profile store is locked. Unlock it first.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/errors.py" line="117" />
      <source>There is no profile named “{name}”.</source>
      <translation>There is no profile named “{name}”.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/errors.py" line="122" />
      <source>A profile named “{name}” already exists.</source>
      <translation>A profile named “{name}” already exists.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/errors.py" line="132" />
      <source>The passphrase must have at least {minimum} characters.</source>
      <translation>The passphrase must have at least {minimum} characters.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/keyring_key.py" line="24" />
      <source>This computer has no secure keyring (on Linux: no Secret Service such as GNOME Keyring or KWallet is running), so it cannot remember the profile store: the passphrase is the only way in.</source>
      <translation>This computer has no secure keyring (on Linux: no Secret Service such as GNOME Keyring or KWallet is running), so it cannot remember the profile store: the passphrase is the only way in.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/keyring_key.py" line="29" />
      <source>The keyring of this computer refused to keep the key ({detail}); the passphrase is the only way in.</source>
      <translation>The keyring of this computer refused to keep the key ({detail}); the passphrase is the only way in.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="97" />
      <source>The limit per operation must be an amount such as 10000.00.</source>
      <translation>The limit per operation must be an amount such as 10000.00.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="110" />
      <source>The environment must be one of: {choices}.</source>
      <translation>The environment must be one of: {choices}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="121" />
      <source>The team journal's address and password must be text.</source>
      <translation>The team journal's address and password must be text.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="127" />
      <source>The team journal's address must look like postgresql://USER@HOST:PORT/DB.</source>
      <translation>The team journal's address must look like postgresql://USER@HOST:PORT/DB.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="130" />
      <source>A team profile needs the database password of its login.</source>
      <translation>A team profile needs the database password of its login.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="147" />
      <source>An operator name has at most 64 characters, no line breaks and no outer spaces.</source>
      <translation>An operator name has at most 64 characters, no line breaks and no outer spaces.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="153" />
      <source>A profile needs a name.</source>
      <translation>A profile needs a name.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="156" />
      <source>A profile name has at most 64 characters, no line breaks and no outer spaces.</source>
      <translation>A profile name has at most 64 characters, no line breaks and no outer spaces.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="166" />
      <source>The base URL must look like https://host/api (got “{url}”).</source>
      <translation>The base URL must look like https://host/api (got “{url}”).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="171" />
      <source>A production profile must use https:// with TLS verification switched on.</source>
      <translation>A production profile must use https:// with TLS verification switched on.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="175" />
      <source>Plain http:// is only allowed to this computer (127.0.0.1); use https://.</source>
      <translation>Plain http:// is only allowed to this computer (127.0.0.1); use https://.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="181" />
      <source>The terminal user and password must be text.</source>
      <translation>The terminal user and password must be text.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="183" />
      <source>This profile needs a terminal user and a terminal password.</source>
      <translation>This profile needs a terminal user and a terminal password.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="189" />
      <source>The currency must be a three-letter code such as AZN (got “{code}”).</source>
      <translation>The currency must be a three-letter code such as AZN (got “{code}”).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="194" />
      <source>The language must be one of: {choices}.</source>
      <translation>The language must be one of: {choices}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="198" />
      <source>Hold validity must be a whole number of days from 1 to {most}.</source>
      <translation>Hold validity must be a whole number of days from 1 to {most}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="203" />
      <source>The idle lock must be a whole number of minutes from 1 to {most}.</source>
      <translation>The idle lock must be a whole number of minutes from 1 to {most}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="208" />
      <source>The days to answer a dispute must be a whole number from 1 to {most}.</source>
      <translation>The days to answer a dispute must be a whole number from 1 to {most}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="212" />
      <source>TLS verification must be on or off.</source>
      <translation>TLS verification must be on or off.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/witness.py" line="62" />
      <source>The journal's witness {path} is missing: it was deleted, so the journal cannot be vouched for.</source>
      <translation>The journal's witness {path} is missing: it was deleted, so the journal cannot be vouched for.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/witness.py" line="70" />
      <source>The journal's witness {path} was altered or belongs to another store.</source>
      <translation>The journal's witness {path} was altered or belongs to another store.</translation>
    </message>
  </context>
</TS>