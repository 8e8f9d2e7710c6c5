<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="az" sourcelanguage="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../kapdesk/gui/about.py" line="62" />
      <source>About kapdesk</source>
      <translation>kapdesk haqqında</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/about.py" line="64" />
      <source>Version %1</source>
      <translation>Versiya %1</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/about.py" line="68" />
      <source>A back-office console for merchants on Kapital Bank's e-commerce gateway: look up orders, clear or release holds, refund and pay out to cards.</source>
      <translation>Kapital Bankın elektron ticarət şlüzündəki tacirlər üçün bek-ofis konsolu: sifarişləri tapın, blokları silin (klirinq) və ya azad edin, geri qaytarın və kartlara ödəniş edin.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/about.py" line="71" />
      <source>Licence: %1.</source>
      <translation>Lisenziya: %1.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/about.py" line="72" />
      <source>Built with Qt %1 and PySide6 %2 (LGPLv3).</source>
      <translation>Qt %1 və PySide6 %2 (LGPLv3) ilə hazırlanıb.</translation>
    </message>
  </context>
  <context>
    <name>AmountInput</name>
    <message>
      <location filename="../../kapdesk/gui/money/amount_input.py" line="44" />
      <source>Full amount</source>
      <translation>Tam məbləğ</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/amount_input.py" line="47" />
      <source>Up to %1</source>
      <translation>%1-dək</translation>
    </message>
  </context>
  <context>
    <name>ApprovalsPanel</name>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="177" />
      <source>Journal entry %1 was approved by %2: select it under the Journal tab and press Send approved.</source>
      <translation>%1 saylı jurnal qeydini %2 təsdiqlədi: onu Jurnal tabında seçin və «Təsdiqlənəni göndər» düyməsini basın.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="184" />
      <source>approved by %1: to be sent</source>
      <translation>%1 təsdiqlədi: göndərilməlidir</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="186" />
      <source>awaiting a supervisor</source>
      <translation>nəzarətçini gözləyir</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="237" />
      <source>Journal entry %1 approved.</source>
      <translation>Jurnal qeydi %1 təsdiqləndi.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="240" />
      <source>Journal entry %1 rejected: nothing was sent.</source>
      <translation>Jurnal qeydi %1 rədd edildi: heç nə göndərilmədi.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="276" />
      <source>Entry</source>
      <translation>Qeyd</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="277" />
      <source>Asked at (Baku)</source>
      <translation>Soruşulma vaxtı (Bakı)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="278" />
      <source>Order</source>
      <translation>Sifariş</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="279" />
      <source>Operation</source>
      <translation>Əməliyyat</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="280" />
      <source>Amount</source>
      <translation>Məbləğ</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="281" />
      <source>Asked by (workstation)</source>
      <translation>Soruşan (iş yeri)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="282" />
      <source>State</source>
      <translation>Vəziyyət</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="285" />
      <source>Reason for rejecting (required)</source>
      <translation>Rədd etmə səbəbi (mütləqdir)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="286" />
      <source>Approve</source>
      <translation>Təsdiqlə</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="287" />
      <source>Reject</source>
      <translation>Rədd et</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="288" />
      <source>Send approved</source>
      <translation>Təsdiqlənəni göndər</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="290" />
      <source>Only the person who asked sends it, once approved. A payout needs its card number typed again: it is kept nowhere.</source>
      <translation>Təsdiqləndikdən sonra onu yalnız istəyən şəxs göndərir. Ödəniş üçün kart nömrəsi yenidən yazılmalıdır: o heç yerdə saxlanılmır.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="293" />
      <source>the payout's card number, again</source>
      <translation>ödənişin kart nömrəsi, yenidən</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/approvals.py" line="303" />
      <source>Approvals (four-eyes): %1 waiting or approved</source>
      <translation>Təsdiqlər (dörd göz): %1 gözləyən və ya təsdiqlənmiş</translation>
    </message>
  </context>
  <context>
    <name>ColumnPicker</name>
    <message>
      <location filename="../../kapdesk/gui/lookup/column_picker.py" line="40" />
      <source>Choose the column with order ids</source>
      <translation>Sifariş ID-ləri olan sütunu seçin</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/column_picker.py" line="48" />
      <source>The first row is a header</source>
      <translation>Birinci sətir başlıqdır</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/column_picker.py" line="56" />
      <source>%1 rows in the file.</source>
      <translation>Faylda %1 sətir var.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/column_picker.py" line="57" />
      <source>Column:</source>
      <translation>Sütun:</translation>
    </message>
  </context>
  <context>
    <name>ConfirmDialog</name>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="73" />
      <source>Confirm: %1</source>
      <translation>Təsdiq edin: %1</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="79" />
      <source>Operation</source>
      <translation>Əməliyyat</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="81" />
      <source>Orders</source>
      <translation>Sifarişlər</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="84" />
      <source>Total</source>
      <translation>Cəmi</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="87" />
      <source>new order</source>
      <translation>yeni sifariş</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="88" />
      <source>Order</source>
      <translation>Sifariş</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="89" />
      <source>Amount</source>
      <translation>Məbləğ</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="90" />
      <source>Currency</source>
      <translation>Valyuta</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="91" />
      <source>Card</source>
      <translation>Kart</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="91" />
      <location filename="../../kapdesk/gui/money/confirmation.py" line="162" />
      <source>unknown</source>
      <translation>naməlum</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="92" />
      <source>Environment</source>
      <translation>Mühit</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="96" />
      <source>Reason</source>
      <translation>Səbəb</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="109" />
      <source>Type the amount again</source>
      <translation>Məbləği yenidən yazın</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="130" />
      <source>PRODUCTION: this moves real money.</source>
      <translation>REAL MÜHİT: bu əməliyyat real pul köçürür.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="136" />
      <source>%1: no real money moves.</source>
      <translation>%1: real pul hərəkət etmir.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="144" />
      <source>%1: this may move real money.</source>
      <translation>%1: bu, real pulu hərəkətə gətirə bilər.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="159" />
      <source>none given</source>
      <translation>göstərilməyib</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/confirmation.py" line="172" />
      <source>The amounts differ.</source>
      <translation>Məbləğlər fərqlidir.</translation>
    </message>
  </context>
  <context>
    <name>ConnectionCheck</name>
    <message>
      <location filename="../../kapdesk/gui/profiles/connection_check.py" line="60" />
      <source>Connected: the gateway answered and took the login.</source>
      <translation>Qoşuldu: şlüz cavab verdi və giriş məlumatlarını qəbul etdi.</translation>
    </message>
  </context>
  <context>
    <name>ConsoleStatusBar</name>
    <message>
      <location filename="../../kapdesk/gui/status_bar.py" line="63" />
      <source>Profile: %1</source>
      <translation>Profil: %1</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/status_bar.py" line="65" />
      <source>%1 in team %2</source>
      <translation>%1, komanda: %2</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/status_bar.py" line="71" />
      <source>Starting the sandbox…</source>
      <translation>Sandboks işə düşür…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/status_bar.py" line="72" />
      <source>Connected</source>
      <translation>Qoşulub</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/status_bar.py" line="73" />
      <source>Connecting…</source>
      <translation>Qoşulur…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/status_bar.py" line="74" />
      <source>Gateway not reachable</source>
      <translation>Şlüzə çatmaq mümkün deyil</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/status_bar.py" line="83" />
      <source>SANDBOX (simulated, no real money)</source>
      <translation>SANDBOX (simulyasiya, real pul yoxdur)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/status_bar.py" line="86" />
      <source>Kapital test environment</source>
      <translation>Kapital test mühiti</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/status_bar.py" line="87" />
      <source>PRODUCTION: real money</source>
      <translation>REAL MÜHİT: real pul</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/status_bar.py" line="88" />
      <source>Custom gateway</source>
      <translation>Xüsusi şlüz</translation>
    </message>
  </context>
  <context>
    <name>DisputesTab</name>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="135" />
      <source>Due</source>
      <translation>Müddət</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="135" />
      <source>Order</source>
      <translation>Sifariş</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="135" />
      <source>State</source>
      <translation>Vəziyyət</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="135" />
      <source>Reason code</source>
      <translation>Səbəb kodu</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="136" />
      <source>Amount</source>
      <translation>Məbləğ</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="136" />
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="145" />
      <source>Received</source>
      <translation>Alınıb</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="138" />
      <source>Why the state changes (required)</source>
      <translation>Vəziyyət niyə dəyişir (mütləqdir)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="139" />
      <source>Change state</source>
      <translation>Vəziyyəti dəyiş</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="140" />
      <source>Evidence pack…</source>
      <translation>Sübut paketi…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="141" />
      <source>Order id</source>
      <translation>Sifariş id-si</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="142" />
      <source>Disputed amount</source>
      <translation>Mübahisəli məbləğ</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="143" />
      <source>Notes</source>
      <translation>Qeydlər</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="144" />
      <source>Open a dispute</source>
      <translation>Mübahisə aç</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="146" />
      <source>Response due</source>
      <translation>Cavab müddəti</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="207" />
      <source>Dispute opened on order %1.</source>
      <translation>%1 sifarişi üzrə mübahisə açıldı.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="279" />
      <source>Dispute on order %1 changed.</source>
      <translation>%1 sifarişi üzrə mübahisə dəyişdirildi.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="288" />
      <source>Save the evidence pack</source>
      <translation>Sübut paketini saxla</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="303" />
      <source>Evidence pack written to %1 (%2 pages).</source>
      <translation>Sübut paketi %1 faylına yazıldı (%2 səhifə).</translation>
    </message>
  </context>
  <context>
    <name>EvidencePdf</name>
    <message>
      <location filename="../../kapdesk/app/evidence_pdf.py" line="31" />
      <source>Dispute evidence pack: order %1</source>
      <translation>Mübahisə üzrə sübut paketi: sifariş %1</translation>
    </message>
    <message>
      <location filename="../../kapdesk/app/evidence_pdf.py" line="32" />
      <source>Generated %1 (Baku time)</source>
      <translation>Yaradılıb: %1 (Bakı vaxtı)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/app/evidence_pdf.py" line="33" />
      <source>What the data says</source>
      <translation>Məlumat nə deyir</translation>
    </message>
    <message>
      <location filename="../../kapdesk/app/evidence_pdf.py" line="34" />
      <source>What this pack cannot know</source>
      <translation>Bu paketin bilə bilmədikləri</translation>
    </message>
    <message>
      <location filename="../../kapdesk/app/evidence_pdf.py" line="35" />
      <source>Page %1 of %2</source>
      <translation>Səhifə %1 / %2</translation>
    </message>
    <message>
      <location filename="../../kapdesk/app/evidence_pdf.py" line="36" />
      <source>Card numbers are masked; order passwords and 3-D Secure authentication values are never included.</source>
      <translation>Kart nömrələri gizlədilib; sifariş parolları və 3-D Secure autentifikasiya dəyərləri heç vaxt daxil edilmir.</translation>
    </message>
  </context>
  <context>
    <name>FirstRunDialog</name>
    <message>
      <location filename="../../kapdesk/gui/profiles/first_run.py" line="42" />
      <source>Welcome to kapdesk</source>
      <translation>kapdesk-ə xoş gəlmisiniz</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/first_run.py" line="56" />
      <source>There is no profile store on this computer yet. Try kapdesk on its built-in sandbox (no real money), or protect your terminal credentials with a passphrase.</source>
      <translation>Bu kompüterdə hələ profil anbarı yoxdur. kapdesk-i daxili sandbox-da (real pul olmadan) sınayın və ya terminalın giriş məlumatlarını parol ifadəsi ilə qoruyun.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/first_run.py" line="62" />
      <source>Open the sandbox now</source>
      <translation>Sandbox-u indi aç</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/first_run.py" line="63" />
      <source>Set a passphrase and add a profile</source>
      <translation>Parol ifadəsi təyin et və profil əlavə et</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/first_run.py" line="75" />
      <source>New passphrase</source>
      <translation>Yeni parol ifadəsi</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/first_run.py" line="76" />
      <source>Type it again</source>
      <translation>Yenidən yazın</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/first_run.py" line="78" />
      <source>Remember on this computer</source>
      <translation>Bu kompüterdə yadda saxla</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/first_run.py" line="92" />
      <source>Test connection</source>
      <translation>Qoşulmanı yoxla</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/first_run.py" line="93" />
      <source>Create</source>
      <translation>Yarat</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/first_run.py" line="94" />
      <source>Back</source>
      <translation>Geri</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/first_run.py" line="114" />
      <source>Testing the connection…</source>
      <translation>Qoşulma yoxlanılır…</translation>
    </message>
  </context>
  <context>
    <name>HelpMenu</name>
    <message>
      <location filename="../../kapdesk/gui/help.py" line="114" />
      <source>&amp;Help</source>
      <translation>&amp;Kömək</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/help.py" line="115" />
      <source>kapdesk &amp;help</source>
      <translation>kapdesk &amp;arayışı</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/help.py" line="116" />
      <source>&amp;About kapdesk</source>
      <translation>kapdesk &amp;haqqında</translation>
    </message>
  </context>
  <context>
    <name>HelpWindow</name>
    <message>
      <location filename="../../kapdesk/gui/help.py" line="62" />
      <source>kapdesk help</source>
      <translation>kapdesk arayışı</translation>
    </message>
  </context>
  <context>
    <name>HoldsModel</name>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="58" />
      <source>expired</source>
      <translation>vaxtı keçib</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="63" />
      <source>%1 d %2 h</source>
      <translation>%1 g %2 s</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="69" />
      <source>%1 h %2 min</source>
      <translation>%1 s %2 dəq</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="149" />
      <source>Order ID</source>
      <translation>Sifariş ID</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="150" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="151" />
      <source>Authorized</source>
      <translation>Bloklanıb</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="152" />
      <source>Cleared</source>
      <translation>Silinib</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="153" />
      <source>Remaining</source>
      <translation>Qalıq</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="154" />
      <source>Card</source>
      <translation>Kart</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="155" />
      <source>Deadline</source>
      <translation>Son tarix</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="156" />
      <source>Time left</source>
      <translation>Qalan vaxt</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="157" />
      <source>Result</source>
      <translation>Nəticə</translation>
    </message>
  </context>
  <context>
    <name>HoldsTab</name>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="175" />
      <source>Refresh all</source>
      <translation>Hamısını yenilə</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="176" />
      <source>Paste order IDs to check</source>
      <translation>Yoxlamaq üçün sifariş ID-lərini yapışdırın</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="177" />
      <source>Check these IDs</source>
      <translation>Bu ID-ləri yoxla</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="178" />
      <source>Import IDs from file…</source>
      <translation>ID-ləri fayldan idxal et…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="179" />
      <source>Show holds cleared today</source>
      <translation>Bu gün tutulmuş blokları göstər</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="181" />
      <source>Why (required to release or reverse)</source>
      <translation>Səbəb (azad etmək və ya ləğv etmək üçün mütləqdir)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="183" />
      <source>Order</source>
      <translation>Sifariş</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="184" />
      <source>Authorized</source>
      <translation>Bloklanıb</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="185" />
      <source>Already cleared</source>
      <translation>Artıq silinib</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="186" />
      <source>Remaining</source>
      <translation>Qalıq</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="187" />
      <source>Deadline</source>
      <translation>Son müddət</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="188" />
      <source>Amount to clear</source>
      <translation>Silinəcək məbləğ</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="189" />
      <source>Reason</source>
      <translation>Səbəb</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="191" />
      <source>Clear</source>
      <translation>Sil (klirinq)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="192" />
      <source>Release hold</source>
      <translation>Bloku azad et</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="193" />
      <source>Reverse clearing</source>
      <translation>Silinməni ləğv et</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="194" />
      <source>Clear selected in full</source>
      <translation>Seçilənləri tam sil</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="222" />
      <source>Import order IDs</source>
      <translation>Sifariş ID-lərini idxal et</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="223" />
      <source>Text or CSV (*.txt *.csv);;All files (*)</source>
      <translation>Mətn və ya CSV (*.txt *.csv);;Bütün fayllar (*)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="231" />
      <source>Cannot read %1: %2</source>
      <translation>%1 oxunmur: %2</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="244" />
      <source>Reading %1 orders…</source>
      <translation>%1 sifariş oxunur…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="252" />
      <source>%1 open holds; %2 of %3 orders could not be read.</source>
      <translation>Açıq bloklar: %1; %3 sifarişdən %2 oxunmadı.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="426" />
      <source>This gives back the cleared %1 to the card.</source>
      <translation>Bu, tutulmuş %1 məbləği karta qaytarır.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="431" />
      <source>It also releases the rest of the hold, %1: nothing stays held, and the order cannot be cleared again.</source>
      <translation>Blokun qalanı, %1, da azad edilir: heç nə bloklanmış qalmır və sifarişdən bir daha tutmaq olmaz.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="436" />
      <source>This releases the %1 still held.</source>
      <translation>Bu, hələ bloklanmış %1 məbləği azad edir.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="440" />
      <source>The cleared %1 stays charged.</source>
      <translation>Tutulmuş %1 kartdan tutulmuş qalır.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="448" />
      <source>%1 stays held after this clearing.</source>
      <translation>Bu tutmadan sonra %1 bloklanmış qalır.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/holds.py" line="456" />
      <source>Warning: this hold expired on %1 (Baku time). The bank may refuse a late clearing, or the cardholder's bank may charge it back.</source>
      <translation>Diqqət: bu blokun müddəti %1 (Bakı vaxtı) bitib. Bank gecikmiş tutmanı rədd edə bilər, ya da kart sahibinin bankı onu geri tələb edə bilər (chargeback).</translation>
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
      <translation>Vaxt</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="246" />
      <source>Operator</source>
      <translation>Operator</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="247" />
      <source>Order ID</source>
      <translation>Sifariş ID</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="248" />
      <source>Operation</source>
      <translation>Əməliyyat</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="249" />
      <source>Amount</source>
      <translation>Məbləğ</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="250" />
      <source>Card</source>
      <translation>Kart</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="251" />
      <source>State</source>
      <translation>Vəziyyət</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="252" />
      <source>Approval code</source>
      <translation>Təsdiq kodu</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="253" />
      <source>RRN</source>
      <translation>RRN</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="254" />
      <source>Reason</source>
      <translation>Səbəb</translation>
    </message>
  </context>
  <context>
    <name>JournalState</name>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="386" />
      <source>intended</source>
      <translation>nəzərdə tutulub</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="387" />
      <source>sent</source>
      <translation>göndərildi</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="388" />
      <source>done</source>
      <translation>icra olundu</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="389" />
      <source>refused</source>
      <translation>rədd edildi</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="390" />
      <source>unknown</source>
      <translation>nəticə məlum deyil</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="391" />
      <source>not_done</source>
      <translation>icra olunmadı</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="392" />
      <source>awaiting_approval</source>
      <translation>təsdiq gözləyir</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="393" />
      <source>approved</source>
      <translation>təsdiqləndi</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/table_models.py" line="394" />
      <source>rejected</source>
      <translation>rədd edilib</translation>
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
      <translation>İstənilən əməliyyat</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="179" />
      <source>Any state</source>
      <translation>İstənilən vəziyyət</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="182" />
      <source>Any reason</source>
      <translation>İstənilən səbəb</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="187" />
      <location filename="../../kapdesk/gui/tabs/journal.py" line="554" />
      <source>Order ID</source>
      <translation>Sifariş ID</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="188" />
      <source>Show</source>
      <translation>Göstər</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="189" />
      <source>Export CSV…</source>
      <translation>CSV-yə ixrac et…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="190" />
      <source>Verify chain</source>
      <translation>Zənciri yoxla</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="191" />
      <source>Reconcile now</source>
      <translation>İndi uzlaşdır</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="192" />
      <source>Take over and reconcile</source>
      <translation>Öz üzərinə götür və uzlaşdır</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="194" />
      <source>For an open entry whose workstation crashed or lost its connection: recorded in the team journal as yours, then checked with the bank. Refused while its workstation is still connected.</source>
      <translation>İş stansiyası çökmüş və ya bağlantısını itirmiş açıq qeyd üçün: komanda jurnalında sizin adınıza yazılır, sonra bankla yoxlanılır. İş stansiyası hələ qoşulu olduqda rədd edilir.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="198" />
      <source>More</source>
      <translation>Daha çox</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="254" />
      <location filename="../../kapdesk/gui/tabs/journal.py" line="299" />
      <source>Cannot read the journal.</source>
      <translation>Jurnal oxunmur.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../kapdesk/gui/tabs/journal.py" line="311" />
      <source>%n entries shown; scroll down for more.</source>
      <translation>
        <numerusform>%n qeyd göstərilir; daha çoxu üçün aşağı sürüşdürün.</numerusform>
        <numerusform>%n qeyd göstərilir; daha çoxu üçün aşağı sürüşdürün.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kapdesk/gui/tabs/journal.py" line="313" />
      <source>%n entries shown.</source>
      <translation>
        <numerusform>%n qeyd göstərilir.</numerusform>
        <numerusform>%n qeyd göstərilir.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kapdesk/gui/tabs/journal.py" line="368" />
      <location filename="../../kapdesk/gui/tabs/journal.py" line="480" />
      <source>%n journal entries are unsettled; see the Journal tab.</source>
      <translation>
        <numerusform>Jurnalda %n bağlanmamış qeyd var; Jurnal bölməsinə baxın.</numerusform>
        <numerusform>Jurnalda %n bağlanmamış qeyd var; Jurnal bölməsinə baxın.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="370" />
      <source>No unsettled journal entries.</source>
      <translation>Jurnalda bağlanmamış qeyd yoxdur.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="409" />
      <source>Export the journal</source>
      <translation>Jurnalı ixrac et</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="412" />
      <source>CSV files (*.csv)</source>
      <translation>CSV faylları (*.csv)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="421" />
      <source>Writing %1…</source>
      <translation>%1 yazılır…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="430" />
      <source>Cannot write %1: %2</source>
      <translation>%1 yazılmır: %2</translation>
    </message>
    <message numerus="yes">
      <location filename="../../kapdesk/gui/tabs/journal.py" line="435" />
      <source>%n entries written.</source>
      <translation>
        <numerusform>%n qeyd yazıldı.</numerusform>
        <numerusform>%n qeyd yazıldı.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="442" />
      <source>Checking the journal's chain…</source>
      <translation>Jurnalın zənciri yoxlanılır…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="451" />
      <source>The journal's chain is intact.</source>
      <translation>Jurnalın zənciri toxunulmazdır.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="455" />
      <source>The journal has been altered:</source>
      <translation>Jurnal dəyişdirilib:</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="462" />
      <source>Checking with the bank…</source>
      <translation>Bankla uzlaşdırılır…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="470" />
      <source>%1 entries checked; %2 still unknown.</source>
      <translation>Yoxlanılan qeydlər: %1; nəticəsi hələ məlum olmayan: %2.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="482" />
      <source>All entries are settled.</source>
      <translation>Bütün qeydlər bağlanıb.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="493" />
      <source>Taking journal entry %1 over…</source>
      <translation>%1 saylı jurnal qeydi öz üzərinizə götürülür…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="517" />
      <source>Operator: %1 (OS user %2)</source>
      <translation>Operator: %1 (ƏS istifadəçisi %2)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="519" />
      <source>Operator: not named (OS user %2)</source>
      <translation>Operator: adı verilməyib (ƏS istifadəçisi %2)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="548" />
      <source>Entry</source>
      <translation>Qeyd</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="549" />
      <source>Time</source>
      <translation>Vaxt</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="551" />
      <source>OS user</source>
      <translation>ƏS istifadəçisi</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="552" />
      <source>Profile</source>
      <translation>Profil</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="553" />
      <source>Environment</source>
      <translation>Mühit</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="555" />
      <source>Operation</source>
      <translation>Əməliyyat</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="556" />
      <source>Amount</source>
      <translation>Məbləğ</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="557" />
      <source>Currency</source>
      <translation>Valyuta</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="558" />
      <source>Card</source>
      <translation>Kart</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="559" />
      <source>Reason</source>
      <translation>Səbəb</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="560" />
      <source>State</source>
      <translation>Vəziyyət</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="561" />
      <source>Approval code</source>
      <translation>Təsdiq kodu</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="562" />
      <source>RRN</source>
      <translation>RRN</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="563" />
      <source>Action ID</source>
      <translation>Əməliyyat ID</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="564" />
      <source>Error code</source>
      <translation>Xəta kodu</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="565" />
      <source>Error description</source>
      <translation>Xətanın təsviri</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="566" />
      <source>Settled at</source>
      <translation>Bağlanıb</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="567" />
      <source>Note</source>
      <translation>Qeyd</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="591" />
      <source>Order before</source>
      <translation>Əvvəlki sifariş</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="592" />
      <source>Order after</source>
      <translation>Sonrakı sifariş</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="598" />
      <source>Reading…</source>
      <translation>Oxunur…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="609" />
      <source>No order before: a payout creates its order.</source>
      <translation>Əvvəl sifariş yoxdur: ödəniş sifarişini özü yaradır.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="612" />
      <source>Not recorded: the order was not read before this operation.</source>
      <translation>Yazılmayıb: sifariş bu əməliyyatdan əvvəl oxunmayıb.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="619" />
      <source>Not read yet: the outcome is not settled.</source>
      <translation>Hələ oxunmayıb: nəticə bağlanmayıb.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="621" />
      <source>No order after: the payout's order was never created.</source>
      <translation>Sonra sifariş yoxdur: ödənişin sifarişi heç yaradılmayıb.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/journal.py" line="624" />
      <source>Not recorded: the order was not read again after the outcome.</source>
      <translation>Yazılmayıb: nəticədən sonra sifariş yenidən oxunmayıb.</translation>
    </message>
  </context>
  <context>
    <name>KnownOrdersSearch</name>
    <message>
      <location filename="../../kapdesk/gui/lookup/known_orders.py" line="65" />
      <source>Known orders: ID, RRN, approval code or card last 4</source>
      <translation>Məlum sifarişlər: ID, RRN, təsdiq kodu və ya kartın son 4 rəqəmi</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/known_orders.py" line="66" />
      <source>Amount</source>
      <translation>Məbləğ</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/known_orders.py" line="67" />
      <source>Created from</source>
      <translation>Yaradılıb (tarixdən)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/known_orders.py" line="68" />
      <source>Search known orders</source>
      <translation>Məlum sifarişlərdə axtar</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/known_orders.py" line="71" />
      <source>Any status</source>
      <translation>İstənilən status</translation>
    </message>
  </context>
  <context>
    <name>LockCover</name>
    <message>
      <location filename="../../kapdesk/gui/profiles/idle_lock.py" line="136" />
      <source>kapdesk is locked. The credentials were put away.</source>
      <translation>kapdesk kilidlənib. Giriş məlumatları yaddaşdan silinib.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/idle_lock.py" line="137" />
      <source>Unlock…</source>
      <translation>Kilidi aç…</translation>
    </message>
  </context>
  <context>
    <name>LookupTab</name>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="199" />
      <source>Order ID (or many, separated by spaces, commas or new lines)</source>
      <translation>Sifariş ID-si (və ya bir neçəsi: boşluq, vergül və ya yeni sətirlə ayrılmış)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="201" />
      <source>Look up</source>
      <translation>Axtar</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="202" />
      <source>Paste a list</source>
      <translation>Siyahını yapışdır</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="203" />
      <source>Import a file…</source>
      <translation>Fayl idxal et…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="204" />
      <source>Export…</source>
      <translation>İxrac…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="205" />
      <source>Filter the table (Ctrl+F)</source>
      <translation>Cədvəli süzgəclə (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="206" />
      <source>Cancel</source>
      <translation>Ləğv et</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="207" />
      <source>Show more</source>
      <translation>Daha çox göstər</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="209" />
      <source>Show the next %1 known orders</source>
      <translation>Növbəti %1 məlum sifarişi göstər</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="228" />
      <source>No order ID here: %1 is not a positive whole number.</source>
      <translation>Burada sifariş nömrəsi yoxdur: %1 müsbət tam ədəd deyil.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="234" />
      <source>Enter an order ID.</source>
      <translation>Sifariş ID-sini daxil edin.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="243" />
      <source>%n entries are not order IDs and were not looked up: %1</source>
      <translation>
        <numerusform>%n qeyd sifariş nömrəsi deyil və axtarılmadı: %1</numerusform>
        <numerusform>%n qeyd sifariş nömrəsi deyil və axtarılmadı: %1</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="288" />
      <source>Cancelled after %1 of %2.</source>
      <translation>%2 sifarişdən %1-dən sonra ləğv edildi.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="322" />
      <source>%1 of %2 read</source>
      <translation>%2 sifarişdən %1 oxundu</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="325" />
      <source>; %1 failed</source>
      <translation>; %1 uğursuz</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="407" />
      <source>%1 known orders shown (saved on this computer); more available</source>
      <translation>%1 məlum sifariş göstərilir (bu kompüterdə saxlanılıb); daha çoxu var</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="412" />
      <source>%1 known orders (saved on this computer)</source>
      <translation>%1 məlum sifariş (bu kompüterdə saxlanılıb)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="421" />
      <source>Import order ids</source>
      <translation>Sifariş ID-lərini idxal et</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="422" />
      <source>Spreadsheets (*.csv *.xlsx *.txt)</source>
      <translation>Cədvəllər (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="430" />
      <source>Reading %1…</source>
      <translation>%1 oxunur…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="440" />
      <source>Cannot read %1.</source>
      <translation>%1 oxunmur.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="458" />
      <source>Export the table</source>
      <translation>Cədvəli ixrac et</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="460" />
      <source>CSV for Excel (*.csv)</source>
      <translation>Excel üçün CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="460" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel kitabı (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="479" />
      <source>An export is still running.</source>
      <translation>İxrac hələ davam edir.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="486" />
      <source>Writing %1…</source>
      <translation>%1 yazılır…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="505" />
      <source>Cannot write %1.</source>
      <translation>%1 yazılmır.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="507" />
      <source>%1 rows exported.</source>
      <translation>%1 sətir ixrac edildi.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="509" />
      <source>%1 rows exported to %2.</source>
      <translation>%1 sətir %2 faylına ixrac edildi.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/lookup.py" line="520" />
      <source>Export cancelled; %1 was not written.</source>
      <translation>İxrac ləğv edildi; %1 yazılmadı.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="22" />
      <source>Lookup</source>
      <translation>Axtarış</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="23" />
      <source>Holds</source>
      <translation>Bloklamalar</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="24" />
      <source>Refunds</source>
      <translation>Geri qaytarmalar</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="25" />
      <source>Payouts</source>
      <translation>Ödənişlər kartlara</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="26" />
      <source>Journal</source>
      <translation>Jurnal</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="27" />
      <source>Disputes</source>
      <translation>Mübahisələr</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="233" />
      <source>kapdesk: %1</source>
      <translation>kapdesk: %1</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="238" />
      <source>PRODUCTION: every operation here moves real money.</source>
      <translation>REAL MÜHİT: burada hər əməliyyat real pul köçürür.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="239" />
      <source>&amp;File</source>
      <translation>&amp;Fayl</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="240" />
      <source>&amp;Import order ids…</source>
      <translation>Sifariş ID-lərini &amp;idxal et…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="241" />
      <source>&amp;Export the table…</source>
      <translation>Cədvəli i&amp;xrac et…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="242" />
      <source>&amp;Reset the sandbox…</source>
      <translation>Sandboksu &amp;sıfırla…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="243" />
      <source>&amp;Quit</source>
      <translation>Çı&amp;xış</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="244" />
      <source>&amp;Language</source>
      <translation>&amp;Dil</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="248" />
      <source>&amp;Profile</source>
      <translation>&amp;Profil</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="249" />
      <source>&amp;Manage profiles…</source>
      <translation>Profilləri &amp;idarə et…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="250" />
      <source>&amp;Lock now</source>
      <translation>İndi &amp;kilidlə</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="252" />
      <source>Add, change or switch profiles.</source>
      <translation>Profil əlavə edin, dəyişdirin və ya başqasına keçin.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="253" />
      <source>Put the credentials away and cover the window.</source>
      <translation>Giriş məlumatlarını yaddaşdan sil və pəncərəni örtür.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="256" />
      <source>Profiles need kapdesk started without --sandbox.</source>
      <translation>Profillər üçün kapdesk --sandbox olmadan başladılmalıdır.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/main_window.py" line="259" />
      <source>The sandbox holds no secrets: there is nothing to lock away.</source>
      <translation>Sandbox-da gizli məlumat yoxdur: kilidləməyə bir şey yoxdur.</translation>
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
      <translation>İcra olunur…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/action.py" line="102" />
      <source>Cancelled: nothing was sent.</source>
      <translation>Ləğv edildi: heç nə göndərilmədi.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/action.py" line="110" />
      <source>Stopped.</source>
      <translation>Dayandırıldı.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/action.py" line="115" />
      <source>Something went wrong; see the Journal tab for what was sent.</source>
      <translation>Xəta baş verdi; nəyin göndərildiyinə Jurnal bölməsində baxın.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/action.py" line="128" />
      <source>Nothing was sent: no selected order allows this.</source>
      <translation>Heç nə göndərilmədi: seçilmiş sifarişlərin heç biri buna imkan vermir.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/action.py" line="130" />
      <source>%1 of %2 done; see each row.</source>
      <translation>%2 əməliyyatdan %1 icra olundu; hər sətrə baxın.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/action.py" line="174" />
      <source>Approval code %1</source>
      <translation>Təsdiq kodu %1</translation>
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
      <translation>Bu profillə kim işləyir?</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/operator_prompt.py" line="21" />
      <source>Your name, as the journal shall record it beside the computer's user name for every money operation under profile %1. It is asked once and kept in the profile (Profile → Manage profiles… changes it).</source>
      <translation>Adınız: jurnal onu %1 profili ilə hər pul əməliyyatında kompüterin istifadəçi adının yanında yazacaq. Bir dəfə soruşulur və profildə saxlanır (Profil → Profilləri idarə et… ilə dəyişdirilir).</translation>
    </message>
  </context>
  <context>
    <name>OrderDetail</name>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="116" />
      <source>Open a dispute…</source>
      <translation>Mübahisə aç…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="118" />
      <source>Order ID</source>
      <translation>Sifariş ID</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="119" />
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="139" />
      <source>Type</source>
      <translation>Növ</translation>
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
      <translation>Məbləğ</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="122" />
      <source>Created</source>
      <translation>Yaradılıb</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="123" />
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="237" />
      <source>Card</source>
      <translation>Kart</translation>
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
      <translation>Təsdiq kodu</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="126" />
      <source>Refunded</source>
      <translation>Geri qaytarılıb</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="130" />
      <source>Why declined</source>
      <translation>Rədd səbəbi</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="132" />
      <source>Summary</source>
      <translation>Xülasə</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="132" />
      <source>Transactions</source>
      <translation>Əməliyyatlar</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="132" />
      <source>Card and 3-D Secure</source>
      <translation>Kart və 3-D Secure</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="137" />
      <source>Time (Baku)</source>
      <translation>Vaxt (Bakı)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="138" />
      <source>Phase</source>
      <translation>Mərhələ</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="141" />
      <source>Currency</source>
      <translation>Valyuta</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="142" />
      <source>Reversal</source>
      <translation>Ləğv</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="145" />
      <source>Result</source>
      <translation>Nəticə</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="148" />
      <source>Copy ID</source>
      <translation>ID-ni kopyala</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="149" />
      <source>Copy RRN</source>
      <translation>RRN-i kopyala</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="150" />
      <source>Copy approval code</source>
      <translation>Təsdiq kodunu kopyala</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="172" />
      <source>Not read yet.</source>
      <translation>Hələ oxunmayıb.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="192" />
      <source>%1 (Baku, UTC+04:00)</source>
      <translation>%1 (Bakı, UTC+04:00)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="197" />
      <source>%1 UTC</source>
      <translation>%1 UTC</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="223" />
      <source>yes</source>
      <translation>bəli</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="226" />
      <source>approved</source>
      <translation>təsdiqləndi</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="228" />
      <source>declined (%1)</source>
      <translation>rədd edildi (%1)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="238" />
      <source>Brand</source>
      <translation>Brend</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="239" />
      <source>Expiry (MMYY)</source>
      <translation>Bitmə tarixi (AAİİ)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="240" />
      <source>CVV2 check</source>
      <translation>CVV2 yoxlaması</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="241" />
      <source>3-D Secure 1 result</source>
      <translation>3-D Secure 1 nəticəsi</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="242" />
      <source>3-D Secure 2 result</source>
      <translation>3-D Secure 2 nəticəsi</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="243" />
      <source>3-D Secure protocol</source>
      <translation>3-D Secure protokolu</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="244" />
      <source>ECI</source>
      <translation>ECI</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_detail.py" line="245" />
      <source>Authenticated at</source>
      <translation>Autentifikasiya vaxtı</translation>
    </message>
  </context>
  <context>
    <name>OrderStatus</name>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="317" />
      <source>Preparing</source>
      <translation>Hazırlanır</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="318" />
      <source>Cancelled</source>
      <translation>Ləğv edilib</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="319" />
      <source>Rejected</source>
      <translation>İmtina edilib</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="320" />
      <source>Refused</source>
      <translation>Uğursuz</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="321" />
      <source>Expired</source>
      <translation>Vaxtı bitib</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="322" />
      <source>Authorized</source>
      <translation>Bloklanıb</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="323" />
      <source>PartiallyPaid</source>
      <translation>Qismən ödənilib</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="324" />
      <source>FullyPaid</source>
      <translation>Tam ödənilib</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="325" />
      <source>Funded</source>
      <translation>Debet edilib</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="326" />
      <source>Declined</source>
      <translation>Rədd edilib</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="327" />
      <source>Voided</source>
      <translation>Ləğv olunub</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="328" />
      <source>Refunded</source>
      <translation>Geri qaytarılıb</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="329" />
      <source>Closed</source>
      <translation>Bağlanıb</translation>
    </message>
  </context>
  <context>
    <name>OrdersModel</name>
    <message>
      <location filename="../../kapdesk/gui/lookup/export_cells.py" line="29" />
      <source>Time zone</source>
      <translation>Saat qurşağı</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/export_cells.py" line="30" />
      <source>Error</source>
      <translation>Xəta</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="25" />
      <source>Order ID</source>
      <translation>Sifariş ID</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="26" />
      <source>Type</source>
      <translation>Növ</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="27" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="28" />
      <source>Amount</source>
      <translation>Məbləğ</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="29" />
      <source>Currency</source>
      <translation>Valyuta</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="30" />
      <source>Created</source>
      <translation>Yaradılıb</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="31" />
      <source>Card</source>
      <translation>Kart</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="32" />
      <source>RRN</source>
      <translation>RRN</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="33" />
      <source>Approval code</source>
      <translation>Təsdiq kodu</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="34" />
      <source>Refunded</source>
      <translation>Geri qaytarılıb</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="35" />
      <source>Age</source>
      <translation>Yaş</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="36" />
      <source>Refreshed</source>
      <translation>Yenilənib</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="79" />
      <source>%1 d %2 h</source>
      <translation>%1 g %2 s</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="85" />
      <source>%1 h %2 min</source>
      <translation>%1 s %2 dəq</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/order_rows.py" line="89" />
      <source>%1 min</source>
      <translation>%1 dəq</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/lookup/orders_model.py" line="63" />
      <source>This order has a dispute case.</source>
      <translation>Bu sifariş üzrə mübahisə işi var.</translation>
    </message>
  </context>
  <context>
    <name>PayoutsTab</name>
    <message>
      <location filename="../../kapdesk/gui/tabs/payouts.py" line="98" />
      <source>Card number</source>
      <translation>Kart nömrəsi</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/payouts.py" line="100" />
      <source>Required: why this payout</source>
      <translation>Mütləqdir: bu ödənişin səbəbi</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/payouts.py" line="103" />
      <source>Amount</source>
      <translation>Məbləğ</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/payouts.py" line="104" />
      <source>Currency</source>
      <translation>Valyuta</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/payouts.py" line="105" />
      <source>Card</source>
      <translation>Kart</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/payouts.py" line="106" />
      <source>Reason</source>
      <translation>Səbəb</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/payouts.py" line="108" />
      <source>Pay out</source>
      <translation>Karta ödə</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/payouts.py" line="130" />
      <source>Card number looks right.</source>
      <translation>Kart nömrəsi düzgün görünür.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/payouts.py" line="169" />
      <source>Enter a valid card number.</source>
      <translation>Düzgün kart nömrəsi daxil edin.</translation>
    </message>
  </context>
  <context>
    <name>ProfileForm</name>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="54" />
      <source>your name, as the journal shall record it</source>
      <translation>adınız, jurnalda belə yazılacaq</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="57" />
      <source>Sandbox (built in, no real money)</source>
      <translation>Sandbox (daxili, real pul olmadan)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="58" />
      <source>Kapital Bank test</source>
      <translation>Kapital Bank test mühiti</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="59" />
      <source>Production (real money)</source>
      <translation>Real mühit (real pul)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="60" />
      <source>Custom address</source>
      <translation>Xüsusi ünvan</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="75" />
      <source>Larger payouts and refunds are refused.</source>
      <translation>Daha böyük ödənişlər və geri qaytarmalar rədd edilir.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="76" />
      <source>Verify the gateway's TLS certificate</source>
      <translation>Şlüzün TLS sertifikatını yoxla</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="79" />
      <source>Production: every operation moves real money. TLS verification stays on.</source>
      <translation>Real mühit: hər əməliyyat real pul köçürür. TLS yoxlaması həmişə aktivdir.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="82" />
      <source>Team journal (PostgreSQL)</source>
      <translation>Komanda jurnalı (PostgreSQL)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="91" />
      <source>Paste the team's CA certificate (PEM); not needed for a server on this computer.</source>
      <translation>Komandanın CA sertifikatını (PEM) buraya yapışdırın; bu kompüterdəki server üçün lazım deyil.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="101" />
      <source>Name</source>
      <translation>Ad</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="102" />
      <source>Operator</source>
      <translation>Operator</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="103" />
      <source>Environment</source>
      <translation>Mühit</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="105" />
      <source>Base URL</source>
      <translation>Əsas URL</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="106" />
      <source>Terminal user</source>
      <translation>Terminal istifadəçisi</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="107" />
      <source>Terminal password</source>
      <translation>Terminal parolu</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="108" />
      <source>Default currency</source>
      <translation>Susmaya görə valyuta</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="109" />
      <source>Language</source>
      <translation>Dil</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="110" />
      <source>Hold validity (days)</source>
      <translation>Blokun müddəti (gün)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="111" />
      <source>Lock after idle (minutes)</source>
      <translation>Fəaliyyətsizlikdən sonra kilidlə (dəqiqə)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="112" />
      <source>Limit per payout or refund</source>
      <translation>Bir ödəniş və ya geri qaytarma üçün limit</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="115" />
      <source>Address</source>
      <translation>Ünvan</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="116" />
      <source>Database password</source>
      <translation>Verilənlər bazasının parolu</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="117" />
      <source>CA certificate</source>
      <translation>CA sertifikatı</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="131" />
      <source>filled in when the sandbox starts</source>
      <translation>sandbox başlayanda doldurulur</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="151" />
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="164" />
      <source>unchanged</source>
      <translation>dəyişməyib</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="168" />
      <source>unchanged (paste another to replace it)</source>
      <translation>dəyişməyib (əvəz etmək üçün başqasını yapışdırın)</translation>
    </message>
  </context>
  <context>
    <name>ProfileManagerDialog</name>
    <message>
      <location filename="../../kapdesk/gui/profiles/manager.py" line="43" />
      <source>Profiles</source>
      <translation>Profillər</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/manager.py" line="50" />
      <source>Add</source>
      <translation>Əlavə et</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/manager.py" line="51" />
      <source>Remove…</source>
      <translation>Sil…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/manager.py" line="52" />
      <source>Use this profile</source>
      <translation>Bu profili istifadə et</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/manager.py" line="53" />
      <source>Save</source>
      <translation>Yadda saxla</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/manager.py" line="54" />
      <source>Test connection</source>
      <translation>Qoşulmanı yoxla</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/manager.py" line="91" />
      <source>%1 (active)</source>
      <translation>%1 (aktiv)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/manager.py" line="130" />
      <source>Saved.</source>
      <translation>Yadda saxlanıldı.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/manager.py" line="145" />
      <source>Remove profile</source>
      <translation>Profili sil</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/manager.py" line="146" />
      <source>Remove the profile “%1” and its stored password?</source>
      <translation>“%1” profili və onun saxlanılan parolu silinsin?</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/manager.py" line="187" />
      <source>Testing the connection…</source>
      <translation>Qoşulma yoxlanılır…</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="19" />
      <source>&amp;Look in:</source>
      <translation>&amp;Qovluq:</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="20" />
      <source>File &amp;name:</source>
      <translation>Fayl &amp;adı:</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="21" />
      <source>Files of &amp;type:</source>
      <translation>Fayl &amp;növü:</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="22" />
      <source>&amp;Save</source>
      <translation>&amp;Saxla</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="23" />
      <source>&amp;Open</source>
      <translation>&amp;Aç</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="24" />
      <source>&amp;Choose</source>
      <translation>&amp;Seç</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="25" />
      <source>Save As</source>
      <translation>Belə saxla</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="26" />
      <source>Open</source>
      <translation>Aç</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="27" />
      <source>Back</source>
      <translation>Geri</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="28" />
      <source>Forward</source>
      <translation>İrəli</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="29" />
      <source>Parent Directory</source>
      <translation>Üst qovluq</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="30" />
      <source>Create New Folder</source>
      <translation>Yeni qovluq yarat</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="31" />
      <source>New Folder</source>
      <translation>Yeni qovluq</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="32" />
      <source>List View</source>
      <translation>Siyahı</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="33" />
      <source>Detail View</source>
      <translation>Ətraflı görünüş</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="34" />
      <source>All Files (*)</source>
      <translation>Bütün fayllar (*)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="35" />
      <source>Show &amp;hidden files</source>
      <translation>&amp;Gizli faylları göstər</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="36" />
      <source>&amp;Rename</source>
      <translation>&amp;Adını dəyiş</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="37" />
      <source>&amp;Delete</source>
      <translation>&amp;Sil</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="38" />
      <source>&amp;New Folder</source>
      <translation>&amp;Yeni qovluq</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="39" />
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>%1 artıq var.
Onu əvəz etmək istəyirsiniz?</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="40" />
      <source>Name</source>
      <translation>Ad</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="41" />
      <source>Size</source>
      <translation>Ölçü</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="42" />
      <source>Type</source>
      <translation>Növ</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="43" />
      <source>Date Modified</source>
      <translation>Dəyişdirilmə tarixi</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="53" />
      <source>&amp;Undo</source>
      <translation>&amp;Geri al</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="54" />
      <source>&amp;Redo</source>
      <translation>&amp;Təkrarla</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="55" />
      <source>Cu&amp;t</source>
      <translation>&amp;Kəs</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="56" />
      <source>&amp;Copy</source>
      <translation>K&amp;opyala</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="57" />
      <source>&amp;Paste</source>
      <translation>&amp;Yapışdır</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="58" />
      <source>Delete</source>
      <translation>Sil</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="59" />
      <source>Select All</source>
      <translation>Hamısını seç</translation>
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
      <translation>Ləğv et</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="47" />
      <source>&amp;Yes</source>
      <translation>&amp;Bəli</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="48" />
      <source>&amp;No</source>
      <translation>&amp;Xeyr</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="49" />
      <source>Close</source>
      <translation>Bağla</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="50" />
      <source>Save</source>
      <translation>Saxla</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="51" />
      <source>Open</source>
      <translation>Aç</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="60" />
      <source>&amp;Copy</source>
      <translation>K&amp;opyala</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="61" />
      <source>Copy &amp;Link Location</source>
      <translation>&amp;Keçid ünvanını kopyala</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/qt_words.py" line="62" />
      <source>Select All</source>
      <translation>Hamısını seç</translation>
    </message>
  </context>
  <context>
    <name>ReasonInput</name>
    <message>
      <location filename="../../kapdesk/gui/money/reason_input.py" line="58" />
      <source>Choose a reason…</source>
      <translation>Səbəb seçin…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/reason_input.py" line="90" />
      <source>Choose the kind of reason: it is kept in the journal.</source>
      <translation>Səbəbin növünü seçin: o, jurnalda saxlanılır.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/reason_input.py" line="92" />
      <source>Enter a reason: it is kept in the journal.</source>
      <translation>Səbəbi yazın: o, jurnalda saxlanılır.</translation>
    </message>
  </context>
  <context>
    <name>RefundsTab</name>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="189" />
      <source>Read order</source>
      <translation>Sifarişi oxu</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="192" />
      <source>Order ID</source>
      <translation>Sifariş ID</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="193" />
      <source>Order</source>
      <translation>Sifariş</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="195" />
      <source>Required: why the money goes back</source>
      <translation>Mütləqdir: pulun niyə qaytarıldığı</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="197" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="198" />
      <source>Shop's text</source>
      <translation>Mağazanın mətni</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="199" />
      <source>Card</source>
      <translation>Kart</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="200" />
      <source>Paid at</source>
      <translation>Ödəniş vaxtı</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="201" />
      <source>Transactions</source>
      <translation>Əməliyyatlar</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="202" />
      <source>Paid</source>
      <translation>Ödənilib</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="203" />
      <source>Refunded so far</source>
      <translation>İndiyədək qaytarılıb</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="204" />
      <source>Still refundable</source>
      <translation>Hələ qaytarıla bilər</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="205" />
      <source>Amount</source>
      <translation>Məbləğ</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="206" />
      <source>Reason</source>
      <translation>Səbəb</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="208" />
      <source>Refund</source>
      <translation>Geri qaytar</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="209" />
      <source>Reverse (same day)</source>
      <translation>Ləğv et (həmin gün)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="240" />
      <source>Enter an order ID (digits only).</source>
      <translation>Sifariş ID-sini daxil edin (yalnız rəqəmlər).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="242" />
      <source>Reading order %1…</source>
      <translation>%1 sifarişi oxunur…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="306" />
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="332" />
      <source>(none)</source>
      <translation>(yoxdur)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="322" />
      <source>Reversal</source>
      <translation>Ləğv</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="324" />
      <source>Hold</source>
      <translation>Blok</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="326" />
      <source>Clearing</source>
      <translation>Tutma</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="328" />
      <source>Payment</source>
      <translation>Ödəniş</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="340" />
      <source>Same-day reversal possible: fully, or partly once (up to %1).</source>
      <translation>Həmin gün ləğv mümkündür: tam və ya bir dəfə qismən (%1-dək).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/refunds.py" line="343" />
      <source>Same-day reversal possible: only the full %1.</source>
      <translation>Həmin gün ləğv mümkündür: yalnız tam məbləğ, %1.</translation>
    </message>
  </context>
  <context>
    <name>ResetSandboxDialog</name>
    <message>
      <location filename="../../kapdesk/gui/sandbox_reset.py" line="18" />
      <source>Reset the sandbox</source>
      <translation>Sandboksu sıfırla</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/sandbox_reset.py" line="21" />
      <source>Start the sandbox afresh? Its orders go back to the sample orders; refunds, clearings and payouts made on it are forgotten by the sandbox.</source>
      <translation>Sandboks yenidən başlasın? Onun sifarişləri nümunə sifarişlərə qayıdır; orada edilmiş geri qaytarmalar, silinmələr və kartlara ödənişlər sandboks tərəfindən unudulur.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/sandbox_reset.py" line="26" />
      <source>Also clear the journal (possible only while it holds nothing but the sandbox)</source>
      <translation>Jurnalı da təmizlə (yalnız orada sandboksdan başqa heç nə olmadıqda mümkündür)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/sandbox_reset.py" line="29" />
      <source>Reset</source>
      <translation>Sıfırla</translation>
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <location filename="../../kapdesk/gui/profiles/unlock.py" line="40" />
      <source>Unlock kapdesk</source>
      <translation>kapdesk-in kilidini aç</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/unlock.py" line="45" />
      <source>Remember on this computer</source>
      <translation>Bu kompüterdə yadda saxla</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/unlock.py" line="51" />
      <source>Unlock</source>
      <translation>Kilidi aç</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/unlock.py" line="59" />
      <source>Type the passphrase of the profile store.</source>
      <translation>Profil anbarının parol ifadəsini yazın.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/unlock.py" line="80" />
      <source>After several wrong tries, this try waits %1 s.</source>
      <translation>Bir neçə yanlış cəhddən sonra bu cəhd %1 san gözləyir.</translation>
    </message>
  </context>
  <context>
    <name>kapdesk</name>
    <message>
      <location filename="../../kapdesk/app/console.py" line="362" />
      <source>The sandbox starts afresh.</source>
      <translation>Sandboks yenidən başlayır.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/app/crashes.py" line="26" />
      <source>kapdesk</source>
      <translation>kapdesk</translation>
    </message>
    <message>
      <location filename="../../kapdesk/app/crashes.py" line="62" />
      <source>Something unexpected went wrong. The details are in {path}. If a money operation was in progress, its outcome will be checked with the bank: see the Journal tab (Reconcile now).</source>
      <translation>Gözlənilməz xəta baş verdi. Təfərrüatlar {path} faylındadır. Pul əməliyyatı gedirdisə, onun nəticəsi bankla uzlaşdırılacaq: Jurnal bölməsinə baxın (İndi uzlaşdır).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="41" />
      <source>Clear hold</source>
      <translation>Bloku sil (klirinq)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="42" />
      <source>Release hold</source>
      <translation>Bloku azad et</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="43" />
      <source>Reverse clearing</source>
      <translation>Silinməni ləğv et</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="44" />
      <source>Refund</source>
      <translation>Geri qaytarma</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="45" />
      <source>Reverse purchase</source>
      <translation>Alışı ləğv et</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="46" />
      <source>Pay out to card</source>
      <translation>Karta ödəniş</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="47" />
      <source>Charge saved card</source>
      <translation>Saxlanmış kartdan ödəniş</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/clock.py" line="22" />
      <source>Baku time (UTC+4)</source>
      <translation>Bakı vaxtı (UTC+4)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="65" />
      <source>Created; nothing executed yet</source>
      <translation>Yaradılıb; hələ heç nə icra olunmayıb</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="66" />
      <source>Cancelled before payment</source>
      <translation>Ödənişdən əvvəl ləğv edilib</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="67" />
      <source>Rejected by the processing centre</source>
      <translation>Prosessinq mərkəzi tərəfindən rədd edilib</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="68" />
      <source>The customer refused, or payment failed</source>
      <translation>Müştəri imtina etdi və ya ödəniş alınmadı</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="69" />
      <source>Timed out before payment</source>
      <translation>Ödənişdən əvvəl vaxtı bitdi</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="70" />
      <source>Amount on hold, awaiting clearing</source>
      <translation>Məbləğ bloklanıb, silinməni (klirinq) gözləyir</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="71" />
      <source>Part of the hold cleared</source>
      <translation>Blokun bir hissəsi silinib</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="72" />
      <source>Paid in full</source>
      <translation>Tam ödənilib</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="73" />
      <source>Debit done (transfer orders)</source>
      <translation>Debet icra olunub (köçürmə sifarişləri)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="74" />
      <source>Declined (3-D Secure or the bank)</source>
      <translation>Rədd edilib (3-D Secure və ya bank)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="75" />
      <source>Reversed; nothing is held or paid</source>
      <translation>Ləğv edilib; heç nə bloklanmayıb və ödənilməyib</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="76" />
      <source>Refunded in full</source>
      <translation>Tam geri qaytarılıb</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="77" />
      <source>Closed after payment</source>
      <translation>Ödənişdən sonra bağlanıb</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="92" />
      <source>Purchase</source>
      <translation>Alış</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="93" />
      <source>Preauthorization</source>
      <translation>Preavtorizasiya</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="94" />
      <source>Saved-card purchase</source>
      <translation>Saxlanmış kartla alış</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="95" />
      <source>Saved-card preauthorization</source>
      <translation>Saxlanmış kartla preavtorizasiya</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/orders.py" line="96" />
      <source>Payout to a card</source>
      <translation>Karta ödəniş</translation>
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
      <translation>Təsdiqləndi</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="10" />
      <source>Approved partially</source>
      <translation>Qismən təsdiqləndi</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="11" />
      <source>Approved for the purchase only</source>
      <translation>Yalnız alış üçün təsdiqləndi</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="12" />
      <source>Postponed</source>
      <translation>Təxirə salındı</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="13" />
      <source>Strong customer authentication required</source>
      <translation>Müştərinin gücləndirilmiş autentifikasiyası tələb olunur</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="14" />
      <source>Original transaction not found</source>
      <translation>İlkin əməliyyat tapılmadı</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="15" />
      <source>Acquirer limit exceeded</source>
      <translation>Ekvayerin limiti aşılıb</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="16" />
      <source>Closed account</source>
      <translation>Hesab bağlanıb</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="17" />
      <source>Blocked card</source>
      <translation>Kart bloklanıb</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="18" />
      <source>Lost card</source>
      <translation>İtirilmiş kart</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="19" />
      <source>Stolen card</source>
      <translation>Oğurlanmış kart</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="20" />
      <source>Unauthorized usage</source>
      <translation>İcazəsiz istifadə</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="21" />
      <source>Expired card</source>
      <translation>Kartın müddəti bitib</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="22" />
      <source>Invalid card</source>
      <translation>Etibarsız kart</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="23" />
      <source>System error</source>
      <translation>Sistem xətası</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="24" />
      <source>Ineligible transaction</source>
      <translation>Bu əməliyyata icazə verilmir</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="25" />
      <source>Ineligible account</source>
      <translation>Bu hesab üçün icazə verilmir</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="26" />
      <source>Transaction not supported</source>
      <translation>Əməliyyat dəstəklənmir</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="27" />
      <source>Restricted card</source>
      <translation>Məhdudlaşdırılmış kart</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="28" />
      <source>Insufficient funds</source>
      <translation>Vəsait kifayət deyil</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="29" />
      <source>Usage limit exceeded</source>
      <translation>İstifadə limiti aşılıb</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="30" />
      <source>Withdrawal limit would be exceeded</source>
      <translation>Məxaric limiti aşılardı</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="31" />
      <source>Credit amount limit</source>
      <translation>Kredit məbləği limiti</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="32" />
      <source>Invalid amount</source>
      <translation>Yanlış məbləğ</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="33" />
      <source>External decline</source>
      <translation>Xarici imtina</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="34" />
      <source>Contact the card issuer</source>
      <translation>Kartı buraxan bankla əlaqə saxlayın</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="35" />
      <source>Destination not available</source>
      <translation>Təyinat əlçatan deyil</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="36" />
      <source>Routing error</source>
      <translation>Marşrutlaşdırma xətası</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="37" />
      <source>Format error</source>
      <translation>Format xətası</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="38" />
      <source>Wrong CVV2</source>
      <translation>Yanlış CVV2</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="39" />
      <source>Invalid transaction</source>
      <translation>Etibarsız əməliyyat</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="40" />
      <source>Wrong CAVV</source>
      <translation>Yanlış CAVV</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="41" />
      <source>Approved without a challenge</source>
      <translation>Əlavə yoxlama olmadan təsdiqləndi</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/pmo_codes.py" line="42" />
      <source>Invalid merchant</source>
      <translation>Etibarsız tacir</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/messages.py" line="32" />
      <source>Something went wrong. The details are in the log file.</source>
      <translation>Nəsə səhv getdi. Təfərrüatlar log faylındadır.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/dialog_parts.py" line="29" />
      <source>Something unexpected went wrong (%1); nothing was changed.</source>
      <translation>Gözlənilməz xəta baş verdi (%1); heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/app/connection.py" line="84" />
      <source>The local database {path} cannot be opened ({reason}). Check that the folder is writable and the disk is not full, then start kapdesk again.</source>
      <translation>Lokal verilənlər bazası {path} açıla bilmir ({reason}). Qovluğa yazmağın mümkün olduğunu və diskin dolu olmadığını yoxlayın, sonra kapdesk-i yenidən başladın.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/app/sandbox_start.py" line="163" />
      <source>The sandbox's saved orders ({path}) cannot be read ({reason}). Delete that file to start the sandbox afresh.</source>
      <translation>Sandboksun saxlanmış sifarişləri ({path}) oxuna bilmir ({reason}). Sandboksu yenidən başlatmaq üçün həmin faylı silin.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/app/sandbox_start.py" line="169" />
      <source>The sandbox did not start ({reason}).</source>
      <translation>Sandboks işə düşmədi ({reason}).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/app/sandbox_start.py" line="203" />
      <source>The journal was kept: it also holds entries or orders of other profiles, and it is cleared only as a whole (its rows are chained). The sandbox's entries stay in it, marked 'sandbox'.</source>
      <translation>Jurnal saxlanıldı: orada digər profillərin qeydləri və ya sifarişləri də var, jurnal isə yalnız bütövlükdə təmizlənir (sətirləri zəncirlənib). Sandboksun qeydləri 'sandbox' işarəsi ilə orada qalır.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/approvals.py" line="93" />
      <source>Profile {profile} keeps its journal on this computer: approvals exist only on a team profile (kapdesk profile add ... --team).</source>
      <translation>{profile} profili jurnalını bu kompüterdə saxlayır: təsdiqlər yalnız komanda profilində olur (kapdesk profile add ... --team).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/connection.py" line="57" />
      <location filename="../../kapdesk/cli/dispute.py" line="130" />
      <source>--user goes with --base-url.</source>
      <translation>--user yalnız --base-url ilə birlikdə işlədilir.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/connection.py" line="74" />
      <source>Say which gateway to use: --sandbox, --profile NAME or --base-url URL.</source>
      <translation>Hansı şlüzün işlədiləcəyini göstərin: --sandbox, --profile AD və ya --base-url URL.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/connection.py" line="112" />
      <source>--base-url needs --user (the terminal user).</source>
      <translation>--base-url üçün --user (terminal istifadəçisi) lazımdır.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/connection.py" line="117" />
      <source>--base-url needs the terminal password in the {variable} environment variable (never on the command line).</source>
      <translation>--base-url üçün terminal parolu {variable} mühit dəyişənində olmalıdır (heç vaxt əmr sətrində yox).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/dispute.py" line="146" />
      <source>Say which gateway's disputes: --sandbox, --profile NAME or --base-url URL.</source>
      <translation>Hansı şlüzün mübahisələri olduğunu göstərin: --sandbox, --profile AD və ya --base-url URL.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/dispute.py" line="247" />
      <source>The evidence pack is a PDF: give a file name ending in .pdf.</source>
      <translation>Sübut paketi PDF-dir: adı .pdf ilə bitən fayl göstərin.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/dispute.py" line="249" />
      <source>The folder {folder} does not exist.</source>
      <translation>{folder} qovluğu mövcud deyil.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/journal.py" line="212" />
      <source>Profile {name} keeps its journal on this computer: there is no one to take an entry over from.</source>
      <translation>{name} profili jurnalını bu kompüterdə saxlayır: qeydi kimdənsə öz üzərinə götürmək mümkün deyil.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/lookup.py" line="74" />
      <source>Give order ids as arguments or on standard input.</source>
      <translation>Sifariş ID-lərini arqument kimi və ya standart girişdən verin.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/lookup.py" line="81" />
      <source>No order ids were given.</source>
      <translation>Heç bir sifariş ID-si verilməyib.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/lookup.py" line="100" />
      <source>Cannot read {file}.</source>
      <translation>{file} oxunmur.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/lookup_output.py" line="22" />
      <source>ID</source>
      <translation>ID</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/lookup_output.py" line="22" />
      <source>TYPE</source>
      <translation>NÖV</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/lookup_output.py" line="22" />
      <source>STATUS</source>
      <translation>STATUS</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/lookup_output.py" line="22" />
      <source>AMOUNT</source>
      <translation>MƏBLƏĞ</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/lookup_output.py" line="22" />
      <source>CUR</source>
      <translation>VAL</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/lookup_output.py" line="22" />
      <source>CREATED</source>
      <translation>YARADILIB</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/lookup_output.py" line="22" />
      <source>CARD</source>
      <translation>KART</translation>
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
      <translation>TƏSDİQ KODU</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/lookup_output.py" line="131" />
      <source>declined: {reason}</source>
      <translation>rədd edilib: {reason}</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/lookup_output.py" line="134" />
      <source>card authenticated at {time}</source>
      <translation>kart {time} vaxtı autentifikasiya olunub</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/profile_actions.py" line="85" />
      <location filename="../../kapdesk/cli/team.py" line="125" />
      <source>The team's CA certificate {path} cannot be read ({reason}).</source>
      <translation>Komandanın CA sertifikatı {path} oxunmur ({reason}).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/profile_actions.py" line="113" />
      <source>Nothing to change: give at least one option (see --help).</source>
      <translation>Dəyişiləcək heç nə yoxdur: ən azı bir seçim verin (--help-ə baxın).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/search.py" line="107" />
      <source>--from {first} is after --to {last}.</source>
      <translation>--from {first} tarixi --to {last} tarixindən sonradır.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/search.py" line="113" />
      <source>{status} is not an order status; the statuses are: {known}.</source>
      <translation>{status} sifariş statusu deyil; statuslar bunlardır: {known}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/team.py" line="70" />
      <source>No database password: set {variable} or run this in a terminal to be asked.</source>
      <translation>Verilənlər bazasının parolu yoxdur: {variable} dəyişənini təyin edin və ya soruşulması üçün bunu terminalda işlədin.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/team.py" line="108" />
      <location filename="../../kapdesk/journal/team/store.py" line="183" />
      <location filename="../../kapdesk/journal/team/store.py" line="649" />
      <location filename="../../kapdesk/journal/team/store.py" line="771" />
      <source>Cannot open the team journal {dsn}: {reason}</source>
      <translation>Komanda jurnalı {dsn} açıla bilmir: {reason}</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/team.py" line="136" />
      <source>The team database refused it: {reason}</source>
      <translation>Komanda verilənlər bazası bunu rədd etdi: {reason}</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/vault_access.py" line="35" />
      <source>The two entries differ; nothing was changed.</source>
      <translation>İki yazılış fərqlidir; heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/vault_access.py" line="38" />
      <source>Cancelled; nothing was changed.</source>
      <translation>Ləğv edildi; heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/vault_access.py" line="50" />
      <source>No passphrase: set {variable} or run this in a terminal to be asked.</source>
      <translation>Parol ifadəsi yoxdur: {variable} təyin edin və ya soruşulması üçün bunu terminalda işlədin.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/vault_access.py" line="63" />
      <source>No terminal password: set {variable} or run this in a terminal to be asked.</source>
      <translation>Terminal parolu yoxdur: {variable} təyin edin və ya soruşulması üçün bunu terminalda işlədin.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/cli/vault_access.py" line="89" />
      <source>The profile store {path} could not be given its journal key ({reason}).</source>
      <translation>Profil anbarına {path} jurnal açarı verilə bilmədi ({reason}).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="174" />
      <source>Order {order} is not a preauthorization: it has no hold to clear.</source>
      <translation>{order} sifarişi preavtorizasiya deyil: onun silinəcək bloku yoxdur.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="181" />
      <source>Order {order} is {status}: only a hold that is Authorized or PartiallyPaid can be cleared.</source>
      <translation>{order} sifarişinin statusu {status}: yalnız Authorized və ya PartiallyPaid statuslu blok silinə bilər.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="187" />
      <source>Order {order} has nothing left to clear.</source>
      <translation>{order} sifarişində silinəcək heç nə qalmayıb.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="196" />
      <source>Order {order} is not a preauthorization: it has no hold to release.</source>
      <translation>{order} sifarişi preavtorizasiya deyil: onun azad ediləcək bloku yoxdur.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="203" />
      <source>Order {order} is {status}: only a hold that is Authorized or PartiallyPaid can be released.</source>
      <translation>{order} sifarişinin statusu {status}: yalnız Authorized və ya PartiallyPaid statuslu blok azad edilə bilər.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="209" />
      <source>Order {order} has nothing left on hold.</source>
      <translation>{order} sifarişində bloklanmış məbləğ qalmayıb.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="219" />
      <source>Order {order} is not a preauthorization: it has no clearing to reverse.</source>
      <translation>{order} sifarişi preavtorizasiya deyil: onun ləğv ediləcək silinməsi yoxdur.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="225" />
      <source>Order {order} is {status}: there is no clearing to reverse.</source>
      <translation>{order} sifarişinin statusu {status}: ləğv ediləcək silinmə yoxdur.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="232" />
      <source>Order {order} already has refunds: refund the rest instead of reversing the clearing.</source>
      <translation>{order} sifarişi üzrə artıq geri qaytarmalar var: silinməni ləğv etmək əvəzinə qalığı geri qaytarın.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="243" />
      <source>Order {order} is a payout: payouts cannot be refunded.</source>
      <translation>{order} sifarişi karta ödənişdir: karta ödənişlər geri qaytarılmır.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="247" />
      <source>Order {order} is {status}: only paid orders can be refunded.</source>
      <translation>{order} sifarişinin statusu {status}: yalnız ödənilmiş sifarişlər geri qaytarıla bilər.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="251" />
      <source>Order {order} has been refunded in full.</source>
      <translation>{order} sifarişi tam geri qaytarılıb.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="261" />
      <source>Order {order} is not a purchase: only purchases can be reversed the same day (a preauthorization is released instead).</source>
      <translation>{order} sifarişi alış deyil: həmin gün yalnız alışlar ləğv edilə bilər (preavtorizasiyanın isə bloku azad edilir).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="269" />
      <source>Order {order} is {status}: only a purchase that is FullyPaid can be reversed.</source>
      <translation>{order} sifarişinin statusu {status}: yalnız FullyPaid statuslu alış ləğv edilə bilər.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="275" />
      <source>Order {order} already has refunds: it can only be refunded now.</source>
      <translation>{order} sifarişi üzrə artıq geri qaytarmalar var: indi onu yalnız geri qaytarmaq olar.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="287" />
      <source>Order {order} was not paid today (Baku time): a reversal is only possible on the day of payment; refund it instead.</source>
      <translation>{order} sifarişi bu gün (Bakı vaxtı ilə) ödənilməyib: ləğv yalnız ödəniş günü mümkündür; əvəzində geri qaytarın.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="298" />
      <source>Order {order} is not a payout order.</source>
      <translation>{order} sifarişi karta ödəniş sifarişi deyil.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="302" />
      <source>Payout order {order} is {status}: only a new payout order can be paid out.</source>
      <translation>{order} karta ödəniş sifarişinin statusu {status}: yalnız yeni ödəniş sifarişi üzrə karta ödəniş etmək olar.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="311" />
      <source>Order {order} is not a saved-card order.</source>
      <translation>{order} sifarişi saxlanmış kart sifarişi deyil.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="315" />
      <source>Saved-card order {order} is {status}: only a new order can be charged.</source>
      <translation>Saxlanmış kart sifarişi {order} {status} statusundadır: yalnız yeni sifariş üzrə ödəniş almaq olar.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="351" />
      <source>Order {order} is in {order_currency}, not {currency}.</source>
      <translation>{order} sifarişi {currency} deyil, {order_currency} valyutasındadır.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="359" />
      <location filename="../../kapdesk/domain/money.py" line="146" />
      <location filename="../../kapdesk/operations/checks.py" line="57" />
      <source>The amount must be more than zero.</source>
      <translation>Məbləğ sıfırdan böyük olmalıdır.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="362" />
      <source>{amount} is more than the {remaining} that order {order} still allows.</source>
      <translation>{amount} məbləği {order} sifarişinin hələ icazə verdiyi {remaining} məbləğindən çoxdur.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="371" />
      <source>Order {order} has already been partly reversed once: only the full remaining {remaining} can be reversed now.</source>
      <translation>{order} sifarişi artıq bir dəfə qismən ləğv edilib: indi yalnız qalan məbləğin hamısı, {remaining}, ləğv edilə bilər.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/allowances.py" line="378" />
      <source>This operation takes the full amount only: {remaining}.</source>
      <translation>Bu əməliyyat yalnız tam məbləğlə aparılır: {remaining}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/cards.py" line="48" />
      <source>Enter the card number.</source>
      <translation>Kart nömrəsini daxil edin.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/cards.py" line="50" />
      <source>A card number has only digits.</source>
      <translation>Kart nömrəsi yalnız rəqəmlərdən ibarətdir.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/cards.py" line="53" />
      <source>A card number has 13 to 19 digits; this one has {count}.</source>
      <translation>Kart nömrəsində 13-dən 19-a qədər rəqəm olur; bunda {count} rəqəm var.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/cards.py" line="56" />
      <source>This card number has a typo: its check digit is wrong.</source>
      <translation>Kart nömrəsində yazı səhvi var: yoxlama rəqəmi yanlışdır.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="35" />
      <source>Open</source>
      <translation>Açıq</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="36" />
      <source>Evidence sent</source>
      <translation>Sübutlar göndərilib</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="37" />
      <source>Won</source>
      <translation>Qazanılıb</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="38" />
      <source>Lost</source>
      <translation>Uduzulub</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="39" />
      <source>Accepted (refund made)</source>
      <translation>Qəbul edilib (geri ödəniş edilib)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="40" />
      <source>Withdrawn</source>
      <translation>Geri götürülüb</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="72" />
      <source>Fraud: the cardholder did not authorise it</source>
      <translation>Fırıldaqçılıq: kart sahibi icazə verməyib</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="73" />
      <source>Goods or services not received</source>
      <translation>Mal və ya xidmət alınmayıb</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="74" />
      <source>Not as described or defective</source>
      <translation>Təsvirə uyğun deyil və ya qüsurludur</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="75" />
      <location filename="../../kapdesk/domain/disputes.py" line="128" />
      <source>Duplicate processing</source>
      <translation>Təkrar emal</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="76" />
      <location filename="../../kapdesk/domain/disputes.py" line="136" />
      <location filename="../../kapdesk/domain/disputes.py" line="147" />
      <source>Credit not processed</source>
      <translation>Geri ödəniş emal edilməyib</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="77" />
      <source>Cancelled recurring payment</source>
      <translation>Ləğv edilmiş təkrarlanan ödəniş</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="78" />
      <source>Authorisation problem</source>
      <translation>Avtorizasiya problemi</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="79" />
      <source>Processing error (amount, currency, late presentment)</source>
      <translation>Emal xətası (məbləğ, valyuta, gecikmiş təqdimat)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="80" />
      <location filename="../../kapdesk/domain/reasons.py" line="18" />
      <source>Other</source>
      <translation>Digər</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="93" />
      <source>Other scheme</source>
      <translation>Digər sistem</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="115" />
      <source>EMV liability shift counterfeit fraud</source>
      <translation>EMV məsuliyyət keçidi: saxta kart</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="116" />
      <source>EMV liability shift non-counterfeit fraud</source>
      <translation>EMV məsuliyyət keçidi: saxta olmayan kartla fırıldaq</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="117" />
      <source>Other fraud, card present</source>
      <translation>Digər fırıldaq, kart təqdim olunub</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="118" />
      <source>Other fraud, card absent (e-commerce)</source>
      <translation>Digər fırıldaq, kart təqdim olunmayıb (e-ticarət)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="119" />
      <source>Visa Fraud Monitoring Program</source>
      <translation>Visa fırıldaq monitorinqi proqramı</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="120" />
      <source>Card recovery bulletin</source>
      <translation>Kartın geri alınması bülleteni</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="121" />
      <source>Declined authorisation</source>
      <translation>Rədd edilmiş avtorizasiya</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="122" />
      <source>No authorisation</source>
      <translation>Avtorizasiya yoxdur</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="123" />
      <source>Late presentment</source>
      <translation>Gecikmiş təqdimat</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="124" />
      <source>Incorrect transaction code</source>
      <translation>Yanlış əməliyyat kodu</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="125" />
      <source>Incorrect currency</source>
      <translation>Yanlış valyuta</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="126" />
      <source>Incorrect account number</source>
      <translation>Yanlış hesab nömrəsi</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="127" />
      <source>Incorrect amount</source>
      <translation>Yanlış məbləğ</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="129" />
      <source>Paid by other means</source>
      <translation>Başqa üsulla ödənilib</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="130" />
      <source>Invalid data</source>
      <translation>Yanlış məlumat</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="131" />
      <source>Merchandise or services not received</source>
      <translation>Mal və ya xidmət alınmayıb</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="132" />
      <source>Cancelled recurring transaction</source>
      <translation>Ləğv edilmiş təkrarlanan əməliyyat</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="133" />
      <source>Not as described or defective merchandise</source>
      <translation>Təsvirə uyğun olmayan və ya qüsurlu mal</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="134" />
      <source>Counterfeit merchandise</source>
      <translation>Saxta mal</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="135" />
      <source>Misrepresentation</source>
      <translation>Yanlış təqdimat</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="137" />
      <source>Cancelled merchandise or services</source>
      <translation>Ləğv edilmiş mal və ya xidmət</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="138" />
      <source>Authorisation-related chargeback</source>
      <translation>Avtorizasiya ilə bağlı çarcbek</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="139" />
      <source>Point-of-interaction error (duplicate or wrong amount)</source>
      <translation>Qarşılıqlı əlaqə nöqtəsində xəta (təkrar və ya yanlış məbləğ)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="140" />
      <source>No cardholder authorisation</source>
      <translation>Kart sahibinin icazəsi yoxdur</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="141" />
      <source>Fraudulent processing of transactions</source>
      <translation>Əməliyyatların fırıldaqçı emalı</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="142" />
      <source>Cancelled recurring or digital goods</source>
      <translation>Ləğv edilmiş təkrarlanan ödəniş və ya rəqəmsal mal</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="143" />
      <source>Questionable merchant activity</source>
      <translation>Şübhəli tacir fəaliyyəti</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="144" />
      <source>Cardholder dispute (not as described, defective)</source>
      <translation>Kart sahibinin mübahisəsi (təsvirə uyğun deyil, qüsurlu)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="145" />
      <source>Goods or services not provided</source>
      <translation>Mal və ya xidmət təqdim edilməyib</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="146" />
      <source>Addendum, no-show or ATM dispute</source>
      <translation>Əlavə, gəlməmə və ya bankomat mübahisəsi</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="148" />
      <source>Cardholder does not recognise the transaction</source>
      <translation>Kart sahibi əməliyyatı tanımır</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="149" />
      <source>Chip liability shift</source>
      <translation>Çip məsuliyyət keçidi</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="150" />
      <source>Chip/PIN liability shift</source>
      <translation>Çip/PIN məsuliyyət keçidi</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="168" />
      <source>A reason code is 1 to 16 letters, digits, dots or hyphens, such as 10.4 or 4837 (got “{code}”).</source>
      <translation>Səbəb kodu 1-16 hərf, rəqəm, nöqtə və ya defisdir, məsələn 10.4 və ya 4837 (daxil edilib: “{code}”).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="231" />
      <source>“{state}” is not a dispute state; choose one of: {choices}.</source>
      <translation>“{state}” mübahisə vəziyyəti deyil; birini seçin: {choices}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="238" />
      <source>The dispute on order {order} is {state}; it can move only to: {choices}.</source>
      <translation>{order} sifarişi üzrə mübahisənin vəziyyəti: {state}; yalnız bunlara keçə bilər: {choices}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="249" />
      <source>The disputed amount must be more than zero.</source>
      <translation>Mübahisəli məbləğ sıfırdan çox olmalıdır.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="252" />
      <source>The response due date {due} is before the day the dispute was received, {received}.</source>
      <translation>Cavab müddəti {due} mübahisənin alındığı gündən, {received}, əvvəldir.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="258" />
      <source>Notes have at most {most} characters.</source>
      <translation>Qeydlər ən çox {most} simvoldan ibarətdir.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/disputes.py" line="265" />
      <source>Say why the dispute's state changes (--why).</source>
      <translation>Mübahisənin vəziyyətinin niyə dəyişdiyini yazın (--why).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/ids.py" line="34" />
      <location filename="../../kapdesk/operations/lookup.py" line="50" />
      <source>{token} is not an order id (a positive whole number).</source>
      <translation>{token} sifariş ID-si deyil (müsbət tam ədəd olmalıdır).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/money.py" line="57" />
      <source>Unknown currency {currency}.</source>
      <translation>Naməlum valyuta: {currency}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/money.py" line="97" />
      <source>Enter an amount.</source>
      <translation>Məbləği daxil edin.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/money.py" line="99" />
      <source>The amount cannot be negative: {text}.</source>
      <translation>Məbləğ mənfi ola bilməz: {text}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/money.py" line="108" />
      <source>{text} is ambiguous: use a point or a comma only for decimals, and spaces for thousands (1 234,50).</source>
      <translation>{text} birmənalı deyil: nöqtə və ya vergülü yalnız onluq hissə üçün, minliklər üçün isə boşluq istifadə edin (1 234,50).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/money.py" line="115" />
      <location filename="../../kapdesk/domain/money.py" line="118" />
      <location filename="../../kapdesk/domain/money.py" line="120" />
      <location filename="../../kapdesk/domain/money.py" line="122" />
      <source>{text} is not a number.</source>
      <translation>{text} rəqəm deyil.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/money.py" line="124" />
      <location filename="../../kapdesk/domain/money.py" line="144" />
      <source>{text} is too large to be an amount.</source>
      <translation>{text} məbləğ üçün çox böyükdür.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/money.py" line="128" />
      <source>{text} is ambiguous: is it thousands or decimals? Write 1234 or 1 234 for thousands, 1.23 for decimals.</source>
      <translation>{text} birmənalı deyil: minliklərdir, yoxsa onluq hissə? Minliklər üçün 1234 və ya 1 234, onluq üçün 1.23 yazın.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/money.py" line="135" />
      <source>{currency} amounts have at most {digits} decimals; {text} has {given}.</source>
      <translation>{currency} məbləğlərində ən çox {digits} onluq rəqəm olur; {text} məbləğində {given} var.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/money.py" line="158" />
      <source>Enter an amount, or the word full for the full amount.</source>
      <translation>Məbləğ daxil edin və ya tam məbləğ üçün full sözünü yazın.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/reasons.py" line="13" />
      <source>Customer request</source>
      <translation>Müştərinin xahişi</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/reasons.py" line="14" />
      <source>Duplicate payment</source>
      <translation>Təkrar ödəniş</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/reasons.py" line="15" />
      <source>Fraud</source>
      <translation>Fırıldaqçılıq</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/reasons.py" line="16" />
      <source>Goods not received</source>
      <translation>Mal alınmayıb</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/reasons.py" line="17" />
      <source>Damaged goods</source>
      <translation>Zədələnmiş mal</translation>
    </message>
    <message>
      <location filename="../../kapdesk/domain/reasons.py" line="33" />
      <source>Unknown reason category {code}: use one of {codes}.</source>
      <translation>Naməlum səbəb növü {code}: bunlardan birini seçin: {codes}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="73" />
      <source>The bank declined ({code}): {pmo_text} (result code {pmo_code}).</source>
      <translation>Bank rədd etdi ({code}): {pmo_text} (nəticə kodu {pmo_code}).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="80" />
      <source>The gateway refused ({code}): {description}</source>
      <translation>Şlüz imtina etdi ({code}): {description}</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="85" />
      <source>The gateway refused ({code}).</source>
      <translation>Şlüz imtina etdi ({code}).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="103" />
      <source>Order {order_id} was not found.</source>
      <translation>{order_id} nömrəli sifariş tapılmadı.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="110" />
      <source>The gateway refused the terminal credentials (user or password).</source>
      <translation>Şlüz terminalın giriş məlumatlarını qəbul etmədi (istifadəçi və ya parol).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="120" />
      <source>The gateway at {host} could not be reached; nothing was sent.</source>
      <translation>{host} ünvanındakı şlüzə qoşulmaq olmadı; heç nə göndərilmədi.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="127" />
      <source>The gateway did not answer in time: the operation may or may not have happened. Check the order before trying again.</source>
      <translation>Şlüz vaxtında cavab vermədi: əməliyyat baş verə də, verməyə də bilər. Yenidən cəhd etməzdən əvvəl sifarişi yoxlayın.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="131" />
      <source>The connection dropped before the gateway answered: the operation may or may not have happened. Check the order before trying again.</source>
      <translation>Şlüz cavab verməzdən əvvəl əlaqə kəsildi: əməliyyat baş verə də, verməyə də bilər. Yenidən cəhd etməzdən əvvəl sifarişi yoxlayın.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="135" />
      <source>The gateway failed with a server error (HTTP {status}): the operation may or may not have happened. Check the order before trying again.</source>
      <translation>Şlüzdə server xətası baş verdi (HTTP {status}): əməliyyat baş verə də, verməyə də bilər. Yenidən cəhd etməzdən əvvəl sifarişi yoxlayın.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="139" />
      <source>The gateway's answer could not be read: the operation may or may not have happened. Check the order before trying again.</source>
      <translation>Şlüzün cavabını oxumaq olmadı: əməliyyat baş verə də, verməyə də bilər. Yenidən cəhd etməzdən əvvəl sifarişi yoxlayın.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="143" />
      <source>The bank's network refused this computer (HTTP 520); ask the bank to allow its address. The operation may or may not have happened. Check the order before trying again.</source>
      <translation>Bankın şəbəkəsi bu kompüteri qəbul etmədi (HTTP 520); bankdan onun ünvanına icazə verməsini xahiş edin. Əməliyyat baş verə də, verməyə də bilər. Yenidən cəhd etməzdən əvvəl sifarişi yoxlayın.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="149" />
      <source>The gateway did not answer in time.</source>
      <translation>Şlüz vaxtında cavab vermədi.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="150" />
      <source>The connection to the gateway dropped before it answered.</source>
      <translation>Şlüzlə əlaqə cavabdan əvvəl kəsildi.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="151" />
      <source>The gateway failed with a server error (HTTP {status}).</source>
      <translation>Şlüzdə server xətası baş verdi (HTTP {status}).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="152" />
      <source>The gateway's answer could not be read.</source>
      <translation>Şlüzün cavabını oxumaq olmadı.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="155" />
      <source>The bank's network refused this computer (HTTP 520); ask the bank to allow its address.</source>
      <translation>Bankın şəbəkəsi bu kompüteri qəbul etmədi (HTTP 520); bankdan onun ünvanına icazə verməsini xahiş edin.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="183" />
      <source>The gateway's answer was too large to read (over {limit}): the operation may or may not have happened. Check the order before trying again.</source>
      <translation>Şlüzün cavabı oxumaq üçün çox böyük idi ({limit}-dan çox): əməliyyat baş verə də bilər, verməyə də bilər. Yenidən cəhd etməzdən əvvəl sifarişi yoxlayın.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/errors.py" line="187" />
      <source>The gateway's answer was too large to read (over {limit}).</source>
      <translation>Şlüzün cavabı oxumaq üçün çox böyük idi ({limit}-dan çox).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/transport.py" line="64" />
      <source>{url} is not a web address.</source>
      <translation>{url} veb ünvan deyil.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/transport.py" line="66" />
      <source>{url} is not an http(s) address of a gateway.</source>
      <translation>{url} şlüzün http(s) ünvanı deyil.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/transport.py" line="68" />
      <source>Put the user and password in the profile, not in the address.</source>
      <translation>İstifadəçini və parolu ünvanda deyil, profildə göstərin.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gateway/transport.py" line="72" />
      <source>Refusing plain http:// to {host}: credentials would travel unencrypted. Use https.</source>
      <translation>{host} ünvanına şifrələnməmiş http:// ilə qoşulmaq olmaz: giriş məlumatları açıq ötürülərdi. https istifadə edin.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/money/amount_input.py" line="72" />
      <source>Enter an amount, or press “Full amount” for all of it.</source>
      <translation>Məbləği yazın və ya hamısı üçün “Tam məbləğ” düyməsini basın.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/first_run.py" line="125" />
      <source>The two passphrases differ.</source>
      <translation>İki parol ifadəsi fərqlidir.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/open_profile.py" line="89" />
      <source>Choose a profile with --profile NAME (or make one active).</source>
      <translation>--profile AD ilə profil seçin (və ya birini aktiv edin).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/profiles/profile_form.py" line="198" />
      <source>Type the team journal's address (postgresql://USER@HOST:PORT/DB), or uncheck Team journal to keep the journal on this computer.</source>
      <translation>Komanda jurnalının ünvanını yazın (postgresql://USER@HOST:PORT/DB) və ya jurnalı bu kompüterdə saxlamaq üçün «Komanda jurnalı» işarəsini götürün.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="182" />
      <source>Type the order id (a whole number).</source>
      <translation>Sifariş id-sini yazın (tam ədəd).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/gui/tabs/disputes.py" line="196" />
      <location filename="../../kapdesk/journal/disputes.py" line="80" />
      <source>Order {order} already has a dispute ({state}); close it before opening another.</source>
      <translation>{order} sifarişinin artıq mübahisəsi var ({state}); yenisini açmazdan əvvəl onu bağlayın.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/chain.py" line="215" />
      <source>Row {seq} belongs to entry {entry}, which has no intent row.</source>
      <translation>{seq} sətri {entry} qeydinə aiddir, amma həmin qeydin niyyət sətri yoxdur.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/chain.py" line="234" />
      <source>Row {seq} (entry {entry}, {state}) was edited after it was written.</source>
      <translation>{seq} sətri ({entry} qeydi, {state}) yazıldıqdan sonra dəyişdirilib.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/chain.py" line="278" />
      <source>The link between rows {before} and {seq} is broken: row {before} was replaced, or row {seq} was inserted.</source>
      <translation>{before} və {seq} sətirləri arasındakı əlaqə qırılıb: {before} sətri dəyişdirilib və ya {seq} sətri sonradan əlavə edilib.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/chain.py" line="289" />
      <source>Row {seq} claims a format kapdesk did not write there: it was rewritten.</source>
      <translation>{seq} sətri kapdesk-in orada yazmadığı formatı göstərir: o yenidən yazılıb.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/chain.py" line="323" />
      <source>{count} rows (the first is row {seq}) were signed with another profile store's key: the journal was replaced or rewritten.</source>
      <translation>{count} sətir (birincisi {seq} sətridir) başqa profil anbarının açarı ilə imzalanıb: jurnal dəyişdirilib və ya yenidən yazılıb.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/chain.py" line="335" />
      <source>Row {seq} is out of sequence: it was inserted.</source>
      <translation>{seq} sətri ardıcıllıqdan kənardır: o, sonradan əlavə edilib.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/chain.py" line="337" />
      <source>Rows {first} to {last} are missing: they were deleted.</source>
      <translation>{first}–{last} sətirləri yoxdur: onlar silinib.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/chain.py" line="345" />
      <source>The journal's head record is missing: it was deleted.</source>
      <translation>Jurnalın baş qeydi yoxdur: o, silinib.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/chain.py" line="350" />
      <source>The newest rows {first} to {last} are missing: they were deleted.</source>
      <translation>Ən yeni {first}–{last} sətirləri yoxdur: onlar silinib.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/chain.py" line="358" />
      <source>Rows {first} to {last} were added after the last row kapdesk wrote.</source>
      <translation>{first}–{last} sətirləri kapdesk-in yazdığı son sətirdən sonra əlavə edilib.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/chain.py" line="364" />
      <source>The newest row {seq} was replaced.</source>
      <translation>Ən yeni {seq} sətri dəyişdirilib.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/chain.py" line="375" />
      <source>The journal's table of open orders disagrees with its rows (first about entry {entry} on order {order}; {count} in all): the file was edited.</source>
      <translation>Jurnalın açıq sifarişlər cədvəli onun sətirləri ilə uyğun gəlmir (ilk fərq {order} sifarişində {entry} qeydidir; cəmi {count}): fayl dəyişdirilib.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/chain.py" line="410" />
      <source>The profile store witnessed {count} journal rows, but the journal ends at row {newest}: its newest rows were deleted, or it was deleted or replaced.</source>
      <translation>Profil anbarı jurnalın {count} sətrini təsdiqləyib, amma jurnal {newest} sətrində bitir: ən yeni sətirləri silinib, ya da jurnal silinib və ya dəyişdirilib.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/chain.py" line="421" />
      <source>Row {count} is not the row the profile store witnessed: the journal was rewritten or replaced.</source>
      <translation>{count} sətri profil anbarının təsdiqlədiyi sətir deyil: jurnal yenidən yazılıb və ya dəyişdirilib.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/db.py" line="19" />
      <source>The local database {path} stayed locked by another kapdesk for {seconds} seconds. Nothing was changed; try again in a moment.</source>
      <translation>Yerli verilənlər bazası {path} {seconds} saniyə ərzində başqa kapdesk tərəfindən kilidli qaldı. Heç nə dəyişdirilmədi; bir azdan yenidən cəhd edin.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/disputes.py" line="88" />
      <source>There is no dispute on order {order}.</source>
      <translation>{order} sifarişi üzrə mübahisə yoxdur.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/entry.py" line="169" />
      <source>Order {order_id} is busy: {operation} started by {user} at {since} (journal entry {entry_id}) is still in progress. Wait for it to finish.</source>
      <translation>{order_id} sifarişi məşğuldur: {user} tərəfindən {since} vaxtı başladılmış “{operation}” əməliyyatı ({entry_id} jurnal qeydi) hələ davam edir. Onun bitməsini gözləyin.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/entry.py" line="174" />
      <source>Order {order_id} has an unsettled {operation} started by {user} at {since} (journal entry {entry_id}, {state}). It must be settled (reconciled) before another money operation on this order.</source>
      <translation>{order_id} sifarişində {user} tərəfindən {since} vaxtı başladılmış bağlanmamış “{operation}” əməliyyatı var ({entry_id} jurnal qeydi, {state}). Bu sifarişlə növbəti pul əməliyyatından əvvəl o bağlanmalıdır (uzlaşdırılmalıdır).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/entry.py" line="196" />
      <source>Journal entry {entry_id} is already {state}; it cannot become {new_state}.</source>
      <translation>{entry_id} jurnal qeydinin vəziyyəti artıq “{state}”-dir; o, “{new_state}” ola bilməz.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/entry.py" line="213" />
      <source>Waiting for a supervisor: {operation} of {amount} {currency} on order {order} is above the team's threshold, so it was recorded as journal entry {entry_id} awaiting approval and NOT sent. A supervisor approves or rejects it ('kapdesk approvals'); once approved, send it with 'kapdesk approvals send {entry_id}'.</source>
      <translation>Nəzarətçi gözlənilir: {order} sifarişi üzrə {amount} {currency} məbləğində {operation} komandanın həddindən yuxarıdır, ona görə {entry_id} jurnal qeydi kimi təsdiq gözləyən vəziyyətdə yazıldı və GÖNDƏRİLMƏDİ. Nəzarətçi onu təsdiqləyir və ya rədd edir ('kapdesk approvals'); təsdiqdən sonra 'kapdesk approvals send {entry_id}' ilə göndərin.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/entry.py" line="235" />
      <source>There is no journal entry {entry_id}.</source>
      <translation>{entry_id} jurnal qeydi yoxdur.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/journal.py" line="690" />
      <source>The journal's head record is missing; run 'kapdesk journal verify'.</source>
      <translation>Jurnalın baş qeydi yoxdur; 'kapdesk journal verify' əmrini işlədin.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/journal.py" line="708" />
      <source>The journal has rows kapdesk did not write; run 'kapdesk journal verify'.</source>
      <translation>Jurnalda kapdesk-in yazmadığı sətirlər var; 'kapdesk journal verify' əmrini işlədin.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/journal.py" line="760" />
      <source>The journal's table of open orders is missing; run 'kapdesk journal verify'.</source>
      <translation>Jurnalın açıq sifarişlər cədvəli yoxdur; 'kapdesk journal verify' əmrini işlədin.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/journal.py" line="795" />
      <source>The journal's table of open orders is missing: it was deleted.</source>
      <translation>Jurnalın açıq sifarişlər cədvəli yoxdur: o, silinib.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/journal.py" line="802" />
      <location filename="../../kapdesk/journal/team/store.py" line="555" />
      <source>The journal failed its check, so no money operation was started: {problem} Run 'kapdesk journal verify' to see every problem.</source>
      <translation>Jurnal yoxlamadan keçmədi, ona görə heç bir pul əməliyyatı başladılmadı: {problem} Bütün problemləri görmək üçün 'kapdesk journal verify' işlədin.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/journal.py" line="813" />
      <source>Row {seq} changed or disappeared since this program checked it: the journal was rewritten or replaced.</source>
      <translation>{seq} sətri bu proqram onu yoxladıqdan sonra dəyişib və ya yox olub: jurnal yenidən yazılıb və ya dəyişdirilib.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/schema.py" line="149" />
      <source>The journal's operations table is missing (deleted); only its head remains.</source>
      <translation>Jurnalın əməliyyatlar cədvəli yoxdur (silinib); yalnız baş qeydi qalıb.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/schema.py" line="154" />
      <source>The journal was written by a newer kapdesk (schema {version}); update kapdesk to use it. Nothing was changed.</source>
      <translation>Jurnal daha yeni kapdesk tərəfindən yazılıb (sxem {version}); ondan istifadə etmək üçün kapdesk-i yeniləyin. Heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/admin.py" line="31" />
      <source>'{name}' cannot be a team member's login: use lower-case letters, digits, '_', '.' or '-', starting with a letter (at most 63).</source>
      <translation>'{name}' komanda üzvünün girişi ola bilməz: kiçik hərflər, rəqəmlər, '_', '.' və ya '-' işlədin, hərflə başlayın (ən çox 63).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/admin.py" line="46" />
      <source>'{role}' is not a team role: use clerk, supervisor or admin.</source>
      <translation>'{role}' komanda rolu deyil: clerk, supervisor və ya admin işlədin.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/admin.py" line="49" />
      <source>A team member needs a password.</source>
      <translation>Komanda üzvünə parol lazımdır.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/admin.py" line="77" />
      <source>'{currency}' is not a currency code (three letters, like AZN).</source>
      <translation>'{currency}' valyuta kodu deyil (AZN kimi üç hərf).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/admin.py" line="81" />
      <source>A threshold is an amount of zero or more.</source>
      <translation>Hədd sıfır və ya daha çox məbləğdir.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/connect.py" line="58" />
      <location filename="../../kapdesk/journal/team/connect.py" line="72" />
      <source>'{dsn}' is not a team database address; write it as {example}.</source>
      <translation>'{dsn}' komanda verilənlər bazasının ünvanı deyil; onu {example} kimi yazın.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/connect.py" line="65" />
      <source>Do not put the database password in the address: kapdesk asks for it (or reads KAPDESK_DB_PASSWORD) and keeps it in the profile store.</source>
      <translation>Verilənlər bazasının parolunu ünvana yazmayın: kapdesk onu soruşur (və ya KAPDESK_DB_PASSWORD-dan oxuyur) və profil anbarında saxlayır.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/connect.py" line="121" />
      <location filename="../../kapdesk/vault/profiles.py" line="136" />
      <source>The team's CA certificate must be a PEM file (it starts with -----BEGIN CERTIFICATE-----).</source>
      <translation>Komandanın CA sertifikatı PEM faylı olmalıdır (-----BEGIN CERTIFICATE----- ilə başlayır).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/connect.py" line="133" />
      <source>The team database {host} is not on this computer, so kapdesk only connects to it with TLS checked against the team's CA certificate: give that certificate with --team-ca FILE.</source>
      <translation>Komanda verilənlər bazası {host} bu kompüterdə deyil, ona görə kapdesk ona yalnız komandanın CA sertifikatı ilə yoxlanılan TLS ilə qoşulur: həmin sertifikatı --team-ca FAYL ilə verin.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/orders.py" line="122" />
      <source>The team's order index at {dsn} cannot be used: {reason}</source>
      <translation>{dsn} ünvanındakı komandanın sifariş indeksindən istifadə etmək olmur: {reason}</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/schema.py" line="68" />
      <source>The team database has schema version {found}, newer than this kapdesk knows ({known}). Update kapdesk.</source>
      <translation>Komanda verilənlər bazasının sxem versiyası {found}-dir, bu kapdesk-in bildiyindən ({known}) yenidir. kapdesk-i yeniləyin.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/schema.py" line="77" />
      <source>The team database has schema version {found}; this kapdesk uses {known}. Run 'kapdesk team init --upgrade' to migrate it.</source>
      <translation>Komanda verilənlər bazasının sxem versiyası {found}-dir; bu kapdesk {known} işlədir. Köçürmək üçün 'kapdesk team init --upgrade' işlədin.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="104" />
      <source>Order {order_id} is held by a {operation} that {person} asked for on {workstation} at {since} (journal entry {entry_id}, {state}): a supervisor must approve or reject it, and once approved {person} sends it ('kapdesk approvals').</source>
      <translation>{order_id} sifarişi {person} tərəfindən {workstation} iş yerində {since} vaxtı soruşulan {operation} ilə tutulub (jurnal qeydi {entry_id}, {state}): nəzarətçi onu təsdiqləməli və ya rədd etməlidir, təsdiqdən sonra {person} onu göndərir ('kapdesk approvals').</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="111" />
      <source>Order {order_id} is busy: {operation} started by {person} on {workstation} at {since} (journal entry {entry_id}) is still in progress. Wait for it to finish.</source>
      <translation>{order_id} sifarişi məşğuldur: {person} tərəfindən {workstation} üzərində {since} vaxtı başladılan “{operation}” ({entry_id} jurnal qeydi) hələ davam edir. Bitməsini gözləyin.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="117" />
      <source>Order {order_id} has an unsettled {operation} started by {person} on {workstation} at {since} (journal entry {entry_id}, {state}). It must be settled (reconciled) before another money operation on this order.</source>
      <translation>{order_id} sifarişində {person} tərəfindən {workstation} üzərində {since} vaxtı başladılan uzlaşdırılmamış “{operation}” var ({entry_id} jurnal qeydi, {state}). Bu sifariş üzrə başqa pul əməliyyatından əvvəl o, uzlaşdırılmalıdır.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="487" />
      <source>Journal entry {entry_id} is already {state}: there is nothing to take over.</source>
      <translation>Jurnal qeydi {entry_id} artıq {state} vəziyyətindədir: öz üzərinə götürüləsi bir şey yoxdur.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="494" />
      <source>Journal entry {entry_id} is already yours: reconcile it with 'kapdesk journal reconcile --entry {entry_id}'.</source>
      <translation>Jurnal qeydi {entry_id} artıq sizindir: onu 'kapdesk journal reconcile --entry {entry_id}' ilə uzlaşdırın.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="503" />
      <source>Journal entry {entry_id} is held by {person} on {workstation}, whose kapdesk is still connected to the team database (it may be busy or frozen). Ask them to finish it, or take it over once that workstation is closed or has lost its connection (about a minute).</source>
      <translation>Jurnal qeydi {entry_id} {workstation} iş yerində {person} tərəfindən saxlanılır və onun kapdesk-i hələ komanda verilənlər bazasına qoşulub (məşğul və ya donmuş ola bilər). Ondan işi bitirməsini xahiş edin, ya da həmin iş yeri bağlandıqdan və ya əlaqəni itirdikdən sonra (təxminən bir dəqiqə) qeydi öz üzərinizə götürün.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="602" />
      <location filename="../../kapdesk/journal/team/store.py" line="768" />
      <source>A rejection needs a reason: say why (--reason).</source>
      <translation>Rədd etmək üçün səbəb lazımdır: səbəbi göstərin (--reason).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="643" />
      <source>The team journal is busy: another workstation holds it and does not answer. Try again in a moment.</source>
      <translation>Komanda jurnalı məşğuldur: başqa iş yeri onu tutub və cavab vermir. Bir azdan yenidən cəhd edin.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="722" />
      <source>Journal entry {entry_id} is held by {person} on {workstation}: only they reconcile it, or take it over first with 'kapdesk journal take-over {entry_id}'.</source>
      <translation>Jurnal qeydi {entry_id} {workstation} iş yerində {person} tərəfindən saxlanılır: onu yalnız o uzlaşdırır, ya da əvvəlcə 'kapdesk journal take-over {entry_id}' ilə öz üzərinizə götürün.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="737" />
      <source>Only a supervisor can approve or reject an operation: {person} is not a supervisor.</source>
      <translation>Əməliyyatı yalnız nəzarətçi təsdiqləyə və ya rədd edə bilər: {person} nəzarətçi deyil.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="745" />
      <source>Four-eyes: {person} asked for journal entry {entry_id}, so {person} cannot approve or reject it; another supervisor must.</source>
      <translation>Dörd göz: {entry_id} jurnal qeydini {person} soruşub, ona görə {person} onu təsdiqləyə və ya rədd edə bilməz; bunu başqa nəzarətçi etməlidir.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="754" />
      <source>Only the person who asked for journal entry {entry_id} sends it once it is approved.</source>
      <translation>{entry_id} jurnal qeydini təsdiqdən sonra yalnız onu soruşan şəxs göndərir.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="762" />
      <source>Journal entry {entry_id} is above the team's threshold: it needs a supervisor's approval before it is sent. Nothing was sent.</source>
      <translation>{entry_id} jurnal qeydi komandanın həddindən yuxarıdır: göndərilməzdən əvvəl nəzarətçinin təsdiqi lazımdır. Heç nə göndərilmədi.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="781" />
      <source>Journal entry {entry_id} was already decided: {state} by {person}.</source>
      <translation>{entry_id} jurnal qeydi barədə artıq qərar verilib: {person} tərəfindən {state}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="787" />
      <source>Journal entry {entry_id} does not wait for approval (it is {state}).</source>
      <translation>{entry_id} jurnal qeydi təsdiq gözləmir (vəziyyəti: {state}).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="795" />
      <source>Row {seq} is missing or out of order in the team journal.</source>
      <translation>Komanda jurnalında {seq} sətri yoxdur və ya sırası pozulub.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="796" />
      <source>Row {seq} does not follow the row before it: rows were removed or moved.</source>
      <translation>{seq} sətri əvvəlki sətrin ardınca gəlmir: sətirlər silinib və ya köçürülüb.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="797" />
      <source>Row {seq} was changed after it was written (its link does not match).</source>
      <translation>{seq} sətri yazıldıqdan sonra dəyişdirilib (onun keçidi uyğun gəlmir).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/journal/team/store.py" line="798" />
      <source>The team journal's head record does not match its last row {seq}.</source>
      <translation>Komanda jurnalının baş qeydi onun son {seq} sətri ilə uyğun gəlmir.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/batch.py" line="101" />
      <source>Cannot read {file} as a UTF-8 CSV file.</source>
      <translation>{file} UTF-8 CSV faylı kimi oxuna bilmir.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/batch.py" line="110" />
      <source>{file} lacks the column(s) {missing}; it needs {columns}.</source>
      <translation>{file} faylında {missing} sütun(lar)ı yoxdur; lazım olan sütunlar: {columns}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/batch.py" line="136" />
      <source>Row {row}: {value} is not an order id.</source>
      <translation>Sətir {row}: {value} sifariş ID-si deyil.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/batch.py" line="141" />
      <source>Row {row}: unknown operation {value}; use one of {known}.</source>
      <translation>Sətir {row}: naməlum əməliyyat {value}; bunlardan birini işlədin: {known}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/batch.py" line="167" />
      <source>Row {row}: the amount is empty; write an amount, or full for the full amount.</source>
      <translation>Sətir {row}: məbləğ boşdur; məbləğ yazın və ya tam məbləğ üçün full yazın.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/batch.py" line="197" />
      <source>Row {row} was already done (journal entry {entry}); skipped.</source>
      <translation>Sətir {row} artıq icra olunub ({entry} jurnal qeydi); ötürüldü.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/batch.py" line="226" />
      <source>Row {row} would {operation}: {amount} on order {order} ({status}).</source>
      <translation>Sətir {row}: “{operation}”, {amount}, {order} sifarişi ({status}).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/checks.py" line="41" />
      <source>{operation} needs a reason: say why, it goes into the journal.</source>
      <translation>“{operation}” üçün səbəb lazımdır: səbəbi yazın, o, jurnala düşür.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/checks.py" line="60" />
      <source>{currency} amounts have at most {digits} decimals.</source>
      <translation>{currency} məbləğlərində ən çox {digits} onluq rəqəm olur.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="47" />
      <source>authenticated</source>
      <translation>autentifikasiya olunub</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="48" />
      <source>attempted (the issuer did not take part)</source>
      <translation>cəhd edilib (emitent iştirak etməyib)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="49" />
      <source>not authenticated</source>
      <translation>autentifikasiya olunmayıb</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="50" />
      <source>authentication could not be performed</source>
      <translation>autentifikasiya aparıla bilmədi</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="51" />
      <source>rejected by the issuer</source>
      <translation>emitent tərəfindən rədd edilib</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="52" />
      <source>challenge required</source>
      <translation>əlavə yoxlama tələb olunur</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="53" />
      <source>information only</source>
      <translation>yalnız məlumat üçün</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="76" />
      <source>None.</source>
      <translation>Yoxdur.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="200" />
      <source>The gateway records the payment, not the delivery: proof that the goods or service were provided as described must come from the shop.</source>
      <translation>Şlüz çatdırılmanı deyil, ödənişi qeydə alır: malın və ya xidmətin təsvirə uyğun təqdim edildiyinə dair sübutu mağaza verməlidir.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="209" />
      <source>This order holds {count} approved charge(s); a duplicate would be a second order, which this pack does not show.</source>
      <translation>Bu sifarişdə {count} təsdiqlənmiş ödəniş var; təkrar ödəniş ikinci sifariş olardı və bu paket onu göstərmir.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="215" />
      <source>The card is saved for further payments (saved card {id}).</source>
      <translation>Kart sonrakı ödənişlər üçün saxlanılıb (saxlanmış kart {id}).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="221" />
      <source>Refunded {amount} on {day} (RRN {rrn}): credit already processed.</source>
      <translation>{day} tarixində {amount} geri qaytarılıb (RRN {rrn}): geri ödəniş artıq emal olunub.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="228" />
      <source>No refund is recorded on this order.</source>
      <translation>Bu sifarişdə geri ödəniş qeydə alınmayıb.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="232" />
      <source>Reversed {amount} on {day}: that amount was not charged.</source>
      <translation>{day} tarixində {amount} ləğv edilib: bu məbləğ tutulmayıb.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="240" />
      <source>Charged {charged}, refunded {refunded}: {remaining} remains with the shop.</source>
      <translation>Tutulub {charged}, geri qaytarılıb {refunded}: mağazada {remaining} qalır.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="249" />
      <source>The disputed amount {disputed} is more than what remains charged.</source>
      <translation>Mübahisəli məbləğ {disputed} tutulmuş qalıqdan çoxdur.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="261" />
      <source>3-D Secure {version}, fully authenticated (ECI {eci}): for fraud-coded disputes the liability normally lies with the issuer.</source>
      <translation>3-D Secure {version}, tam autentifikasiya (ECI {eci}): fırıldaq kodlu mübahisələrdə məsuliyyət adətən emitentin üzərinə düşür.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="270" />
      <source>3-D Secure {version}, attempted (ECI {eci}): the issuer did not take part; under most scheme rules the liability still shifts to the issuer.</source>
      <translation>3-D Secure {version}, cəhd (ECI {eci}): emitent iştirak etməyib; əksər sistem qaydalarına görə məsuliyyət yenə də emitentə keçir.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="279" />
      <source>No successful 3-D Secure authentication is recorded: for fraud-coded disputes the liability normally stays with the shop.</source>
      <translation>Uğurlu 3-D Secure autentifikasiyası qeydə alınmayıb: fırıldaq kodlu mübahisələrdə məsuliyyət adətən mağazada qalır.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="285" />
      <source>The CVV2 check answered: {result}.</source>
      <translation>CVV2 yoxlamasının cavabı: {result}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="291" />
      <source>Whether the goods or service were delivered, and what the cardholder told the issuer: the gateway does not know.</source>
      <translation>Malın və ya xidmətin çatdırılıb-çatdırılmadığını və kart sahibinin emitentə nə dediyini şlüz bilmir.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="295" />
      <source>The issuer's and the scheme's decision: the gateway has no dispute interface; this case is the shop's own record.</source>
      <translation>Emitentin və sistemin qərarı: şlüzün mübahisə interfeysi yoxdur; bu iş mağazanın öz qeydidir.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="298" />
      <source>Other orders by the same cardholder: this pack covers one order.</source>
      <translation>Eyni kart sahibinin digər sifarişləri: bu paket bir sifarişi əhatə edir.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="300" />
      <source>Operations made outside kapdesk appear as the bank's transactions, without a journal entry saying who made them or why.</source>
      <translation>kapdesk-dən kənarda edilən əməliyyatlar bankın əməliyyatları kimi görünür, kimin və niyə etdiyini göstərən jurnal qeydi olmadan.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="322" />
      <source>The dispute</source>
      <translation>Mübahisə</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="324" />
      <source>Order</source>
      <translation>Sifariş</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="325" />
      <source>Scheme</source>
      <translation>Kart sistemi</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="326" />
      <source>Reason code</source>
      <translation>Səbəb kodu</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="327" />
      <source>Meaning</source>
      <translation>Mənası</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="328" />
      <source>Disputed amount</source>
      <translation>Mübahisəli məbləğ</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="329" />
      <source>Received</source>
      <translation>Alınıb</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="330" />
      <source>Response due</source>
      <translation>Cavab müddəti</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="331" />
      <location filename="../../kapdesk/operations/disputes.py" line="382" />
      <source>State</source>
      <translation>Vəziyyət</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="332" />
      <source>Notes</source>
      <translation>Qeydlər</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="336" />
      <source>The order</source>
      <translation>Sifariş</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="338" />
      <location filename="../../kapdesk/operations/disputes.py" line="366" />
      <source>Type</source>
      <translation>Növ</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="339" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="340" />
      <source>Status meaning</source>
      <translation>Statusun mənası</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="341" />
      <location filename="../../kapdesk/operations/disputes.py" line="368" />
      <location filename="../../kapdesk/operations/disputes.py" line="381" />
      <source>Amount</source>
      <translation>Məbləğ</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="342" />
      <source>Created</source>
      <translation>Yaradılıb</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="343" />
      <source>Shop</source>
      <translation>Mağaza</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="344" />
      <source>Terminal</source>
      <translation>Terminal</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="345" />
      <source>Order title</source>
      <translation>Sifarişin adı</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="346" />
      <source>Description</source>
      <translation>Təsvir</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="350" />
      <source>The card</source>
      <translation>Kart</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="352" />
      <source>Card</source>
      <translation>Kart</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="353" />
      <source>Brand</source>
      <translation>Brend</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="354" />
      <source>Issuer</source>
      <translation>Emitent</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="355" />
      <source>Entry mode</source>
      <translation>Daxiletmə üsulu</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="356" />
      <source>CVV2 result</source>
      <translation>CVV2 nəticəsi</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="363" />
      <source>Transactions</source>
      <translation>Əməliyyatlar</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="365" />
      <location filename="../../kapdesk/operations/disputes.py" line="378" />
      <location filename="../../kapdesk/operations/disputes.py" line="390" />
      <source>Time</source>
      <translation>Vaxt</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="367" />
      <source>Phase</source>
      <translation>Mərhələ</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="370" />
      <source>Approval code</source>
      <translation>Təsdiq kodu</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="371" />
      <location filename="../../kapdesk/operations/disputes.py" line="406" />
      <source>Result</source>
      <translation>Nəticə</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="376" />
      <source>Journal entries on this order</source>
      <translation>Bu sifariş üzrə jurnal qeydləri</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="379" />
      <location filename="../../kapdesk/operations/disputes.py" line="390" />
      <source>Who</source>
      <translation>Kim</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="380" />
      <source>Operation</source>
      <translation>Əməliyyat</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="383" />
      <location filename="../../kapdesk/operations/disputes.py" line="390" />
      <source>Why</source>
      <translation>Niyə</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="384" />
      <source>The bank's answer</source>
      <translation>Bankın cavabı</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="389" />
      <source>The case's history</source>
      <translation>İşin tarixçəsi</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="390" />
      <source>From</source>
      <translation>Əvvəl</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="390" />
      <source>To</source>
      <translation>Sonra</translation>
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
      <translation>Qeydə alınmayıb</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="412" />
      <source>Protocol version</source>
      <translation>Protokol versiyası</translation>
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
      <translation>transStatus mənası</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="416" />
      <source>DS transaction id</source>
      <translation>DS əməliyyat id-si</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="418" />
      <source>Authentication value</source>
      <translation>Autentifikasiya dəyəri</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="419" />
      <source>present (not shown)</source>
      <translation>var (göstərilmir)</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="419" />
      <source>none</source>
      <translation>yoxdur</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="421" />
      <source>Authenticated at</source>
      <translation>Autentifikasiya vaxtı</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/disputes.py" line="478" />
      <source>There is no dispute on order {order}: open one first (kapdesk dispute open).</source>
      <translation>{order} sifarişi üzrə mübahisə yoxdur: əvvəlcə açın (kapdesk dispute open).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/limits.py" line="22" />
      <source>{operation} of {amount} is above this profile's limit of {limit} per operation; nothing was sent. Change the limit in the profile if it is meant.</source>
      <translation>{amount} məbləğində {operation} bu profilin bir əməliyyat üçün {limit} limitindən yuxarıdır; heç nə göndərilmədi. Əgər bu nəzərdə tutulubsa, profildə limiti dəyişin.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/lookup.py" line="77" />
      <source>Unexpected error reading this order.</source>
      <translation>Bu sifarişi oxuyarkən gözlənilməz xəta baş verdi.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/money.py" line="165" />
      <location filename="../../kapdesk/operations/sending.py" line="114" />
      <source>No clear answer: checking the order with the gateway…</source>
      <translation>Aydın cavab yoxdur: sifariş şlüzdə yoxlanılır…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/money.py" line="207" />
      <source>{operation} creates its own order; it cannot be run on order {order}.</source>
      <translation>“{operation}” öz sifarişini yaradır; onu {order} sifarişi üzrə icra etmək olmaz.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/money.py" line="278" />
      <source>Journal entry {entry} was made on {environment} ({profile}); connect to that gateway to send it.</source>
      <translation>{entry} jurnal qeydi {environment} ({profile}) mühitində yaradılıb; onu göndərmək üçün həmin şlüzə qoşulun.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/money.py" line="285" />
      <source>Sending an approved payout needs the card number again.</source>
      <translation>Təsdiqlənmiş ödənişi göndərmək üçün kart nömrəsi yenidən lazımdır.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/money.py" line="297" />
      <location filename="../../kapdesk/operations/money.py" line="314" />
      <source>Re-reading order {order} before sending…</source>
      <translation>Göndərməzdən əvvəl {order} sifarişi yenidən oxunur…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/money.py" line="358" />
      <source>Journal entry {entry} was made on {environment} ({profile}); connect to that gateway to reconcile it.</source>
      <translation>{entry} jurnal qeydi {environment} ({profile}) üzərində yaradılıb; onu uzlaşdırmaq üçün həmin şlüzə qoşulun.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/money.py" line="391" />
      <source>Journal entry {entry} still waits for a supervisor's approval; nothing was sent.</source>
      <translation>{entry} jurnal qeydi hələ nəzarətçinin təsdiqini gözləyir; heç nə göndərilmədi.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/money.py" line="397" />
      <source>Journal entry {entry} was rejected by {person} ({reason}); it cannot be sent.</source>
      <translation>{entry} jurnal qeydi {person} tərəfindən rədd edilib ({reason}); onu göndərmək olmaz.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/money.py" line="401" />
      <source>Journal entry {entry} is {state}, not approved: there is nothing to send.</source>
      <translation>{entry} jurnal qeydinin vəziyyəti {state}-dir, təsdiqlənməyib: göndəriləcək heç nə yoxdur.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/outcome.py" line="43" />
      <source>Done: {operation} of {amount} on order {order}. Approval code {approval}, RRN {rrn}.</source>
      <translation>İcra olundu: “{operation}”, {amount}, {order} sifarişi. Təsdiq kodu {approval}, RRN {rrn}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/outcome.py" line="54" />
      <source>Refused by the gateway: {operation} on order {order}. {reason} Nothing was moved.</source>
      <translation>Şlüz rədd etdi: “{operation}”, {order} sifarişi. {reason} Heç bir vəsait hərəkət etməyib.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/outcome.py" line="63" />
      <source>Not done: {operation} on order {order} did not happen (checked with the gateway). {note}</source>
      <translation>İcra olunmadı: {order} sifarişi üzrə “{operation}” baş verməyib (şlüzdə yoxlanılıb). {note}</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/outcome.py" line="74" />
      <source>Outcome unknown: {operation} on order {order} could not be settled. {why} Order {order} is locked for money operations until it is reconciled (kapdesk journal reconcile). Do not repeat the operation.</source>
      <translation>Nəticə məlum deyil: {order} sifarişi üzrə “{operation}” uzlaşdırıla bilmədi. {why} {order} sifarişi uzlaşdırılana qədər (kapdesk journal reconcile) pul əməliyyatları üçün kilidlənib. Əməliyyatı təkrarlamayın.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/outcome.py" line="82" />
      <source>Outcome unknown: {operation} on order {order} was sent, but the gateway could not be read to check whether it happened. Order {order} is locked for money operations until it is reconciled (kapdesk journal reconcile). Do not repeat the operation.</source>
      <translation>Nəticə məlum deyil: {order} sifarişi üzrə “{operation}” göndərildi, amma baş verib-vermədiyini yoxlamaq üçün şlüzdən cavab almaq olmadı. {order} sifarişi uzlaşdırılana qədər (kapdesk journal reconcile) pul əməliyyatları üçün kilidlənib. Əməliyyatı təkrarlamayın.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/outcome.py" line="96" />
      <source>Approved by {person}, not sent yet: {operation} of {amount} on order {order} (journal entry {entry}). Send it with 'kapdesk approvals send {entry}'.</source>
      <translation>{person} təsdiqləyib, hələ göndərilməyib: {order} sifarişi üzrə {amount} məbləğində {operation} (jurnal qeydi {entry}). Onu 'kapdesk approvals send {entry}' ilə göndərin.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/outcome.py" line="105" />
      <source>Waiting for a supervisor: {operation} of {amount} on order {order} is above the team's threshold, so it was journalled as entry {entry} awaiting approval and NOT sent. Once a supervisor approves it, send it with 'kapdesk approvals send {entry}'.</source>
      <translation>Nəzarətçi gözlənilir: {order} sifarişi üzrə {amount} məbləğində {operation} komandanın həddindən yuxarıdır, ona görə {entry} qeydi kimi təsdiq gözləyən vəziyyətdə jurnala yazıldı və GÖNDƏRİLMƏDİ. Nəzarətçi təsdiqlədikdən sonra onu 'kapdesk approvals send {entry}' ilə göndərin.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/outcome.py" line="119" />
      <source>Rejected by {person}: {operation} on order {order} was not sent. Reason: {reason}</source>
      <translation>{person} rədd etdi: {order} sifarişi üzrə {operation} göndərilmədi. Səbəb: {reason}</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/payout.py" line="122" />
      <source>This card number is not the card of approved journal entry {entry} ({card}); nothing was sent.</source>
      <translation>Bu kart nömrəsi təsdiqlənmiş {entry} jurnal qeydinin kartı ({card}) deyil; heç nə göndərilmədi.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/payout.py" line="149" />
      <source>Creating the order…</source>
      <translation>Sifariş yaradılır…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/payout.py" line="161" />
      <source>Attaching the card to order {order}…</source>
      <translation>Kart {order} sifarişinə əlavə edilir…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/plan.py" line="92" />
      <source>{operation} of {amount} on order {order} ({status}, card {card}) in the {environment} environment. Reason: {reason}.</source>
      <translation>“{operation}”: {amount}, {order} sifarişi ({status}, kart {card}), {environment} mühiti. Səbəb: {reason}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/operations/sending.py" line="105" />
      <source>Sending to the gateway…</source>
      <translation>Şlüzə göndərilir…</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/errors.py" line="19" />
      <source>That passphrase is not right. After {failures} wrong tries in a row, each further try waits longer (the next one {seconds} s).</source>
      <translation>Parol ifadəsi yanlışdır. Ardıcıl {failures} yanlış cəhddən sonra hər növbəti cəhd daha uzun gözləyir (növbəti: {seconds} san).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/errors.py" line="26" />
      <source>That passphrase is not right.</source>
      <translation>Parol ifadəsi yanlışdır.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/errors.py" line="38" />
      <source>The profile store {path} is damaged or was altered, so it was not opened and was left untouched. The previous good copy is {backup}: to use it, rename it to {path}.</source>
      <translation>{path} profil anbarı zədələnib və ya dəyişdirilib, ona görə açılmadı və toxunulmaz saxlanıldı. Əvvəlki sağlam nüsxə: {backup}; onu işlətmək üçün adını {path} olaraq dəyişin.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/errors.py" line="48" />
      <source>The profile store {path} is damaged or was altered, so it was not opened and was left untouched.</source>
      <translation>{path} profil anbarı zədələnib və ya dəyişdirilib, ona görə açılmadı və toxunulmaz saxlanıldı.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/errors.py" line="61" />
      <source>The profile store {path} was written by a newer kapdesk (format {version}). Update kapdesk to open it; the file was left untouched.</source>
      <translation>{path} profil anbarı kapdesk-in daha yeni versiyası ilə yazılıb (format {version}). Onu açmaq üçün kapdesk-i yeniləyin; fayla toxunulmayıb.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/errors.py" line="75" />
      <source>The profile store {path} asks for far more memory or work to open than kapdesk ever sets, so it was not opened (it was altered or not written by kapdesk) and was left untouched.</source>
      <translation>Profil anbarı {path} açılmaq üçün kapdesk-in heç vaxt təyin etmədiyi qədər çox yaddaş və ya iş tələb edir, ona görə açılmadı (o dəyişdirilib və ya kapdesk tərəfindən yazılmayıb) və toxunulmadan saxlanıldı.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/errors.py" line="89" />
      <source>The profile store {path} was changed by another kapdesk window or command since it was unlocked, so nothing was saved. Lock and unlock to reload it.</source>
      <translation>{path} profil anbarı kilidi açılandan sonra başqa kapdesk pəncərəsi və ya əmri ilə dəyişdirilib, ona görə heç nə yadda saxlanılmadı. Yenidən yükləmək üçün kilidləyib kilidi açın.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/errors.py" line="99" />
      <source>There is no profile store yet at {path}. Add a profile first.</source>
      <translation>{path} ünvanında hələ profil anbarı yoxdur. Əvvəlcə profil əlavə edin.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/errors.py" line="106" />
      <source>A profile store already exists at {path}; it was not replaced.</source>
      <translation>{path} ünvanında profil anbarı artıq var; o, əvəz edilmədi.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/errors.py" line="112" />
      <source>The profile store is locked. Unlock it first.</source>
      <translation>Profil anbarı kilidlidir. Əvvəlcə kilidi açın.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/errors.py" line="117" />
      <source>There is no profile named “{name}”.</source>
      <translation>“{name}” adlı profil yoxdur.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/errors.py" line="122" />
      <source>A profile named “{name}” already exists.</source>
      <translation>“{name}” adlı profil artıq var.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/errors.py" line="132" />
      <source>The passphrase must have at least {minimum} characters.</source>
      <translation>Parol ifadəsində ən azı {minimum} simvol olmalıdır.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/keyring_key.py" line="24" />
      <source>This computer has no secure keyring (on Linux: no Secret Service such as GNOME Keyring or KWallet is running), so it cannot remember the profile store: the passphrase is the only way in.</source>
      <translation>Bu kompüterdə təhlükəsiz açar anbarı yoxdur (Linux-da GNOME Keyring və ya KWallet kimi Secret Service işləmir), ona görə profil anbarını yadda saxlamaq olmur: giriş yalnız parol ifadəsi ilədir.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/keyring_key.py" line="29" />
      <source>The keyring of this computer refused to keep the key ({detail}); the passphrase is the only way in.</source>
      <translation>Bu kompüterin açar anbarı açarı saxlamaqdan imtina etdi ({detail}); giriş yalnız parol ifadəsi ilədir.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="97" />
      <source>The limit per operation must be an amount such as 10000.00.</source>
      <translation>Bir əməliyyat üçün limit 10000.00 kimi məbləğ olmalıdır.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="110" />
      <source>The environment must be one of: {choices}.</source>
      <translation>Mühit bunlardan biri olmalıdır: {choices}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="121" />
      <source>The team journal's address and password must be text.</source>
      <translation>Komanda jurnalının ünvanı və parolu mətn olmalıdır.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="127" />
      <source>The team journal's address must look like postgresql://USER@HOST:PORT/DB.</source>
      <translation>Komanda jurnalının ünvanı postgresql://USER@HOST:PORT/DB kimi olmalıdır.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="130" />
      <source>A team profile needs the database password of its login.</source>
      <translation>Komanda profilinə girişinin verilənlər bazası parolu lazımdır.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="147" />
      <source>An operator name has at most 64 characters, no line breaks and no outer spaces.</source>
      <translation>Operatorun adı ən çoxu 64 simvoldur, sətir keçidi və kənarlarda boşluq olmadan.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="153" />
      <source>A profile needs a name.</source>
      <translation>Profilin adı olmalıdır.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="156" />
      <source>A profile name has at most 64 characters, no line breaks and no outer spaces.</source>
      <translation>Profil adında ən çox 64 simvol olur, sətir keçidi və əvvəlində/sonunda boşluq olmur.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="166" />
      <source>The base URL must look like https://host/api (got “{url}”).</source>
      <translation>Əsas URL https://host/api kimi olmalıdır (verilən: “{url}”).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="171" />
      <source>A production profile must use https:// with TLS verification switched on.</source>
      <translation>Real mühit profili TLS yoxlaması aktiv olan https:// istifadə etməlidir.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="175" />
      <source>Plain http:// is only allowed to this computer (127.0.0.1); use https://.</source>
      <translation>Şifrələnməmiş http:// yalnız bu kompüterə (127.0.0.1) icazəlidir; https:// istifadə edin.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="181" />
      <source>The terminal user and password must be text.</source>
      <translation>Terminal istifadəçisi və parolu mətn olmalıdır.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="183" />
      <source>This profile needs a terminal user and a terminal password.</source>
      <translation>Bu profil üçün terminal istifadəçisi və terminal parolu lazımdır.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="189" />
      <source>The currency must be a three-letter code such as AZN (got “{code}”).</source>
      <translation>Valyuta AZN kimi üç hərfli kod olmalıdır (verilən: “{code}”).</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="194" />
      <source>The language must be one of: {choices}.</source>
      <translation>Dil bunlardan biri olmalıdır: {choices}.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="198" />
      <source>Hold validity must be a whole number of days from 1 to {most}.</source>
      <translation>Blokun müddəti 1-dən {most}-dək tam gün sayı olmalıdır.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="203" />
      <source>The idle lock must be a whole number of minutes from 1 to {most}.</source>
      <translation>Fəaliyyətsizlik kilidi 1-dən {most}-dək tam dəqiqə sayı olmalıdır.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="208" />
      <source>The days to answer a dispute must be a whole number from 1 to {most}.</source>
      <translation>Mübahisəyə cavab günləri 1-dən {most}-a qədər tam ədəd olmalıdır.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/profiles.py" line="212" />
      <source>TLS verification must be on or off.</source>
      <translation>TLS yoxlaması ya aktiv, ya da deaktiv olmalıdır.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/witness.py" line="62" />
      <source>The journal's witness {path} is missing: it was deleted, so the journal cannot be vouched for.</source>
      <translation>Jurnalın şahidi {path} yoxdur: o silinib, ona görə jurnala zəmanət vermək olmur.</translation>
    </message>
    <message>
      <location filename="../../kapdesk/vault/witness.py" line="70" />
      <source>The journal's witness {path} was altered or belongs to another store.</source>
      <translation>Jurnalın şahidi {path} dəyişdirilib və ya başqa anbara aiddir.</translation>
    </message>
  </context>
</TS>