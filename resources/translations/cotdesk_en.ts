<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="it_IT">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../cotdesk/ui/about_dialog.py" line="36"/>
        <source>Informazioni su cotdesk</source>
        <translation>About cotdesk</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/about_dialog.py" line="46"/>
        <source>Gestione delle prese in carico per gli sportelli delle COT solidali. Software libero, distribuito con licenza EUPL 1.2.</source>
        <translation>Case management for the front desks of the COT solidali. Free software, distributed under the EUPL 1.2 licence.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/about_dialog.py" line="60"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/about_dialog.py" line="61"/>
        <source>File di log</source>
        <translation>Log files</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/about_dialog.py" line="65"/>
        <source>Componente</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/about_dialog.py" line="65"/>
        <source>Licenza</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/about_dialog.py" line="65"/>
        <source>Uso</source>
        <translation>Used for</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/about_dialog.py" line="65"/>
        <source>Versione</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/about_dialog.py" line="67"/>
        <source>Componenti inclusi e loro licenze</source>
        <translation>Bundled components and their licences</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/about_dialog.py" line="86"/>
        <source>Qt e PySide6 sono usati con licenza LGPL v3: le loro librerie sono file separati nella cartella del programma e si possono sostituire con versioni compatibili. Il codice sorgente di Qt e di PySide6 è disponibile presso qt.io; quello di cotdesk presso chi lo distribuisce.</source>
        <translation>Qt and PySide6 are used under the LGPL v3 licence: their libraries are separate files in the program folder and can be replaced with compatible versions. The source code of Qt and PySide6 is available from qt.io; that of cotdesk from whoever distributes it.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/about_dialog.py" line="97"/>
        <source>&amp;Copia informazioni</source>
        <translation>&amp;Copy information</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/about_dialog.py" line="100"/>
        <source>Apri cartella dei &amp;log</source>
        <translation>Open &amp;log folder</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/about_dialog.py" line="103"/>
        <source>&amp;Chiudi</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/about_dialog.py" line="114"/>
        <source>Componenti inclusi:</source>
        <translation>Bundled components:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/about_dialog.py" line="135"/>
        <source>Informazioni &amp;copiate</source>
        <translation>Information &amp;copied</translation>
    </message>
</context>
<context>
    <name>AccessRequestDialog</name>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1308"/>
        <source>Presa in carico riservata</source>
        <translation>Restricted case</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1313"/>
        <source>La presa in carico {0} è riservata: il contenuto lo consultano l&apos;operatore assegnato e il coordinatore.</source>
        <translation>Case {0} is restricted: its content is read by the assigned worker and the coordinator.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1321"/>
        <source>Riferimento:</source>
        <translation>Reference:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1322"/>
        <source>Stato:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1324"/>
        <source>Operatore assegnato:</source>
        <translation>Assigned worker:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1325"/>
        <source>da assegnare</source>
        <translation>to be assigned</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1330"/>
        <source>Se serve consultarla, indicare il motivo: l&apos;accesso vale fino a fine giornata, resta nel registro accessi e il coordinatore ne è informato.</source>
        <translation>If you need to read it, give the reason: access lasts until the end of the day, stays in the access log and the coordinator is informed.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1341"/>
        <source>Motivo dell&apos;accesso</source>
        <translation>Reason for access</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1342"/>
        <source>&amp;Motivo:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1347"/>
        <source>Errore</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1354"/>
        <source>Richiedi accesso</source>
        <translation>Request access</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1355"/>
        <source>Ctrl+Invio</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1356"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AddMemberDialog</name>
    <message>
        <location filename="../../cotdesk/ui/household.py" line="126"/>
        <source>Aggiungi un componente del nucleo familiare</source>
        <translation>Add a household member</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/household.py" line="130"/>
        <source>Cerca la persona da aggiungere</source>
        <translation>Search for the person to add</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/household.py" line="132"/>
        <source>cognome e nome, codice fiscale, telefono o data di nascita</source>
        <translation>surname and first name, codice fiscale, phone or date of birth</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/household.py" line="138"/>
        <source>Persone trovate</source>
        <translation>People found</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/household.py" line="150"/>
        <source>Relazione con l&apos;intestatario</source>
        <translation>Relationship to the head of household</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/household.py" line="157"/>
        <source>&amp;Aggiungi al nucleo (Ctrl+S)</source>
        <translation>&amp;Add to household (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/household.py" line="158"/>
        <source>Aggiungi al nucleo</source>
        <translation>Add to household</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/household.py" line="160"/>
        <source>Registra una &amp;nuova persona (Ctrl+N)</source>
        <translation>Register a &amp;new person (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/household.py" line="161"/>
        <source>Registra una nuova persona e aggiungila</source>
        <translation>Register a new person and add them</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/household.py" line="163"/>
        <source>Annulla (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/household.py" line="167"/>
        <source>&amp;Cerca:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/household.py" line="168"/>
        <source>&amp;Relazione con l&apos;intestatario:</source>
        <translation>&amp;Relationship to the head of household:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/household.py" line="233"/>
        <source>Una persona trovata: scegliere la relazione e aggiungerla.</source>
        <translation>One person found: choose the relationship and add them.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/household.py" line="235"/>
        <source>{0} persone trovate: scegliere con ↑↓, poi la relazione.</source>
        <translation>{0} people found: choose with ↑↓, then the relationship.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/household.py" line="240"/>
        <source>Nessuna persona trovata: registrarla con Ctrl+N.</source>
        <translation>Nobody found: register the person with Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/household.py" line="247"/>
        <source>Cercare e scegliere prima la persona da aggiungere.</source>
        <translation>First search for and choose the person to add.</translation>
    </message>
    <message>
        <source>Altro</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Coniuge/partner</source>
        <translation>Spouse/partner</translation>
    </message>
    <message>
        <source>Convivente</source>
        <translation>Cohabitant</translation>
    </message>
    <message>
        <source>Figlio/a</source>
        <translation>Son/daughter</translation>
    </message>
    <message>
        <source>Fratello/sorella</source>
        <translation>Brother/sister</translation>
    </message>
    <message>
        <source>Genitore</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Nipote</source>
        <translation>Grandchild/nephew/niece</translation>
    </message>
    <message>
        <source>Nonno/a</source>
        <translation>Grandparent</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="92"/>
        <source>N.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="93"/>
        <source>Riferimento</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="94"/>
        <source>Persona</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="95"/>
        <source>Motivi</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="96"/>
        <source>Operatore</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="97"/>
        <source>Decisione</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="113"/>
        <source>— nessuno —</source>
        <translation>— nobody —</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="115"/>
        <source>da decidere</source>
        <translation>to be decided</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="371"/>
        <source>Rinnova il protocollo d&apos;intesa</source>
        <translation>Renew the agreement</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="373"/>
        <source>Nuovo protocollo d&apos;intesa</source>
        <translation>New agreement</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="380"/>
        <source>
Rinnovo del protocollo {0} in vigore fino al {1}: il nuovo parte dal giorno dopo e dura cinque anni, se non si cambia la fine.</source>
        <translation>
Renewal of agreement {0}, in force until {1}: the new one starts the day after and lasts five years unless the end is changed.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="392"/>
        <source>Il rinnovo parte dal giorno dopo la scadenza.</source>
        <translation>The renewal starts the day after the end.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="393"/>
        <source>&amp;Dal:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="397"/>
        <source>&amp;Al (5 anni se non cambiato):</source>
        <translation>&amp;To (5 years unless changed):</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="402"/>
        <source>&amp;Numero di protocollo:</source>
        <translation>Agreement &amp;number:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="406"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;otes:</translation>
    </message>
</context>
<context>
    <name>AgreementModel</name>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="113"/>
        <source>Al</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="113"/>
        <source>Dal</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="113"/>
        <source>Note</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="113"/>
        <source>Numero</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="113"/>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="124"/>
        <source>in corso</source>
        <translation>current</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="125"/>
        <source>scaduto</source>
        <translation>lapsed</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="126"/>
        <source>futuro</source>
        <translation>future</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="130"/>
        <source> · rinnovato</source>
        <translation> · renewed</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="132"/>
        <source> · rinnovo</source>
        <translation> · renewal</translation>
    </message>
</context>
<context>
    <name>AreaModel</name>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="104"/>
        <source>Area di intervento</source>
        <translation>Intervention area</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="104"/>
        <source>Persone</source>
        <translation>People</translation>
    </message>
</context>
<context>
    <name>AssessmentForm</name>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="390"/>
        <source>Valutazione del bisogno — {0} — {1}</source>
        <translation>Needs assessment — {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="412"/>
        <source>Nuova versione n. {0}. Parte dalla valutazione n. {1} del {2}: quella resta consultabile.</source>
        <translation>New version no. {0}. It starts from assessment no. {1} ({2}), which stays available to read.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="420"/>
        <source>Prima valutazione del bisogno di questa presa in carico.</source>
        <translation>First needs assessment for this case.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="428"/>
        <source>Bisogni</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="445"/>
        <source>&amp;Bisogni</source>
        <translation>&amp;Needs</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="450"/>
        <source>Frecce: spostarsi · Spazio: presente / assente · 1 Lieve, 2 Moderato, 3 Grave, 4 Gravissimo · F2: note</source>
        <translation>Arrows: move · Space: present / absent · 1 Mild, 2 Moderate, 3 Severe, 4 Very severe · F2: notes</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="457"/>
        <source>Mostra i bisogni di &amp;tutte le aree</source>
        <translation>Show the needs of &amp;all areas</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="458"/>
        <source>Mostra i bisogni di tutte le aree</source>
        <translation>Show the needs of all areas</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="463"/>
        <source>Errore nei bisogni</source>
        <translation>Error in the needs</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="467"/>
        <source>&amp;Fattori di vulnerabilità</source>
        <translation>&amp;Vulnerability factors</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="480"/>
        <source>Sintesi della valutazione</source>
        <translation>Assessment summary</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="482"/>
        <source>Situazione della persona e del nucleo, risorse, cosa chiede</source>
        <translation>The person&apos;s and the household&apos;s situation, resources, what they are asking for</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="484"/>
        <source>&amp;Sintesi:</source>
        <translation>&amp;Summary:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="490"/>
        <source>Punteggio di priorità</source>
        <translation>Priority score</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="495"/>
        <source>Motivi della priorità</source>
        <translation>Reasons for the priority</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="496"/>
        <source>Priorità (si aggiorna mentre compili)</source>
        <translation>Priority (updates as you fill in the form)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="505"/>
        <source>Errore</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="511"/>
        <source>Salva valutazione (Ctrl+Invio)</source>
        <translation>Save assessment (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="514"/>
        <source>Annulla (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="607"/>
        <source>C&apos;è una valutazione del bisogno lasciata a metà: {0} bisogni segnati.</source>
        <translation>There is a half-finished needs assessment: {0} needs marked.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="612"/>
        <source>Nel frattempo è stata salvata la valutazione n. {0}: riprendendo la bozza, la nuova versione parte dalla bozza.</source>
        <translation>Meanwhile assessment no. {0} has been saved: if you resume the draft, the new version starts from the draft.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="634"/>
        <source>Bozza non salvata: {0}</source>
        <translation>Draft not saved: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="696"/>
        <source>Segna i bisogni presenti: il punteggio parte da qui.</source>
        <translation>Mark the needs that are present: the score starts from here.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="65"/>
        <source>Data e ora</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="66"/>
        <source>Operatore</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="67"/>
        <source>Azione</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="68"/>
        <source>Tipo di dato</source>
        <translation>Kind of record</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="69"/>
        <source>Riferimento</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="70"/>
        <source>Postazione</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="71"/>
        <source>Dettagli</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="78"/>
        <source>(nessuno)</source>
        <translation>(nobody)</translation>
    </message>
</context>
<context>
    <name>AuditViewerPage</name>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="158"/>
        <source>&lt;h2&gt;Registro accessi&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Access log&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="162"/>
        <source>Filtra per operatore</source>
        <translation>Filter by worker</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="164"/>
        <source>Filtra per azione</source>
        <translation>Filter by action</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="166"/>
        <source>Filtra per tipo di dato</source>
        <translation>Filter by kind of record</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="167"/>
        <source>Dal giorno</source>
        <translation>From day</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="168"/>
        <source>Al giorno</source>
        <translation>To day</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="171"/>
        <source>Operatore, persona, riferimento, dettagli</source>
        <translation>Worker, person, reference, details</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="172"/>
        <source>Filtra per testo</source>
        <translation>Filter by text</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="174"/>
        <source>O&amp;peratore:</source>
        <translation>Wor&amp;ker:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="175"/>
        <source>Azi&amp;one:</source>
        <translation>Acti&amp;on:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="176"/>
        <source>&amp;Tipo:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="177"/>
        <source>&amp;Dal:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="178"/>
        <source>A&amp;l:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="179"/>
        <source>Te&amp;sto:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="186"/>
        <source>&amp;Applica filtri</source>
        <translation>&amp;Apply filters</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="188"/>
        <source>A&amp;zzera filtri</source>
        <translation>Clear filter&amp;s</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="190"/>
        <source>&amp;Verifica integrità (Ctrl+Alt+V)</source>
        <translation>&amp;Verify integrity (Ctrl+Alt+V)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="192"/>
        <source>Controlla che nessun evento del registro sia stato modificato o cancellato</source>
        <translation>Checks that no event of the log was changed or deleted</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="208"/>
        <source>Eventi del registro</source>
        <translation>Log events</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="211"/>
        <source>&amp;Registro</source>
        <translation>&amp;Log</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="213"/>
        <source>Accessi motivati alle prese riservate</source>
        <translation>Reasoned accesses to restricted cases</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="218"/>
        <source>Accessi riser&amp;vati</source>
        <translation>Restricted &amp;accesses</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="223"/>
        <source>Esito</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="228"/>
        <source>Integrità del registro</source>
        <translation>Integrity of the log</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="258"/>
        <source>Tutti gli operatori</source>
        <translation>All workers</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="262"/>
        <source>Tutte le azioni</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="266"/>
        <source>Tutti i tipi</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="301"/>
        <source>Ricerca nel registro…</source>
        <translation>Searching the log…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="316"/>
        <source>Mostrati i {0} eventi più recenti: restringere i filtri per vedere i precedenti.</source>
        <translation>Showing the {0} most recent events: narrow the filters to see earlier ones.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="320"/>
        <source>1 evento.</source>
        <translation>1 event.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="322"/>
        <source>{0} eventi.</source>
        <translation>{0} events.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="325"/>
        <source>Accessi riservati ancora aperti: {0}.</source>
        <translation>Restricted accesses still open: {0}.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="342"/>
        <source>Verifica del registro in corso…</source>
        <translation>Verifying the log…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="348"/>
        <source>Registro integro: {0} eventi verificati.</source>
        <translation>Log intact: {0} events verified.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="356"/>
        <source>Registro NON integro: 1 problema.</source>
        <translation>Log NOT intact: 1 problem.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="358"/>
        <source>Registro NON integro: {0} problemi.</source>
        <translation>Log NOT intact: {0} problems.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="362"/>
        <source>…e altri {0}.</source>
        <translation>…and {0} more.</translation>
    </message>
</context>
<context>
    <name>BreakGlassModel</name>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="98"/>
        <source>Data e ora</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="99"/>
        <source>Operatore</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="100"/>
        <source>Presa in carico</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="101"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="102"/>
        <source>Valido fino a</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="117"/>
        <source>{0} (scaduto)</source>
        <translation>{0} (expired)</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="371"/>
        <source>Avviso privacy</source>
        <translation>Privacy warning</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="377"/>
        <source>Richiesta di chiusura</source>
        <translation>Closure request</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="380"/>
        <source>Presa in carico</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="383"/>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="385"/>
        <source>Priorità</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="388"/>
        <source>Aree di intervento</source>
        <translation>Intervention areas</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="390"/>
        <source>Operatore assegnato</source>
        <translation>Assigned worker</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="392"/>
        <location filename="../../cotdesk/ui/case_page.py" line="423"/>
        <location filename="../../cotdesk/ui/case_page.py" line="425"/>
        <location filename="../../cotdesk/ui/case_page.py" line="811"/>
        <location filename="../../cotdesk/ui/case_page.py" line="814"/>
        <location filename="../../cotdesk/ui/case_page.py" line="819"/>
        <source>Prossimo contatto</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="394"/>
        <location filename="../../cotdesk/ui/case_page.py" line="807"/>
        <source>Aperta il</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="397"/>
        <source>Canale di accesso</source>
        <translation>Access channel</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="419"/>
        <location filename="../../cotdesk/ui/case_page.py" line="421"/>
        <location filename="../../cotdesk/ui/case_page.py" line="670"/>
        <source>Valutazione del bisogno</source>
        <translation>Needs assessment</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="438"/>
        <source>Scheda persona</source>
        <translation>Person record</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="445"/>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="446"/>
        <source>Telefonata</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="447"/>
        <source>Colloquio</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="448"/>
        <source>Tipo di annotazione</source>
        <translation>Type of entry</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="453"/>
        <source>Scrivi qui cosa è successo (Ctrl+M); Ctrl+Invio per salvare</source>
        <translation>Write here what happened (Ctrl+M); Ctrl+Enter to save</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="455"/>
        <source>Testo della nota</source>
        <translation>Note text</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="456"/>
        <source>Salva nota (Ctrl+Invio)</source>
        <translation>Save note (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="458"/>
        <source>Salva nota</source>
        <translation>Save note</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="463"/>
        <source>Errore nella nota</source>
        <translation>Error in the note</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="468"/>
        <source>Bozza della nota ripristinata</source>
        <translation>Note draft restored</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="478"/>
        <source>Diario della presa in carico</source>
        <translation>Case log</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="506"/>
        <source>Invii della presa in carico</source>
        <translation>Referrals of the case</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="529"/>
        <location filename="../../cotdesk/ui/case_page.py" line="531"/>
        <source>Nuovo invio</source>
        <translation>New referral</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="532"/>
        <location filename="../../cotdesk/ui/case_page.py" line="533"/>
        <source>Lettera di invio</source>
        <translation>Referral letter</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="539"/>
        <source>Segna come inviato</source>
        <translation>Mark as sent</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="540"/>
        <source>Accettato dall&apos;ente</source>
        <translation>Accepted by the partner</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="541"/>
        <source>Rifiutato dall&apos;ente</source>
        <translation>Declined by the partner</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="542"/>
        <source>Senza risposta</source>
        <translation>No answer</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="543"/>
        <source>Servizio avviato</source>
        <translation>Service started</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="544"/>
        <source>Concluso</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="545"/>
        <source>Interrotto</source>
        <translation>Interrupted</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="546"/>
        <source>Annulla invio</source>
        <translation>Cancel referral</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="550"/>
        <source>Stato dell&apos;invio (Ctrl+R):</source>
        <translation>Referral status (Ctrl+R):</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="555"/>
        <source>Stato dell&apos;invio: {0}</source>
        <translation>Referral status: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="562"/>
        <source>Non ancora disponibile su questa postazione</source>
        <translation>Not yet available on this workstation</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="570"/>
        <source>Versione della valutazione</source>
        <translation>Assessment version</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="575"/>
        <source>Valutazione del bisogno (sola lettura)</source>
        <translation>Needs assessment (read only)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="629"/>
        <source>Diario</source>
        <translation>Case log</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="631"/>
        <source>&amp;Nuova annotazione (Ctrl+M):</source>
        <translation>&amp;New entry (Ctrl+M):</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="633"/>
        <source>&amp;Tipo:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="660"/>
        <source>Invii</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="673"/>
        <source>&amp;Versione:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="756"/>
        <source>Aperta in emergenza senza informativa privacy: consegnare l&apos;informativa e registrarla nella scheda persona appena possibile.</source>
        <translation>Opened as an emergency without a privacy notice: hand over the notice and record it on the person record as soon as possible.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="764"/>
        <source>Chiusura richiesta, in attesa del coordinatore. Motivo: {0}</source>
        <translation>Closure requested, waiting for the coordinator. Reason: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="778"/>
        <location filename="../../cotdesk/ui/case_page.py" line="1103"/>
        <source>Togli riservatezza</source>
        <translation>Remove restriction</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="780"/>
        <location filename="../../cotdesk/ui/case_page.py" line="1096"/>
        <source>Rendi riservata</source>
        <translation>Make restricted</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="788"/>
        <location filename="../../cotdesk/ui/case_page.py" line="955"/>
        <source>Priorità {0} · {1}</source>
        <translation>Priority {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="794"/>
        <source>Priorità: bisogno non ancora valutato</source>
        <translation>Priority: needs not yet assessed</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="797"/>
        <source>Aree</source>
        <translation>Areas</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="797"/>
        <source>nessuna</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="801"/>
        <source>Operatore</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="801"/>
        <source>da assegnare</source>
        <translation>to be assigned</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="806"/>
        <source>chiusa il {0}</source>
        <translation>closed on {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="809"/>
        <source>Canale</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="811"/>
        <source>non fissato</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="815"/>
        <source>{0} (scaduto)</source>
        <translation>{0} (expired)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="826"/>
        <location filename="../../cotdesk/ui/case_page.py" line="1123"/>
        <source>Più recenti in alto (Ctrl+Shift+T)</source>
        <translation>Newest first (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="828"/>
        <location filename="../../cotdesk/ui/case_page.py" line="1125"/>
        <source>Più vecchie in alto (Ctrl+Shift+T)</source>
        <translation>Oldest first (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="847"/>
        <source>Prendi in carico</source>
        <translation>Take on</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="849"/>
        <source>Rimanda all&apos;operatore</source>
        <translation>Send back to the worker</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="850"/>
        <source>Riprendi</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="852"/>
        <source>Sospendi</source>
        <translation>Suspend</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="853"/>
        <source>Richiedi chiusura</source>
        <translation>Request closure</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="854"/>
        <source>Approva chiusura</source>
        <translation>Approve closure</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="855"/>
        <source>Riapri</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="890"/>
        <source>n. {0} del {1} · {2} · priorità {3} ({4})</source>
        <translation>No. {0} · {1} · {2} · priority {3} ({4})</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="915"/>
        <source>Nessuna valutazione del bisogno: avviala con Ctrl+Shift+V per calcolare la priorità.</source>
        <translation>No needs assessment: start one with Ctrl+Shift+V to work out the priority.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="936"/>
        <source>Versione precedente, in sola lettura: l&apos;ultima è la n. {0}.</source>
        <translation>Earlier version, read only: the latest is no. {0}.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="948"/>
        <source>Valutazione n. {0} del {1}, {2}</source>
        <translation>Assessment no. {0} on {1}, by {2}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="961"/>
        <source>Bisogni</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="972"/>
        <source>Fattori di vulnerabilità</source>
        <translation>Vulnerability factors</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="976"/>
        <source>Sintesi</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="979"/>
        <source>Perché questa priorità</source>
        <translation>Why this priority</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1031"/>
        <source>Bozza ripristinata: scritta il {0} alle {1}, non ancora salvata.</source>
        <translation>Draft restored: written on {0} at {1}, not yet saved.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1051"/>
        <source>Bozza della nota non salvata: {0}</source>
        <translation>Note draft not saved: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1082"/>
        <source>accesso motivato fino alle {0}</source>
        <translation>access with reason until {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1098"/>
        <source>Il contenuto della presa in carico (valutazione, diario, invii) resterà visibile solo all&apos;operatore assegnato e al coordinatore; gli altri vedranno che esiste e potranno chiedere l&apos;accesso motivandolo.</source>
        <translation>The content of the case (assessment, case log, referrals) will be visible only to the assigned worker and the coordinator; others will see that it exists and may ask for access, giving a reason.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1105"/>
        <source>Il contenuto della presa in carico tornerà visibile a tutti gli operatori dello sportello.</source>
        <translation>The content of the case will be visible again to every worker of the desk.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1113"/>
        <source>&amp;Motivo (facoltativo):</source>
        <translation>&amp;Reason (optional):</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1175"/>
        <source>La chiusura va approvata dal coordinatore. Scrivi perché la presa in carico può chiudersi: è la sintesi dell&apos;intervento che resterà nel diario.</source>
        <translation>Closure must be approved by the coordinator. Write why the case can be closed: it is the summary of the work done and will stay in the case log.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1178"/>
        <source>&amp;Motivo della chiusura:</source>
        <translation>&amp;Reason for closure:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1181"/>
        <source>Approvi la chiusura della presa in carico? Motivo indicato: {0}</source>
        <translation>Approve the closure of the case? Reason given: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1182"/>
        <source>nessuno</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1185"/>
        <source>Scrivi il motivo: resterà nel diario.</source>
        <translation>Write the reason: it will stay in the case log.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1186"/>
        <location filename="../../cotdesk/ui/case_page.py" line="1277"/>
        <source>&amp;Motivo:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1205"/>
        <source>Operazione non riuscita</source>
        <translation>Operation failed</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1269"/>
        <source>Invio {0} a {1} ({2}).</source>
        <translation>Referral {0} to {1} ({2}).</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1278"/>
        <source>&amp;Risposta dell&apos;ente:</source>
        <translation>Partner&apos;s &amp;answer:</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="78"/>
        <source>Riferimento</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="79"/>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="80"/>
        <source>Aree di intervento</source>
        <translation>Intervention areas</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="81"/>
        <source>Aperta il</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="82"/>
        <source>Operatore</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="83"/>
        <source>Priorità</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="84"/>
        <source>Prossimo contatto</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="101"/>
        <source>Presa in carico riservata: la consultano l&apos;operatore assegnato e il coordinatore; per aprirla va chiesto l&apos;accesso, indicando il motivo</source>
        <translation>Restricted case: read by the assigned worker and the coordinator; to open it, ask for access giving the reason</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="115"/>
        <source>Riservata</source>
        <translation>Confidential</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="90"/>
        <source>Benvenuti in cotdesk</source>
        <translation>Welcome to cotdesk</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="92"/>
        <source>Questa postazione non è ancora configurata. Come si vuole cominciare?</source>
        <translation>This desk is not set up yet. How do you want to start?</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="94"/>
        <source>&amp;Collega al server della rete</source>
        <translation>&amp;Connect to the network&apos;s server</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="97"/>
        <source>Registra la postazione presso il server del COT con il codice di attivazione fornito dal referente informatico.</source>
        <translation>Enrolls the desk with the COT server using the enrollment code given by the IT contact.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="101"/>
        <source>&amp;Prova in locale (dati dimostrativi)</source>
        <translation>&amp;Try it locally (demo data)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="103"/>
        <source>Persone e servizi inventati, senza server: per provare il programma.</source>
        <translation>Made-up people and services, no server: to try the program.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="111"/>
        <source>Servono l&apos;indirizzo del server e un codice di attivazione, forniti dal referente informatico, che confronta anche l&apos;impronta del certificato.</source>
        <translation>You need the server&apos;s address and an enrollment code from the IT contact, who also compares the certificate&apos;s fingerprint.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="117"/>
        <source>Una rete dimostrativa con persone inventate, su questo computer, senza server. Si potrà collegare la postazione alla rete in seguito: i dati di prova restano in un file a parte.</source>
        <translation>A demo network with made-up people, on this computer, without a server. The desk can be connected to the network later: the trial data stay in a separate file.</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="60"/>
        <source>Dato</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="61"/>
        <source>Campo</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="62"/>
        <source>Valore attuale</source>
        <translation>Current value</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="63"/>
        <source>Altro valore</source>
        <translation>Other value</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="64"/>
        <source>Rilevato</source>
        <translation>Detected</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="155"/>
        <source>Informativa privacy e consensi</source>
        <translation>Privacy notice and consents</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="158"/>
        <source>&amp;Informativa privacy consegnata (versione {0})</source>
        <translation>Privacy &amp;notice handed over (version {0})</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="163"/>
        <source>già consegnata il {0}</source>
        <translation>already handed over on {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="167"/>
        <source>Informativa consegnata</source>
        <translation>Privacy notice handed over</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="181"/>
        <source>Firmato da</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="183"/>
        <source>solo se firma un tutore, un genitore o un rappresentante legale</source>
        <translation>only if a guardian, a parent or a legal representative signs</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="188"/>
        <source>&amp;Registra (Ctrl+S)</source>
        <translation>&amp;Record (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="190"/>
        <source>Registra informativa e consensi</source>
        <translation>Record privacy notice and consents</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="191"/>
        <source>Annulla (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="196"/>
        <source>Consensi dati dalla persona (spuntare quelli firmati):</source>
        <translation>Consents given by the person (tick the ones signed):</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="199"/>
        <source>&amp;Firmato da:</source>
        <translation>&amp;Signed by:</translation>
    </message>
</context>
<context>
    <name>ConsentHistoryModel</name>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="100"/>
        <source>Data e ora</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="101"/>
        <source>Atto</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="102"/>
        <source>Finalità</source>
        <translation>Purposes</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="103"/>
        <source>Operatore</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="104"/>
        <source>Note</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="331"/>
        <source>Caricamento…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="334"/>
        <source>Stato dell&apos;informativa e dei consensi</source>
        <translation>Privacy notice and consent status</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="337"/>
        <source>Registra &amp;informativa e consensi (Ctrl+I)</source>
        <translation>Record privacy notice and &amp;consents (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="340"/>
        <source>&amp;Revoca consenso (Ctrl+Shift+R)</source>
        <translation>&amp;Withdraw consent (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="343"/>
        <source>Stam&amp;pa modulo consenso (Ctrl+P)</source>
        <translation>&amp;Print consent form (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="353"/>
        <source>Storico dei consensi</source>
        <translation>Consent history</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="361"/>
        <source>&amp;Storico (nulla viene cancellato):</source>
        <translation>&amp;History (nothing is ever deleted):</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="411"/>
        <source>Informativa privacy non ancora consegnata.</source>
        <translation>Privacy notice not yet handed over.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="413"/>
        <source>Va registrata prima di aprire una presa in carico (Ctrl+I).</source>
        <translation>It must be recorded before a case can be opened (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="419"/>
        <source>Informativa consegnata il {0} (versione {1}): va consegnata quella nuova.</source>
        <translation>Privacy notice handed over on {0} (version {1}): the new version must be handed over.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="425"/>
        <source>Informativa consegnata il {0} (versione {1}).</source>
        <translation>Privacy notice handed over on {0} (version {1}).</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="431"/>
        <source>Consenso in vigore: {0}</source>
        <translation>Consent in force: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="435"/>
        <source>Nessun consenso: {0}</source>
        <translation>No consent: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="452"/>
        <source>Nessun consenso in vigore da revocare.</source>
        <translation>No consent in force to withdraw.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="460"/>
        <source>Informativa e consensi registrati.</source>
        <translation>Privacy notice and consents recorded.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="464"/>
        <source>Revoca registrata.</source>
        <translation>Withdrawal recorded.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="470"/>
        <source>Preparazione del modulo di consenso…</source>
        <translation>Preparing the consent form…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="483"/>
        <source>Modulo di consenso privacy</source>
        <translation>Privacy consent form</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="498"/>
        <source>Modulo non preparato: {0}</source>
        <translation>Could not prepare the form: {0}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../cotdesk/ui/crash_dialog.py" line="71"/>
        <source>cotdesk: errore imprevisto</source>
        <translation>cotdesk: unexpected error</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/crash_dialog.py" line="81"/>
        <source>Si è verificato un errore imprevisto in cotdesk. Il lavoro già salvato è al sicuro; l&apos;ultima operazione potrebbe non essere stata completata: controllarla prima di continuare.</source>
        <translation>cotdesk ran into an unexpected error. Work already saved is safe; the last operation may not have been completed: check it before going on.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/crash_dialog.py" line="90"/>
        <source>Per l&apos;assistenza: copiare il rapporto e inviarlo al referente informatico. Non contiene dati delle persone.</source>
        <translation>For support: copy the report and send it to your IT contact. It contains no data about people.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/crash_dialog.py" line="97"/>
        <source>Codice dell&apos;errore: {0} — {1}</source>
        <translation>Error code: {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/crash_dialog.py" line="108"/>
        <source>Rapporto di errore</source>
        <translation>Error report</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/crash_dialog.py" line="112"/>
        <source>&amp;Copia rapporto</source>
        <translation>&amp;Copy report</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/crash_dialog.py" line="113"/>
        <source>C&amp;ontinua</source>
        <translation>C&amp;ontinue</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/crash_dialog.py" line="114"/>
        <source>&amp;Esci da cotdesk</source>
        <translation>&amp;Quit cotdesk</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/crash_dialog.py" line="138"/>
        <source>Rapporto &amp;copiato</source>
        <translation>Report &amp;copied</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/crash_dialog.py" line="144"/>
        <source>Dopo questo errore se ne sono verificati altri: {0}.</source>
        <translation>More errors occurred after this one: {0}.</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="145"/>
        <source>Prova in locale</source>
        <translation>Try it locally</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="146"/>
        <source>Preparazione della rete dimostrativa (persone inventate).</source>
        <translation>Preparing the demo network (made-up people).</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="148"/>
        <source>Avanzamento</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="157"/>
        <source>Errore</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="158"/>
        <source>&amp;Riprova</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="187"/>
        <source>Creazione della rete dimostrativa…</source>
        <translation>Creating the demo network…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="208"/>
        <source>Persone create: {0} di {1}</source>
        <translation>People created: {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="211"/>
        <source>Preparazione dell&apos;indice di ricerca…</source>
        <translation>Preparing the search index…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="223"/>
        <source>La rete dimostrativa è pronta.</source>
        <translation>The demo network is ready.</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="468"/>
        <source>&lt;h2&gt;Enti partner&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Partner organisations&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="471"/>
        <source>Consultazione: modificare l&apos;elenco spetta all&apos;amministratore di rete.</source>
        <translation>Read only: the network administrator keeps the directory.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="488"/>
        <source>Avviso sui protocolli d&apos;intesa</source>
        <translation>Agreements notice</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="490"/>
        <source>Mostra in &amp;scadenza</source>
        <translation>Show &amp;expiring</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="491"/>
        <source>Mostra s&amp;caduti</source>
        <translation>Show &amp;lapsed</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="502"/>
        <source>Nome, codice fiscale, referente, telefono</source>
        <translation>Name, tax code, contact person, phone</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="503"/>
        <source>Filtra gli enti</source>
        <translation>Filter the partner organisations</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="506"/>
        <source>Filtra per tipologia</source>
        <translation>Filter by type</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="507"/>
        <source>Tutte le tipologie</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="512"/>
        <source>Filtra per settore</source>
        <translation>Filter by sector</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="513"/>
        <source>Tutti i settori</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="517"/>
        <source>Filtra per municipio servito</source>
        <translation>Filter by district served</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="518"/>
        <source>Tutti i municipi</source>
        <translation>All districts</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="523"/>
        <source>Filtra per stato del protocollo</source>
        <translation>Filter by agreement state</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="524"/>
        <source>Tutti i protocolli</source>
        <translation>All agreements</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="528"/>
        <source>&amp;Filtra:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="529"/>
        <source>&amp;Tipologia:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="530"/>
        <source>S&amp;ettore:</source>
        <translation>S&amp;ector:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="531"/>
        <source>&amp;Municipio:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="532"/>
        <source>&amp;Protocollo:</source>
        <translation>A&amp;greement:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="550"/>
        <source>Enti partner</source>
        <translation>Partner organisations</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="558"/>
        <source>Enti mostrati</source>
        <translation>Partner organisations shown</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="564"/>
        <source>Scheda dell&apos;ente</source>
        <translation>Partner organisation details</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="573"/>
        <source>Stato del protocollo</source>
        <translation>Agreement state</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="579"/>
        <source>Recapiti e municipi serviti</source>
        <translation>Contacts and districts served</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="582"/>
        <source>Nuovo ente… (Ins)</source>
        <translation>New partner… (Ins)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="583"/>
        <source>Modifica ente… (Ctrl+E)</source>
        <translation>Edit partner… (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="589"/>
        <source>&lt;b&gt;Protocolli d&apos;intesa&lt;/b&gt;</source>
        <translation>&lt;b&gt;Agreements&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="592"/>
        <source>Protocolli d&apos;intesa</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="597"/>
        <source>&amp;Rinnova protocollo… (Ctrl+R)</source>
        <translation>&amp;Renew agreement… (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="598"/>
        <source>Nuovo protocollo… (Ctrl+I)</source>
        <translation>New agreement… (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="604"/>
        <source>&lt;b&gt;Servizi offerti&lt;/b&gt;</source>
        <translation>&lt;b&gt;Services offered&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="607"/>
        <source>Servizi offerti</source>
        <translation>Services offered</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="612"/>
        <source>Nuovo servizio… (Ctrl+Ins)</source>
        <translation>New service… (Ctrl+Ins)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="613"/>
        <source>Modifica servizio… (Invio)</source>
        <translation>Edit service… (Enter)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="628"/>
        <source>Esito</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="630"/>
        <source>Importa HSDS… (Ctrl+O)</source>
        <translation>Import HSDS… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="631"/>
        <source>Salva come HSDS… (Ctrl+S)</source>
        <translation>Save as HSDS… (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="727"/>
        <source>Enti mostrati: {0}</source>
        <translation>Partner organisations shown: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="761"/>
        <source>tra {0} giorni</source>
        <translation>in {0} days</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="763"/>
        <source>dal {0}</source>
        <translation>since {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="767"/>
        <source>e altri {0}</source>
        <translation>and {0} more</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="773"/>
        <source>&lt;b&gt;Protocolli in scadenza entro 60 giorni: {0}&lt;/b&gt; — {1}</source>
        <translation>&lt;b&gt;Agreements expiring within 60 days: {0}&lt;/b&gt; — {1}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="780"/>
        <source>&lt;b&gt;Protocolli scaduti: {0}&lt;/b&gt; (i loro servizi sono segnalati agli operatori) — {1}</source>
        <translation>&lt;b&gt;Lapsed agreements: {0}&lt;/b&gt; (their services are flagged to the operators) — {1}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="832"/>
        <source>&lt;i&gt;Nessun ente scelto.&lt;/i&gt;</source>
        <translation>&lt;i&gt;No partner organisation chosen.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="843"/>
        <source>⚠ Protocollo d&apos;intesa: {0}. I servizi di questo ente sono segnalati agli operatori quando li propongono.</source>
        <translation>⚠ Agreement: {0}. This partner organisation&apos;s services are flagged to operators when they offer them.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="849"/>
        <source>Protocollo d&apos;intesa: {0}</source>
        <translation>Agreement: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="855"/>
        <source>tutta la città</source>
        <translation>the whole city</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="859"/>
        <source>Tipologia</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="862"/>
        <source>Municipi serviti</source>
        <translation>Districts served</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="863"/>
        <source>Sede</source>
        <translation>Seat</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="864"/>
        <source>Telefono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="865"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="866"/>
        <source>Sito web</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="867"/>
        <source>Referente</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="868"/>
        <source>Codice fiscale / P. IVA</source>
        <translation>Tax code / VAT no.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="869"/>
        <source>Note</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="870"/>
        <source>Identificativo HSDS</source>
        <translation>HSDS identifier</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="930"/>
        <location filename="../../cotdesk/ui/directory_page.py" line="935"/>
        <source>Ente salvato.</source>
        <translation>Partner organisation saved.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="942"/>
        <source>Protocollo d&apos;intesa registrato.</source>
        <translation>Agreement recorded.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="952"/>
        <source>Rinnovo</source>
        <translation>Renewal</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="953"/>
        <source>Questo ente non ha protocolli da rinnovare: registrarne uno nuovo.</source>
        <translation>This partner organisation has no agreement to renew: record a new one.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="958"/>
        <source>Protocollo d&apos;intesa rinnovato.</source>
        <translation>Agreement renewed.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="966"/>
        <location filename="../../cotdesk/ui/directory_page.py" line="974"/>
        <source>Servizio salvato.</source>
        <translation>Service saved.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="983"/>
        <source>Importa un pacchetto HSDS</source>
        <translation>Import an HSDS package</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="985"/>
        <source>Pacchetto HSDS (*.zip datapackage.json *.csv)</source>
        <translation>HSDS package (*.zip datapackage.json *.csv)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="994"/>
        <source>Cartella in cui salvare il pacchetto HSDS</source>
        <translation>Folder to save the HSDS package in</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="1006"/>
        <source>Lettura del pacchetto {0}…</source>
        <translation>Reading the package {0}…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="1015"/>
        <source>Importazione annullata: nessuna modifica.</source>
        <translation>Import cancelled: nothing changed.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="1036"/>
        <source>Pacchetto importato: enti e servizi creati {0}, aggiornati {1}, saltati {2}.</source>
        <translation>Package imported: partner organisations and services created {0}, updated {1}, skipped {2}.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="1040"/>
        <source>Nessuna modifica salvata: il pacchetto ha errori.</source>
        <translation>Nothing saved: the package has errors.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="1054"/>
        <source>Salvati {0} enti e {1} servizi come HSDS 3.0 in {2}.</source>
        <translation>Saved {0} partner organisations and {1} services as HSDS 3.0 in {2}.</translation>
    </message>
</context>
<context>
    <name>DistrictModel</name>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="125"/>
        <source>Municipio</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="125"/>
        <source>Totale persone</source>
        <translation>Total people</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <location filename="../../cotdesk/ui/drafts.py" line="237"/>
        <source>&amp;Riprendi la bozza del {0} alle {1}</source>
        <translation>&amp;Resume the draft from {0} at {1}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/drafts.py" line="239"/>
        <source>Riprendi la bozza</source>
        <translation>Resume the draft</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/drafts.py" line="241"/>
        <source>Scarta la &amp;bozza e ricomincia</source>
        <translation>Discard the draft and start a&amp;fresh</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/drafts.py" line="242"/>
        <source>Scarta la bozza</source>
        <translation>Discard the draft</translation>
    </message>
</context>
<context>
    <name>DuplicateModel</name>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="238"/>
        <source>Cognome</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="239"/>
        <source>Nome</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="240"/>
        <source>Data di nascita</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="241"/>
        <source>Codice</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="242"/>
        <source>Telefono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="243"/>
        <source>Perché sembra la stessa persona</source>
        <translation>Why it looks like the same person</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="55"/>
        <source>Registra la postazione sul server di sincronizzazione</source>
        <translation>Enroll this desk with the sync server</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="60"/>
        <source>Indicare l&apos;indirizzo del server e il codice di attivazione forniti dall&apos;amministratore di rete. Prima di registrare, verificare il server e confrontare l&apos;impronta del suo certificato.</source>
        <translation>Enter the server address and the enrollment code given by the network administrator. Before enrolling, check the server and compare its certificate&apos;s fingerprint.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="69"/>
        <source>Indirizzo del server</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="71"/>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="231"/>
        <source>Postazione</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="72"/>
        <source>Nome della postazione</source>
        <translation>Desk name</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="75"/>
        <source>Codice di attivazione</source>
        <translation>Enrollment code</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="77"/>
        <source>facoltativa: 3A:F1:…</source>
        <translation>optional: 3A:F1:…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="78"/>
        <source>Impronta attesa</source>
        <translation>Expected fingerprint</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="81"/>
        <source>&amp;Verifica server</source>
        <translation>&amp;Check server</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="89"/>
        <source>Impronta SHA-256 del certificato</source>
        <translation>Certificate SHA-256 fingerprint</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="93"/>
        <source>Ho &amp;confrontato l&apos;impronta con quella dell&apos;amministratore: è identica</source>
        <translation>I have &amp;compared the fingerprint with the administrator&apos;s: it is identical</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="100"/>
        <source>Errore</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="103"/>
        <source>&amp;Indirizzo del server:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="104"/>
        <source>&amp;Nome della postazione:</source>
        <translation>Desk &amp;name:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="105"/>
        <source>C&amp;odice di attivazione:</source>
        <translation>Enrollment c&amp;ode:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="106"/>
        <source>Impronta &amp;attesa:</source>
        <translation>E&amp;xpected fingerprint:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="108"/>
        <source>Impronta SHA-256:</source>
        <translation>SHA-256 fingerprint:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="114"/>
        <source>&amp;Registra</source>
        <translation>&amp;Enroll</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="138"/>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="261"/>
        <source>(verificare il server)</source>
        <translation>(check the server)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="174"/>
        <source>Indicare l&apos;indirizzo del server (https://…).</source>
        <translation>Enter the server address (https://…).</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="178"/>
        <source>Verifica in corso…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="201"/>
        <source>L&apos;impronta corrisponde a quella indicata: il server è quello atteso.</source>
        <translation>The fingerprint matches the one entered: this is the expected server.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="205"/>
        <source>Il certificato è riconosciuto dal sistema (autorità di certificazione).</source>
        <translation>The certificate is trusted by the system (certificate authority).</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="210"/>
        <source>Certificato autofirmato, non riconosciuto dal sistema: confrontare l&apos;impronta con quella fornita dall&apos;amministratore di rete, carattere per carattere, prima di registrare.</source>
        <translation>Self-signed certificate, not trusted by the system: compare the fingerprint with the one given by the network administrator, character by character, before enrolling.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="228"/>
        <source>Indicare il codice di attivazione (es. ABCD-EFGH-JKLM).</source>
        <translation>Enter the enrollment code (e.g. ABCD-EFGH-JKLM).</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="256"/>
        <source>Errore imprevisto ({0}): nessuna modifica alla postazione.</source>
        <translation>Unexpected error ({0}): nothing changed on this desk.</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <location filename="../../cotdesk/ui/gdpr_dialogs.py" line="164"/>
        <source>Cancella i dati della persona (art. 17)</source>
        <translation>Erase the person&apos;s data (art. 17)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/gdpr_dialogs.py" line="175"/>
        <source>Motivo della cancellazione</source>
        <translation>Reason for the erasure</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/gdpr_dialogs.py" line="177"/>
        <source>ad esempio: richiesta dell&apos;interessato del 20/11/2026, prot. 123</source>
        <translation>e.g.: request of the data subject of 20/11/2026, ref. 123</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/gdpr_dialogs.py" line="179"/>
        <source>&amp;Motivo (senza il nome della persona):</source>
        <translation>&amp;Reason (without the person&apos;s name):</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/gdpr_dialogs.py" line="193"/>
        <source>&lt;b&gt;La cancellazione non si può annullare.&lt;/b&gt; Per confermare, scrivere il cognome della persona: &lt;b&gt;{0}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;The erasure cannot be undone.&lt;/b&gt; To confirm, type the person&apos;s surname: &lt;b&gt;{0}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/gdpr_dialogs.py" line="200"/>
        <source>Cognome per conferma</source>
        <translation>Surname to confirm</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/gdpr_dialogs.py" line="213"/>
        <source>&amp;Avanti</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/gdpr_dialogs.py" line="216"/>
        <source>Cancella &amp;definitivamente</source>
        <translation>Erase &amp;permanently</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/gdpr_dialogs.py" line="249"/>
        <source>Scrivere il motivo della cancellazione (almeno 10 caratteri).</source>
        <translation>Write the reason for the erasure (at least 10 characters).</translation>
    </message>
    <message>
        <source>appartenenze a nuclei familiari</source>
        <translation>household memberships</translation>
    </message>
    <message>
        <source>atti di informativa e consenso</source>
        <translation>privacy notice and consent acts</translation>
    </message>
    <message>
        <source>bisogni senza risposta</source>
        <translation>unmet needs</translation>
    </message>
    <message>
        <source>bisogni valutati</source>
        <translation>assessed needs</translation>
    </message>
    <message>
        <source>i nuclei familiari degli altri componenti</source>
        <translation>the households of the other members</translation>
    </message>
    <message>
        <source>il registro accessi, che contiene solo identificativi e non dati della persona, con la registrazione della cancellazione (motivo e quantità, senza il nome)</source>
        <translation>the access log, which holds only identifiers and no data of the person, with the record of the erasure (reason and counts, without the name)</translation>
    </message>
    <message>
        <source>invii</source>
        <translation>referrals</translation>
    </message>
    <message>
        <source>le statistiche anonime della rete (prese in carico, invii e bisogni senza risposta senza nome, codici, date di nascita, recapiti né testi)</source>
        <translation>the network&apos;s anonymous statistics (cases, referrals and unmet needs without name, codes, birth dates, contacts or texts)</translation>
    </message>
    <message>
        <source>nuclei familiari senza altri componenti</source>
        <translation>households with no other member</translation>
    </message>
    <message>
        <source>prese in carico</source>
        <translation>cases</translation>
    </message>
    <message>
        <source>punti di riunioni d&apos;équipe</source>
        <translation>team meeting agenda items</translation>
    </message>
    <message>
        <source>rettifiche</source>
        <translation>corrections</translation>
    </message>
    <message>
        <source>scheda della persona</source>
        <translation>the person&apos;s record</translation>
    </message>
    <message>
        <source>valutazioni del bisogno</source>
        <translation>need assessments</translation>
    </message>
    <message>
        <source>voci del diario</source>
        <translation>diary entries</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../cotdesk/ui/gdpr_dialogs.py" line="78"/>
        <source>Esporta i dati della persona (art. 15)</source>
        <translation>Export the person&apos;s data (art. 15)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/gdpr_dialogs.py" line="82"/>
        <source>Tutti i dati della persona presenti su questa postazione (anagrafica, consensi, prese in carico, valutazioni, diario, invii, registro degli accessi) in due file: JSON (leggibile da un programma) e PDF (da consegnare). I file contengono dati sensibili: consegnarli solo alla persona o a chi la rappresenta. L&apos;esportazione è registrata.</source>
        <translation>All the person&apos;s data held on this desk (registry, consents, cases, assessments, diary, referrals, access log) in two files: JSON (machine-readable) and PDF (to hand over). The files hold sensitive data: give them only to the person or their representative. The export is logged.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/gdpr_dialogs.py" line="95"/>
        <location filename="../../cotdesk/ui/gdpr_dialogs.py" line="122"/>
        <source>Cartella</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/gdpr_dialogs.py" line="96"/>
        <source>S&amp;foglia…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/gdpr_dialogs.py" line="102"/>
        <source>&amp;Cartella:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/gdpr_dialogs.py" line="109"/>
        <source>&amp;Esporta</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/gdpr_dialogs.py" line="129"/>
        <source>La cartella non esiste: sceglierne un&apos;altra.</source>
        <translation>The folder does not exist: choose another one.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="423"/>
        <source>cotdesk — Prima configurazione</source>
        <translation>cotdesk — First set-up</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="428"/>
        <source>&lt; In&amp;dietro</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="429"/>
        <location filename="../../cotdesk/ui/first_run.py" line="430"/>
        <source>Avan&amp;ti &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="431"/>
        <source>&amp;Fine: accesso</source>
        <translation>&amp;Finish: log in</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="432"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="482"/>
        <source>«{0}» ({1})</source>
        <translation>«{0}» ({1})</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="486"/>
        <source>Rete dimostrativa: persone e dati inventati. Accedere con la password «{0}», ad esempio come {1}.</source>
        <translation>Demo network: made-up people and data. Log in with the password «{0}», for example as {1}.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="533"/>
        <source>Avviso</source>
        <translation>Notice</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="234"/>
        <source>Prossimo contatto</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="240"/>
        <source>Data del prossimo contatto</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="245"/>
        <source>&amp;Data del prossimo contatto:</source>
        <translation>Follow-up &amp;date:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="249"/>
        <source>Tra &amp;1 settimana</source>
        <translation>In &amp;1 week</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="250"/>
        <source>Tra &amp;2 settimane</source>
        <translation>In &amp;2 weeks</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="251"/>
        <source>Tra 1 &amp;mese</source>
        <translation>In 1 &amp;month</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="261"/>
        <source>Errore nella data</source>
        <translation>Error in the date</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="265"/>
        <source>Salva</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="268"/>
        <source>Nessun prossimo contatto</source>
        <translation>No follow-up</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="271"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="291"/>
        <source>La data del prossimo contatto non può essere nel passato.</source>
        <translation>The follow-up date cannot be in the past.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../cotdesk/ui/home.py" line="55"/>
        <source>Cerca: cognome e nome, codice fiscale, STP/ENI, telefono o data di nascita</source>
        <translation>Search: surname and first name, codice fiscale, STP/ENI, phone or date of birth</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/home.py" line="57"/>
        <source>Cerca persona</source>
        <translation>Search for a person</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/home.py" line="64"/>
        <source>&amp;Nuova persona (Ctrl+N)</source>
        <translation>&amp;New person (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/home.py" line="65"/>
        <source>Registra una nuova persona</source>
        <translation>Register a new person</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/home.py" line="71"/>
        <source>Risultati della ricerca</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/home.py" line="84"/>
        <source>Esito della ricerca</source>
        <translation>Search outcome</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/home.py" line="142"/>
        <source>Nessuna persona trovata per «{0}». Premere Ctrl+N per registrarla.</source>
        <translation>Nobody found for ‘{0}’. Press Ctrl+N to register the person.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/home.py" line="146"/>
        <source>Una persona trovata. Invio apre la sua scheda.</source>
        <translation>One person found. Enter opens their record.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/home.py" line="150"/>
        <source>Le prime {0} persone trovate: aggiungere il nome o la data di nascita per restringere. Invio apre la prima, ↓ per scegliere.</source>
        <translation>The first {0} people found: add the first name or the date of birth to narrow it down. Enter opens the first, ↓ to choose.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/home.py" line="156"/>
        <source>{0} persone trovate. Invio apre la prima, ↓ per scegliere.</source>
        <translation>{0} found. Enter opens the first, ↓ to choose.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/home.py" line="165"/>
        <source>Ricerca non riuscita: {0}</source>
        <translation>Search failed: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/home.py" line="169"/>
        <source>Scrivere il cognome (anche solo l&apos;inizio) e il nome, in qualsiasi ordine; oppure il codice fiscale, il codice STP/ENI, il telefono o la data di nascita (gg/mm/aaaa). Invio apre la scheda della persona.</source>
        <translation>Type the surname (even just the beginning) and the first name, in any order; or the codice fiscale, the STP/ENI code, the phone number or the date of birth (dd/mm/yyyy). Enter opens the person&apos;s record.</translation>
    </message>
</context>
<context>
    <name>HouseholdModel</name>
    <message>
        <location filename="../../cotdesk/ui/household.py" line="65"/>
        <source>Cognome</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/household.py" line="66"/>
        <source>Nome</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/household.py" line="67"/>
        <source>Relazione</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/household.py" line="68"/>
        <source>Data di nascita</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/household.py" line="69"/>
        <source>Età</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/household.py" line="88"/>
        <source>{0} (questa persona)</source>
        <translation>{0} (this person)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="1071"/>
        <source>Importazione HSDS: anteprima</source>
        <translation>HSDS import: preview</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="1079"/>
        <source>Da creare: {0} · da aggiornare: {1} · saltati: {2} · invariati: {3} · problemi: {4}</source>
        <translation>To create: {0} · to update: {1} · skipped: {2} · unchanged: {3} · problems: {4}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="1094"/>
        <source>Resoconto dell&apos;importazione</source>
        <translation>Import report</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="1099"/>
        <source>&amp;Importa</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="1101"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>(vuoto)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>A pagamento</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Accedere con le proprie credenziali per modificare le impostazioni.</source>
        <translation>Log in with your own credentials to change the settings.</translation>
    </message>
    <message>
        <source>Accesso</source>
        <translation>Log-in</translation>
    </message>
    <message>
        <source>Accesso diretto allo sportello</source>
        <translation>Walk-in at the desk</translation>
    </message>
    <message>
        <source>Accesso non riuscito</source>
        <translation>Failed log-in</translation>
    </message>
    <message>
        <source>Accesso riservato (motivato)</source>
        <translation>Restricted access (with reason)</translation>
    </message>
    <message>
        <source>Accettato</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Aggiunta a mano</source>
        <translation>Added by hand</translation>
    </message>
    <message>
        <source>Alta</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Altro telefono</source>
        <translation>Other phone</translation>
    </message>
    <message>
        <source>Amministratore di rete</source>
        <translation>Network administrator</translation>
    </message>
    <message>
        <source>Annullato</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Aperta</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Assegnazione</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <source>Assistenza</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Avvisi</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Bassa</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Bisogno rilevato</source>
        <translation>Assessed need</translation>
    </message>
    <message>
        <source>Bisogno senza risposta</source>
        <translation>Unmet need</translation>
    </message>
    <message>
        <source>Blocco dopo inattività</source>
        <translation>Lock after inactivity</translation>
    </message>
    <message>
        <source>Bozza</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>CAP</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Chiusa</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Chiusura richiesta</source>
        <translation>Closure requested</translation>
    </message>
    <message>
        <source>Cittadinanza</source>
        <translation>Citizenship</translation>
    </message>
    <message>
        <source>Codice STP/ENI</source>
        <translation>STP/ENI code</translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Cognome</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Colloquio</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Compartecipazione alla spesa</source>
        <translation>Co-payment</translation>
    </message>
    <message>
        <source>Componente del nucleo</source>
        <translation>Household member</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Concluso</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Consenso</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Consenso privacy</source>
        <translation>Privacy consent</translation>
    </message>
    <message>
        <source>Conservazione dei dati</source>
        <translation>Data retention</translation>
    </message>
    <message>
        <source>Consultazione</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Coordinatore</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Copie giornaliere da conservare</source>
        <translation>Daily backups to keep</translation>
    </message>
    <message>
        <source>Copie settimanali da conservare</source>
        <translation>Weekly backups to keep</translation>
    </message>
    <message>
        <source>Data di nascita</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Dati e copie di sicurezza</source>
        <translation>Data and backups</translation>
    </message>
    <message>
        <source>Decisione</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Dettaglio dei file di log</source>
        <translation>Log file detail</translation>
    </message>
    <message>
        <source>Diagnostica</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Diario</source>
        <translation>Case log</translation>
    </message>
    <message>
        <source>Dopo le copie giornaliere, per quante settimane tenere una copia alla settimana; le più vecchie vengono eliminate.</source>
        <translation>After the daily backups, for how many weeks to keep one backup a week; older ones are deleted.</translation>
    </message>
    <message>
        <source>Dopo quanti giorni senza risposta dell&apos;ente partner un invio compare nella coda del coordinatore. Vale per tutto lo sportello.</source>
        <translation>After how many days without an answer from the partner organisation a referral appears in the coordinator&apos;s queue. Applies to the whole desk.</translation>
    </message>
    <message>
        <source>Dopo quanti minuti senza usare tastiera e mouse lo schermo si blocca e chiede di nuovo la password, perché nessuno veda i dati delle persone.</source>
        <translation>After how many minutes without keyboard or mouse the screen locks and asks for the password again, so that nobody sees people&apos;s data.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Ente partner</source>
        <translation>Partner organisation</translation>
    </message>
    <message>
        <source>Esportazione</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Evento della presa in carico</source>
        <translation>Case event</translation>
    </message>
    <message>
        <source>Giorni per la risposta dell&apos;ente</source>
        <translation>Days for the partner&apos;s answer</translation>
    </message>
    <message>
        <source>Gratuito</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Grave</source>
        <translation>Severe</translation>
    </message>
    <message>
        <source>Gravissimo</source>
        <translation>Very severe</translation>
    </message>
    <message>
        <source>In carico</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>In corso</source>
        <translation>Under way</translation>
    </message>
    <message>
        <source>In preparazione</source>
        <translation>Being prepared</translation>
    </message>
    <message>
        <source>In scadenza</source>
        <translation>Expiring</translation>
    </message>
    <message>
        <source>In vigore</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Indirizzo</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Informale</source>
        <translation>Informal</translation>
    </message>
    <message>
        <source>Inserimento</source>
        <translation>Creation</translation>
    </message>
    <message>
        <source>Installazione</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Interfaccia</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Interrotto</source>
        <translation>Interrupted</translation>
    </message>
    <message>
        <source>Intervallo di sincronizzazione</source>
        <translation>Synchronisation interval</translation>
    </message>
    <message>
        <source>Inviato</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Invio</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Invio senza risposta</source>
        <translation>Referral without an answer</translation>
    </message>
    <message>
        <source>Isolamento sociale (nessuna rete di sostegno)</source>
        <translation>Social isolation (no support network)</translation>
    </message>
    <message>
        <source>Italiano</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>La lingua di menu, finestre e messaggi di cotdesk su questa postazione. Le lettere e i moduli per le persone restano in italiano.</source>
        <translation>The language of cotdesk&apos;s menus, windows and messages on this workstation. Letters and forms for people stay in Italian.</translation>
    </message>
    <message>
        <source>Lieve</source>
        <translation>Mild</translation>
    </message>
    <message>
        <source>Lingua dell&apos;interfaccia</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Lingue</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Luogo di nascita</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Minori nel nucleo familiare</source>
        <translation>Minors in the household</translation>
    </message>
    <message>
        <source>Moderato</source>
        <translation>Moderate</translation>
    </message>
    <message>
        <source>Modifica</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Municipio</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Nessun protocollo</source>
        <translation>No agreement</translation>
    </message>
    <message>
        <source>Nessun reddito</source>
        <translation>No income</translation>
    </message>
    <message>
        <source>Nome</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Nome del nucleo</source>
        <translation>Household name</translation>
    </message>
    <message>
        <source>Non ancora in vigore</source>
        <translation>Not yet in force</translation>
    </message>
    <message>
        <source>Normale</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Nucleo familiare</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Ogni quanti minuti la postazione invia le modifiche al server della rete e riceve quelle degli altri sportelli (se è collegata a un server).</source>
        <translation>How often, in minutes, the workstation sends its changes to the network&apos;s server and receives those of the other desks (if it is linked to a server).</translation>
    </message>
    <message>
        <source>Operatore</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Operatore assegnato</source>
        <translation>Assigned worker</translation>
    </message>
    <message>
        <source>Operatore di sportello</source>
        <translation>Desk worker</translation>
    </message>
    <message>
        <source>Over 75 che vive solo/a</source>
        <translation>Over 75 living alone</translation>
    </message>
    <message>
        <source>Per quanti anni dalla chiusura della presa in carico si conservano i dati di una persona, come stabilito dal titolare del trattamento. Vale per tutte le postazioni dello sportello e si imposta sul server della rete.</source>
        <translation>For how many years after a case is closed a person&apos;s data is kept, as decided by the data controller. Applies to every desk of the office and is set on the network&apos;s server.</translation>
    </message>
    <message>
        <source>Per quanti giorni tenere la copia di sicurezza quotidiana del database (la più recente di ogni giorno) nella cartella backups.</source>
        <translation>For how many days to keep the database&apos;s daily backup (the newest of each day) in the backups folder.</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Persona con disabilità</source>
        <translation>Person with a disability</translation>
    </message>
    <message>
        <source>Piattaforma Qt</source>
        <translation>Qt platform</translation>
    </message>
    <message>
        <source>Postazione</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Presa in carico</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Prese in carico e invii</source>
        <translation>Cases and referrals</translation>
    </message>
    <message>
        <source>Priorità</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Privato</source>
        <translation>Private</translation>
    </message>
    <message>
        <source>Prossimo contatto</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Prossimo contatto scaduto</source>
        <translation>Follow-up overdue</translation>
    </message>
    <message>
        <source>Protocollo d&apos;intesa</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Pubblico</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Punto della riunione</source>
        <translation>Meeting item</translation>
    </message>
    <message>
        <source>Può modificarla solo il coordinatore o l&apos;amministratore di rete.</source>
        <translation>Only the coordinator or the network administrator may change it.</translation>
    </message>
    <message>
        <source>Può modificarla solo l&apos;amministratore di rete.</source>
        <translation>Only the network administrator may change it.</translation>
    </message>
    <message>
        <source>Quanto scrivere nei file di log della postazione (mai dati personali). «Diagnostica» solo su richiesta dell&apos;assistenza.</source>
        <translation>How much to write in the workstation&apos;s log files (never personal data). «Diagnostic» only when support asks for it.</translation>
    </message>
    <message>
        <source>Questa postazione non è ancora collegata a uno sportello.</source>
        <translation>This workstation is not yet linked to a desk.</translation>
    </message>
    <message>
        <source>Registra le istruzioni SQL</source>
        <translation>Log SQL statements</translation>
    </message>
    <message>
        <source>Registrazione sul server annullata</source>
        <translation>Un-enrolled from the server</translation>
    </message>
    <message>
        <source>Registro accessi</source>
        <translation>Access log</translation>
    </message>
    <message>
        <source>Religioso</source>
        <translation>Religious</translation>
    </message>
    <message>
        <source>Rifiutato dall&apos;ente</source>
        <translation>Declined by the partner</translation>
    </message>
    <message>
        <source>Riservatezza</source>
        <translation>Restriction</translation>
    </message>
    <message>
        <source>Riunione d&apos;équipe</source>
        <translation>Team meeting</translation>
    </message>
    <message>
        <source>Salvata da una versione più recente di cotdesk.</source>
        <translation>Saved by a newer version of cotdesk.</translation>
    </message>
    <message>
        <source>Scadenza</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Scaduto</source>
        <translation>Lapsed</translation>
    </message>
    <message>
        <source>Scrive nei log le istruzioni inviate al database, senza i valori. Solo su richiesta dell&apos;assistenza: rallenta la postazione.</source>
        <translation>Writes the statements sent to the database to the logs, without the values. Only when support asks for it: it slows the workstation down.</translation>
    </message>
    <message>
        <source>Segnalata per la riunione</source>
        <translation>Flagged for the meeting</translation>
    </message>
    <message>
        <source>Segnalazione dei servizi sociali o sanitari</source>
        <translation>Referred by social or health services</translation>
    </message>
    <message>
        <source>Segnalazione della parrocchia</source>
        <translation>Referred by a parish</translation>
    </message>
    <message>
        <source>Segnalazione della scuola</source>
        <translation>Referred by a school</translation>
    </message>
    <message>
        <source>Segnalazione di un ente partner</source>
        <translation>Referred by a partner organisation</translation>
    </message>
    <message>
        <source>Senza dimora</source>
        <translation>Homeless</translation>
    </message>
    <message>
        <source>Senza fissa dimora</source>
        <translation>No fixed abode</translation>
    </message>
    <message>
        <source>Senza permesso di soggiorno</source>
        <translation>No residence permit</translation>
    </message>
    <message>
        <source>Senza risposta</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>Servizio</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Sesso</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Sicurezza</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Sincronizzazione</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Sintesi</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Sistema</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Solo errori</source>
        <translation>Errors only</translation>
    </message>
    <message>
        <source>Sospesa</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Sportello</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Stampa</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Telefonata</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>Telefono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Terzo settore</source>
        <translation>Third sector</translation>
    </message>
    <message>
        <source>Urgente</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Vale per tutto lo sportello e arriva dal server della rete.</source>
        <translation>Applies to the whole desk and comes from the network&apos;s server.</translation>
    </message>
    <message>
        <source>Valutazione</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Valutazione del bisogno</source>
        <translation>Needs assessment</translation>
    </message>
    <message>
        <source>Violenza o maltrattamento</source>
        <translation>Violence or abuse</translation>
    </message>
    <message>
        <source>accesso al database</source>
        <translation>database access</translation>
    </message>
    <message>
        <source>aggiornamento dello schema del database</source>
        <translation>database schema upgrades</translation>
    </message>
    <message>
        <source>altra postazione</source>
        <translation>another desk</translation>
    </message>
    <message>
        <source>anni</source>
        <translation>years</translation>
    </message>
    <message>
        <source>anteprima delle lettere e grafici</source>
        <translation>letter preview and charts</translation>
    </message>
    <message>
        <source>caratteri delle lettere</source>
        <translation>letter fonts</translation>
    </message>
    <message>
        <source>cartelle dell&apos;utente</source>
        <translation>user folders</translation>
    </message>
    <message>
        <source>certificati</source>
        <translation>certificates</translation>
    </message>
    <message>
        <source>chiavi nel portachiavi del sistema</source>
        <translation>keys in the system keyring</translation>
    </message>
    <message>
        <source>cifratura del database</source>
        <translation>database encryption</translation>
    </message>
    <message>
        <source>codice fiscale e dati ANPR di comuni e stati esteri</source>
        <translation>codice fiscale and ANPR data on municipalities and foreign states</translation>
    </message>
    <message>
        <source>collegamento Python–Qt</source>
        <translation>Python–Qt binding</translation>
    </message>
    <message>
        <source>collegamento al server della rete</source>
        <translation>connection to the network&apos;s server</translation>
    </message>
    <message>
        <source>eliminazione</source>
        <translation>deletion</translation>
    </message>
    <message>
        <source>fuso orario Europe/Rome</source>
        <translation>Europe/Rome time zone</translation>
    </message>
    <message>
        <source>giorni</source>
        <translation>days</translation>
    </message>
    <message>
        <source>immagini per i PDF</source>
        <translation>images in PDFs</translation>
    </message>
    <message>
        <source>inserimento</source>
        <translation>insertion</translation>
    </message>
    <message>
        <source>interfaccia grafica (Qt, librerie sostituibili)</source>
        <translation>graphical interface (Qt, replaceable libraries)</translation>
    </message>
    <message>
        <source>lettere e moduli PDF</source>
        <translation>PDF letters and forms</translation>
    </message>
    <message>
        <source>librerie Qt usate da PySide6</source>
        <translation>Qt libraries used by PySide6</translation>
    </message>
    <message>
        <source>linguaggio e libreria standard</source>
        <translation>language and standard library</translation>
    </message>
    <message>
        <source>minuti</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>modifica</source>
        <translation>change</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>programma installato</source>
        <translation>installed program</translation>
    </message>
    <message>
        <source>protocollo di sincronizzazione</source>
        <translation>synchronisation protocol</translation>
    </message>
    <message>
        <source>questa postazione</source>
        <translation>this desk</translation>
    </message>
    <message>
        <source>questo programma</source>
        <translation>this program</translation>
    </message>
    <message>
        <source>settimane</source>
        <translation>weeks</translation>
    </message>
    <message>
        <source>sorgenti</source>
        <translation>source checkout</translation>
    </message>
    <message>
        <source>sì</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>LetterPreviewDialog</name>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="347"/>
        <source>Lettera di invio</source>
        <translation>Referral letter</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="349"/>
        <source>Lettere di invio</source>
        <translation>Referral letters</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="357"/>
        <source>Preparazione della lettera…</source>
        <translation>Preparing the letter…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="373"/>
        <source>Lettera di invio {0} — {1}</source>
        <translation>Referral letter {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="375"/>
        <source>Lettera di invio {0}.pdf</source>
        <translation>Referral letter {0}.pdf</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="378"/>
        <source>Lettere di invio ({0})</source>
        <translation>Referral letters ({0})</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="380"/>
        <source>Lettere di invio {0} e altre.pdf</source>
        <translation>Referral letters {0} and others.pdf</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="390"/>
        <source>La lettera non si può preparare: {0}</source>
        <translation>The letter cannot be prepared: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="404"/>
        <source>Salvato in {0}</source>
        <translation>Saved to {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="414"/>
        <source>Documento prodotto, ma non registrato nel registro accessi: {0}</source>
        <translation>Document produced, but not recorded in the access log: {0}</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="136"/>
        <source>cotdesk — schermo bloccato</source>
        <translation>cotdesk — screen locked</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="149"/>
        <source>Operatore: {0}</source>
        <translation>Operator: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="150"/>
        <source>Operatore</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="152"/>
        <source>&amp;PIN o password:</source>
        <translation>&amp;PIN or password:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="152"/>
        <source>&amp;Password (nessun PIN impostato):</source>
        <translation>&amp;Password (no PIN set):</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="156"/>
        <source>PIN o password</source>
        <translation>PIN or password</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="163"/>
        <source>Messaggio di sblocco</source>
        <translation>Unlock message</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="164"/>
        <location filename="../../cotdesk/ui/lock_screen.py" line="271"/>
        <source>&amp;Sblocca</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="166"/>
        <source>&amp;Cambia operatore</source>
        <translation>&amp;Change operator</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="167"/>
        <source>Cambia operatore</source>
        <translation>Change operator</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="226"/>
        <source>Scrivere il PIN o la password.</source>
        <translation>Type the PIN or the password.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="262"/>
        <source>Riprovare ora.</source>
        <translation>Try again now.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="265"/>
        <source>Attendere {0} s</source>
        <translation>Wait {0} s</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../cotdesk/ui/login.py" line="26"/>
        <source>cotdesk — Accesso</source>
        <translation>cotdesk — Log in</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/login.py" line="31"/>
        <source>Nome utente</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/login.py" line="34"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/login.py" line="38"/>
        <source>Errore di accesso</source>
        <translation>Log-in error</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/login.py" line="41"/>
        <source>&amp;Nome utente:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/login.py" line="42"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/login.py" line="47"/>
        <source>Accedi</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/login.py" line="49"/>
        <source>Esci</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="33"/>
        <source>cotdesk — {0}</source>
        <translation>cotdesk — {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="78"/>
        <source>&amp;Cerca persona</source>
        <translation>&amp;Find person</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="80"/>
        <source>&amp;Nuova persona</source>
        <translation>&amp;New person</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="84"/>
        <source>&amp;Esci</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="86"/>
        <source>Code di &amp;lavoro</source>
        <translation>Work &amp;queues</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="88"/>
        <source>&amp;Sportello</source>
        <translation>&amp;Desk</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="95"/>
        <source>Registro &amp;accessi</source>
        <translation>&amp;Access log</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="100"/>
        <location filename="../../cotdesk/ui/main_window.py" line="105"/>
        <location filename="../../cotdesk/ui/main_window.py" line="107"/>
        <source>&amp;Coordinamento</source>
        <translation>&amp;Coordination</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="101"/>
        <source>&amp;Statistiche</source>
        <translation>&amp;Statistics</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="106"/>
        <source>&amp;Riunione d&apos;équipe</source>
        <translation>&amp;Team meeting</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="108"/>
        <source>Enti &amp;partner</source>
        <translation>&amp;Partner organisations</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="109"/>
        <source>&amp;Rete</source>
        <translation>&amp;Network</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="110"/>
        <source>&amp;Impostazioni…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="111"/>
        <location filename="../../cotdesk/ui/selftest_gui.py" line="62"/>
        <source>&amp;Strumenti</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="112"/>
        <source>&amp;Informazioni su cotdesk</source>
        <translation>&amp;About cotdesk</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="113"/>
        <source>&amp;Aiuto</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="117"/>
        <source>nessun operatore</source>
        <translation>no worker signed in</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="121"/>
        <source>Sportello e operatore</source>
        <translation>Office and worker</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="124"/>
        <source>Sincronizzazione: non configurata</source>
        <translation>Sync: not set up</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="125"/>
        <source>Stato della sincronizzazione</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="134"/>
        <source>Persone: {0} · prese in carico aperte: {1}</source>
        <translation>People: {0} · open cases: {1}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="139"/>
        <source>Modifiche da inviare: {0}</source>
        <translation>Changes to send: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="159"/>
        <source>Accedere con le proprie credenziali per aprire una scheda.</source>
        <translation>Log in with your own credentials to open a record.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="181"/>
        <source>Dati della persona cancellati.</source>
        <translation>The person&apos;s data was erased.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="205"/>
        <source>Le statistiche sono consultabili dal coordinatore.</source>
        <translation>The statistics are for the coordinator.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="254"/>
        <source>Il registro accessi è consultabile dal coordinatore.</source>
        <translation>The access log can be read by the coordinator.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="275"/>
        <source>Impostazioni salvate.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="319"/>
        <source>Presa in carico</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="349"/>
        <source>Accedere con le proprie credenziali per registrare una persona.</source>
        <translation>Log in with your own credentials to register a person.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="163"/>
        <source>Data e ora della riunione</source>
        <translation>Date and time of the meeting</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="164"/>
        <source>&amp;Data e ora:</source>
        <translation>&amp;Date and time:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="166"/>
        <source>Luogo</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="167"/>
        <source>Sala, indirizzo, oppure collegamento video</source>
        <translation>Room, address, or video link</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="168"/>
        <source>&amp;Luogo:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="170"/>
        <source>Titolo</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="171"/>
        <source>&amp;Titolo:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="175"/>
        <source>Partecipanti</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="176"/>
        <source>Una persona per riga, con il suo ente</source>
        <translation>One person per line, with their organisation</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="177"/>
        <source>&amp;Partecipanti:</source>
        <translation>Participa&amp;nts:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="181"/>
        <source>Note del verbale</source>
        <translation>Notes of the minutes</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="183"/>
        <source>&amp;Note del verbale:</source>
        <translation>&amp;Minutes notes:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="190"/>
        <source>Salva</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="191"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="236"/>
        <source>&lt;h2&gt;Riunione d&apos;équipe&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Team meeting&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="240"/>
        <source>Consultazione: preparare la riunione e registrare le decisioni spetta al coordinatore.</source>
        <translation>Read only: preparing the meeting and recording the decisions is up to the coordinator.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="250"/>
        <source>Riunione</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="252"/>
        <source>Ri&amp;unione:</source>
        <translation>Mee&amp;ting:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="254"/>
        <source>&amp;Nuova riunione…</source>
        <translation>&amp;New meeting…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="255"/>
        <source>&amp;Modifica dettagli…</source>
        <translation>Ed&amp;it details…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="263"/>
        <location filename="../../cotdesk/ui/meeting_page.py" line="824"/>
        <source>Dettagli della riunione</source>
        <translation>Meeting details</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="283"/>
        <source>Ordine del giorno</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="292"/>
        <source>es. M05-2026-3FA2-00017</source>
        <translation>e.g. M05-2026-3FA2-00017</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="293"/>
        <source>Riferimento del caso da aggiungere</source>
        <translation>Reference of the case to add</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="295"/>
        <source>Caso da aggiungere (ri&amp;ferimento):</source>
        <translation>Case to add (refe&amp;rence):</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="297"/>
        <source>Aggiungi (Invio)</source>
        <translation>Add (Enter)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="305"/>
        <source>&amp;Prendi dalle code</source>
        <translation>&amp;Pick from the queues</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="308"/>
        <source>Aggiunge i casi segnalati per la riunione, con il prossimo contatto scaduto o con invii senza risposta: ogni caso una volta sola, con tutti i motivi.</source>
        <translation>Adds the cases flagged for the meeting, with an overdue follow-up or with referrals without an answer: each case once, with all its reasons.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="315"/>
        <source> casi al massimo</source>
        <translation> cases at most</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="316"/>
        <source>Numero massimo di casi in ordine del giorno</source>
        <translation>Largest number of cases on the agenda</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="317"/>
        <source>Su (Alt+↑)</source>
        <translation>Up (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="318"/>
        <source>Giù (Alt+↓)</source>
        <translation>Down (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="319"/>
        <source>Togli (Canc)</source>
        <translation>Remove (Del)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="331"/>
        <location filename="../../cotdesk/ui/meeting_page.py" line="691"/>
        <source>Decisione</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="336"/>
        <source>Il caso selezionato</source>
        <translation>The selected case</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="344"/>
        <source>Decisione: chi fa che cosa</source>
        <translation>Decision: who does what</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="346"/>
        <source>Chi fa che cosa: es. «L&apos;operatrice richiama l&apos;ente e fissa un colloquio»</source>
        <translation>Who does what: e.g. “The operator calls the organisation back and books an interview”</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="348"/>
        <source>&amp;Decisione:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="350"/>
        <source>Responsabile</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="351"/>
        <source>Responsa&amp;bile:</source>
        <translation>Responsi&amp;ble:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="353"/>
        <source>Scaden&amp;za:</source>
        <translation>D&amp;ue date:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="358"/>
        <source>Scadenza: diventa il prossimo contatto</source>
        <translation>Due date: it becomes the next follow-up</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="364"/>
        <source>Asse&amp;gna la presa in carico al responsabile</source>
        <translation>Assi&amp;gn the case to the person responsible</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="367"/>
        <source>Una presa in carico non assegnata passa comunque al responsabile.</source>
        <translation>A case assigned to nobody goes to the person responsible anyway.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="374"/>
        <source>Errore</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="378"/>
        <source>Salva e passa al successivo (Ctrl+Invio)</source>
        <translation>Save and go to the next (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="379"/>
        <source>Apri presa in carico (Invio)</source>
        <translation>Open the case (Enter)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="395"/>
        <source>Esito</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="397"/>
        <source>Nomi per es&amp;teso nella stampa</source>
        <translation>&amp;Full names when printing</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="400"/>
        <source>Di norma l&apos;ordine del giorno riporta solo le iniziali e l&apos;anno di nascita; i casi riservati non riportano mai la persona.</source>
        <translation>The agenda normally shows only the initials and the year of birth; restricted cases never show the person.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="405"/>
        <source>Stampa &amp;ordine del giorno (Ctrl+P)</source>
        <translation>Print the &amp;agenda (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="406"/>
        <source>Stampa &amp;verbale</source>
        <translation>Print &amp;minutes</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="407"/>
        <source>C&amp;hiudi riunione…</source>
        <translation>Clos&amp;e meeting…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="408"/>
        <source>Aggiorna (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="516"/>
        <source>Operazione non riuscita: {0}</source>
        <translation>Operation failed: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="545"/>
        <source>Nessuna riunione: crearne una con «Nuova riunione» (Alt+N).</source>
        <translation>No meeting: create one with “New meeting” (Alt+N).</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="547"/>
        <source>Nessuna riunione in programma.</source>
        <translation>No meeting scheduled.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="568"/>
        <source>1 caso</source>
        <translation>1 case</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="568"/>
        <source>{0} casi</source>
        <translation>{0} cases</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="577"/>
        <location filename="../../cotdesk/ui/meeting_page.py" line="727"/>
        <source>— nessuno —</source>
        <translation>— nobody —</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="624"/>
        <source>decisioni registrate: {0} su {1}</source>
        <translation>decisions recorded: {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="631"/>
        <source>Partecipanti: {0}</source>
        <translation>Participants: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="693"/>
        <source>Scegliere un caso dell&apos;ordine del giorno.</source>
        <translation>Choose a case of the agenda.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="697"/>
        <source>Caso {0} — {1}</source>
        <translation>Case {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="716"/>
        <source>Motivi: {0}</source>
        <translation>Reasons: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="718"/>
        <source>Stato: {0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="720"/>
        <source>prossimo contatto {0}</source>
        <translation>follow-up {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="722"/>
        <source>(scaduto da 1 giorno)</source>
        <translation>(overdue by 1 day)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="724"/>
        <source>(scaduto da {0} giorni)</source>
        <translation>(overdue by {0} days)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="727"/>
        <source>Operatore: {0}</source>
        <translation>Operator: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="732"/>
        <source>Caso riservato: i dettagli li vede l&apos;operatore assegnato.</source>
        <translation>Restricted case: only the assigned operator sees the details.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="738"/>
        <source>Invio {0} a {1} ({2}): senza risposta da {3} giorni</source>
        <translation>Referral {0} to {1} ({2}): no answer for {3} days</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="747"/>
        <source>Ultime annotazioni</source>
        <translation>Latest entries</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="770"/>
        <source>Operazione non riuscita</source>
        <translation>Operation failed</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="786"/>
        <source>Nuova riunione d&apos;équipe</source>
        <translation>New team meeting</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="814"/>
        <source>Riunione creata: ora «Prendi dalle code» (Alt+P) prepara l&apos;ordine del giorno.</source>
        <translation>Meeting created: now “Pick from the queues” (Alt+P) prepares the agenda.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="857"/>
        <source>Dalle code: {0} casi aggiunti, {1} aggiornati.</source>
        <translation>From the queues: {0} cases added, {1} updated.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="862"/>
        <source>{0} casi in coda non sono entrati (massimo {1}): aumentare il massimo o aggiungerli a mano.</source>
        <translation>{0} queued cases did not fit (at most {1}): raise the maximum or add them by hand.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="868"/>
        <source>Lettura delle code…</source>
        <translation>Reading the queues…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="890"/>
        <source>Aggiunto all&apos;ordine del giorno: {0}.</source>
        <translation>Added to the agenda: {0}.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="910"/>
        <source>Togli dall&apos;ordine del giorno</source>
        <translation>Remove from the agenda</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="911"/>
        <source>Togliere {0} dall&apos;ordine del giorno?</source>
        <translation>Remove {0} from the agenda?</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="923"/>
        <source>Tolto dall&apos;ordine del giorno: {0}.</source>
        <translation>Removed from the agenda: {0}.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="952"/>
        <source>Decisione su {0} registrata nel diario.</source>
        <translation>Decision on {0} recorded in the case log.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="954"/>
        <source>Prossimo contatto: {0}.</source>
        <translation>Follow-up: {0}.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="956"/>
        <source>Presa in carico assegnata al responsabile.</source>
        <translation>Case assigned to the person responsible.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="970"/>
        <source>Chiudere la riunione? Il verbale diventa definitivo. Decisioni registrate: {0}; casi rinviati alla prossima riunione: {1}.</source>
        <translation>Close the meeting? The minutes become final. Decisions recorded: {0}; cases carried over to the next meeting: {1}.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="975"/>
        <source>Attenzione: {0} decisioni scritte ma non salvate andranno perse.</source>
        <translation>Warning: {0} decisions typed but not saved will be lost.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="977"/>
        <source>Chiudi riunione</source>
        <translation>Close meeting</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="988"/>
        <source>Riunione chiusa. Il verbale si stampa con «Stampa verbale» (Alt+V).</source>
        <translation>Meeting closed. Print the minutes with “Print minutes” (Alt+M).</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="1007"/>
        <source>Preparazione del documento…</source>
        <translation>Preparing the document…</translation>
    </message>
</context>
<context>
    <name>MonthModel</name>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="256"/>
        <source>Aperte</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="256"/>
        <source>Chiuse</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="256"/>
        <source>Mese</source>
        <translation>Month</translation>
    </message>
</context>
<context>
    <name>NeedListModel</name>
    <message>
        <location filename="../../cotdesk/ui/service_model.py" line="120"/>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/service_model.py" line="122"/>
        <source> — registrato senza risposta</source>
        <translation> — recorded as unmet</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/service_model.py" line="124"/>
        <source> — nessun servizio trovato</source>
        <translation> — no service found</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/service_model.py" line="137"/>
        <source>Area: {0}</source>
        <translation>Area: {0}</translation>
    </message>
</context>
<context>
    <name>NeedModel</name>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="172"/>
        <source>Aperti</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="172"/>
        <source>Bisogno</source>
        <translation>Need</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="172"/>
        <source>Risolti</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="172"/>
        <source>Totale</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>NeedsModel</name>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="117"/>
        <source>Bisogno</source>
        <translation>Need</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="117"/>
        <source>Gravità (1-4)</source>
        <translation>Severity (1-4)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="117"/>
        <source>Note (F2)</source>
        <translation>Notes (F2)</translation>
    </message>
</context>
<context>
    <name>OpenCaseDialog</name>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="81"/>
        <source>Nuova presa in carico — {0}</source>
        <translation>New case — {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="104"/>
        <source>Per questa persona non risulta consegnata l&apos;informativa privacy. Prima di aprire la presa in carico registrala dalla scheda persona con «Registra informativa e consensi» (Ctrl+I). Solo in emergenza puoi procedere spuntando la casella in fondo.</source>
        <translation>No privacy notice has been recorded for this person. Before opening the case, record it from the person&apos;s record with ‘Record privacy notice and consents’ (Ctrl+I). Only in an emergency may you go ahead by ticking the box at the bottom.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="115"/>
        <source>Informativa privacy mancante</source>
        <translation>Privacy notice missing</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="128"/>
        <source>&amp;Operatore assegnato:</source>
        <translation>Assigned &amp;worker:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="130"/>
        <source>&amp;Motivo dell&apos;accesso:</source>
        <translation>Rea&amp;son for contact:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="137"/>
        <source>Errore</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="147"/>
        <source>Canale di accesso</source>
        <translation>Access channel</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="149"/>
        <source>&amp;Canale di accesso:</source>
        <translation>Access &amp;channel:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="151"/>
        <source>Chi segnala</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="154"/>
        <source>Ente che segnala</source>
        <translation>Reporting organisation</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="156"/>
        <source>Es. IC Via Roma, Parrocchia San Luca</source>
        <translation>E.g. IC Via Roma, Parrocchia San Luca</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="159"/>
        <source>Persona di riferimento</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="161"/>
        <source>Recapito di chi segnala</source>
        <translation>Reporter&apos;s contact details</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="162"/>
        <source>Telefono o e-mail</source>
        <translation>Phone or email</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="163"/>
        <source>&amp;Ente:</source>
        <translation>Or&amp;ganisation:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="164"/>
        <source>&amp;Persona di riferimento:</source>
        <translation>Contact &amp;person:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="165"/>
        <source>&amp;Recapito:</source>
        <translation>Contact &amp;details:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="166"/>
        <source>Errore su chi segnala</source>
        <translation>Error in the reporter&apos;s details</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="174"/>
        <source>&amp;Aree di intervento</source>
        <translation>Intervention &amp;areas</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="176"/>
        <source>Errore nelle aree</source>
        <translation>Error in the areas</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="188"/>
        <source>Operatore assegnato</source>
        <translation>Assigned worker</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="189"/>
        <source>Nessuno: resta da assegnare</source>
        <translation>Nobody: still to be assigned</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="192"/>
        <source>{0} (io)</source>
        <translation>{0} (me)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="195"/>
        <source>Errore sull&apos;operatore</source>
        <translation>Error in the assigned worker</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="203"/>
        <source>Motivo dell&apos;accesso</source>
        <translation>Reason for access</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="204"/>
        <source>Cosa chiede la persona, in breve (facoltativo)</source>
        <translation>What the person is asking for, briefly (optional)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="207"/>
        <source>Emer&amp;genza: apri senza informativa privacy registrata</source>
        <translation>Emer&amp;gency: open without a recorded privacy notice</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="209"/>
        <source>Emergenza senza informativa privacy</source>
        <translation>Emergency without a privacy notice</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="212"/>
        <source>Da usare solo quando non si può aspettare. L&apos;informativa andrà consegnata e registrata appena possibile: fino ad allora la presa in carico resta segnalata in rosso.</source>
        <translation>Only for when it cannot wait. The privacy notice must be handed over and recorded as soon as possible: until then the case stays flagged in red.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="220"/>
        <source>Errore sull&apos;informativa</source>
        <translation>Error in the privacy notice</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="228"/>
        <source>Apri presa in carico (Ctrl+Invio)</source>
        <translation>Open case (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="231"/>
        <source>Annulla (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="291"/>
        <source>C&apos;è una presa in carico lasciata a metà per questa persona: {0}.</source>
        <translation>There is a half-finished case for this person: {0}.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="292"/>
        <source>nessuna area scelta</source>
        <translation>no area chosen</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="313"/>
        <source>Bozza non salvata: {0}</source>
        <translation>Draft not saved: {0}</translation>
    </message>
</context>
<context>
    <name>OperatorChooser</name>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="71"/>
        <source>Assegna a…</source>
        <translation>Assign to…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="75"/>
        <source>Scegliere l&apos;operatore per le prese in carico selezionate: {0}.</source>
        <translation>Choose the worker for the selected cases: {0}.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="82"/>
        <source>Operatori dello sportello</source>
        <translation>Workers of the office</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="88"/>
        <source>&amp;Operatore:</source>
        <translation>&amp;Worker:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="95"/>
        <source>Assegna</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="96"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OperatorLoadModel</name>
    <message>
        <location filename="../../cotdesk/ui/queue_model.py" line="114"/>
        <source>Operatore</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queue_model.py" line="115"/>
        <source>Prese in carico aperte</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queue_model.py" line="116"/>
        <source>Specializzazioni</source>
        <translation>Specialisations</translation>
    </message>
</context>
<context>
    <name>OutcomeModel</name>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="191"/>
        <location filename="../../cotdesk/ui/statistics_page.py" line="193"/>
        <source>Ente</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="191"/>
        <source>Servizio</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="193"/>
        <source>Tipologia</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="198"/>
        <source>Inviati</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="199"/>
        <source>Accettazione</source>
        <translation>Acceptance</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="200"/>
        <source>Giorni risposta (mediana)</source>
        <translation>Days to answer (median)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="201"/>
        <source>Giorni risposta (media)</source>
        <translation>Days to answer (mean)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="202"/>
        <source>Conclusione</source>
        <translation>Completion</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="203"/>
        <source>Accettati</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="204"/>
        <source>Rifiutati</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="205"/>
        <source>In attesa</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="206"/>
        <source>Annullati</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="207"/>
        <source>Conclusi</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="208"/>
        <source>Interrotti</source>
        <translation>Interrupted</translation>
    </message>
</context>
<context>
    <name>ParkedModel</name>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="86"/>
        <source>Quando</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="87"/>
        <source>Dato</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="88"/>
        <source>Operazione</source>
        <translation>Operation</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="89"/>
        <source>Operatore</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="90"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="189"/>
        <source>Modifica ente</source>
        <translation>Edit partner organisation</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="189"/>
        <source>Nuovo ente partner</source>
        <translation>New partner organisation</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="194"/>
        <source>&amp;Nome:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="200"/>
        <source>&amp;Tipologia:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="202"/>
        <source>&amp;Codice fiscale / P. IVA:</source>
        <translation>&amp;Tax code / VAT no.:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="204"/>
        <source>&amp;Indirizzo:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="206"/>
        <source>— non indicato —</source>
        <translation>— not given —</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="211"/>
        <source>&amp;Municipio della sede:</source>
        <translation>&amp;District of the seat:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="214"/>
        <source>Municipi serviti</source>
        <translation>Districts served</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="218"/>
        <source>Municipi ser&amp;viti
(nessuno: tutta la città):</source>
        <translation>Districts ser&amp;ved
(none: the whole city):</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="220"/>
        <source>Tele&amp;fono:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="222"/>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="224"/>
        <source>&amp;Sito web:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="226"/>
        <source>&amp;Referente:</source>
        <translation>Contact &amp;person:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="230"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;otes:</translation>
    </message>
</context>
<context>
    <name>PartnerModel</name>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="45"/>
        <source>in vigore fino al {0}</source>
        <translation>in force until {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="47"/>
        <source>in scadenza il {0}</source>
        <translation>expiring on {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="49"/>
        <source>SCADUTO il {0}</source>
        <translation>LAPSED on {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="51"/>
        <source>non ancora in vigore</source>
        <translation>not yet in force</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="52"/>
        <source>nessun protocollo d&apos;intesa</source>
        <translation>no agreement</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="56"/>
        <source>Ente</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="57"/>
        <source>Protocollo d&apos;intesa</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="58"/>
        <source>Tipologia</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="59"/>
        <source>Municipi serviti</source>
        <translation>Districts served</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="60"/>
        <source>Telefono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="61"/>
        <source>Servizi</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="71"/>
        <source>tutta la città</source>
        <translation>the whole city</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="104"/>
        <source>Senza protocollo in vigore: i suoi servizi sono segnalati agli operatori.</source>
        <translation>No agreement in force: its services are flagged to the operators.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="93"/>
        <source>La stampante non è disponibile: controllare che sia accesa e collegata, oppure salvare il PDF e stamparlo più tardi.</source>
        <translation>The printer is not available: check that it is switched on and connected, or save the PDF and print it later.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="152"/>
        <source>documento.pdf</source>
        <translation>document.pdf</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="164"/>
        <source>Anteprima del documento</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="169"/>
        <source>Messaggi</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="172"/>
        <source>Numero di pagine</source>
        <translation>Number of pages</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="192"/>
        <source>&amp;Stampa… (Ctrl+P)</source>
        <translation>&amp;Print… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="193"/>
        <source>Stampa</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="195"/>
        <source>Salva &amp;PDF… (Ctrl+S)</source>
        <translation>&amp;Save PDF… (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="196"/>
        <location filename="../../cotdesk/ui/letter_preview.py" line="297"/>
        <source>Salva in PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="198"/>
        <source>&amp;Chiudi (Esc)</source>
        <translation>&amp;Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="199"/>
        <source>Chiudi l&apos;anteprima</source>
        <translation>Close the preview</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="234"/>
        <source>1 pagina</source>
        <translation>1 page</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="234"/>
        <source>{0} pagine</source>
        <translation>{0} pages</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="239"/>
        <source>Il documento non si può aprire.</source>
        <translation>The document cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="260"/>
        <source>Stampa: {0}</source>
        <translation>Print: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="288"/>
        <source>Inviato alla stampante (1 pagina).</source>
        <translation>Sent to the printer (1 page).</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="289"/>
        <source>Inviato alla stampante ({0} pagine).</source>
        <translation>Sent to the printer ({0} pages).</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="299"/>
        <source>Documenti PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="326"/>
        <source>Salvato in {0}</source>
        <translation>Saved to {0}</translation>
    </message>
</context>
<context>
    <name>PendingReferralModel</name>
    <message>
        <location filename="../../cotdesk/ui/service_model.py" line="292"/>
        <source>Servizio</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/service_model.py" line="293"/>
        <source>Ente partner</source>
        <translation>Partner organisation</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/service_model.py" line="294"/>
        <source>Per i bisogni</source>
        <translation>For the needs</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/service_model.py" line="295"/>
        <source>Appuntamento</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/service_model.py" line="296"/>
        <source>Note</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/service_model.py" line="353"/>
        <source>nessuno</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/service_model.py" line="366"/>
        <source>Protocollo d&apos;intesa {0}</source>
        <translation>Partnership agreement {0}</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="186"/>
        <source>Caricamento…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="188"/>
        <source>Nome della persona</source>
        <translation>Person&apos;s name</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="193"/>
        <source>Dati anagrafici e recapiti</source>
        <translation>Personal and contact details</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="197"/>
        <source>Messaggi</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="199"/>
        <source>&amp;Modifica dati (F2)</source>
        <translation>&amp;Edit details (F2)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="201"/>
        <source>&amp;Apri presa in carico (Ctrl+Shift+A)</source>
        <translation>&amp;Open a case (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="204"/>
        <source>Aggiungi &amp;componente (Ctrl+Shift+N)</source>
        <translation>Add household &amp;member (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="213"/>
        <source>&amp;Esporta dati (art. 15) (Ctrl+E)</source>
        <translation>&amp;Export data (art. 15) (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="216"/>
        <source>Ca&amp;ncella persona (art. 17) (Ctrl+Shift+Canc)</source>
        <translation>Era&amp;se person (art. 17) (Ctrl+Shift+Del)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="226"/>
        <source>Prese in carico della persona</source>
        <translation>The person&apos;s cases</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="234"/>
        <location filename="../../cotdesk/ui/person_page.py" line="368"/>
        <source>Nessuna presa in carico: aprirne una con Ctrl+Shift+A.</source>
        <translation>No cases: open one with Ctrl+Shift+A.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="238"/>
        <source>Componenti del nucleo familiare</source>
        <translation>Household members</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="242"/>
        <location filename="../../cotdesk/ui/person_page.py" line="354"/>
        <source>Nessun nucleo familiare registrato: aggiungere un componente con Ctrl+Shift+N.</source>
        <translation>No household recorded: add a member with Ctrl+Shift+N.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="267"/>
        <source>Prese in carico</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="275"/>
        <source>Nucleo familiare</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="283"/>
        <source>Privacy: informativa e consensi</source>
        <translation>Privacy: notice and consents</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="357"/>
        <source>Invio apre la scheda del componente scelto.</source>
        <translation>Enter opens the chosen member&apos;s record.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="371"/>
        <source>aperta</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="371"/>
        <source>chiusa</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="372"/>
        <source>Una presa in carico, {0}. Invio la apre.</source>
        <translation>One case, {0}. Enter opens it.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="373"/>
        <source>{0} prese in carico, aperte: {1}. Invio apre quella scelta.</source>
        <translation>{0} cases, {1} open. Enter opens the chosen one.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="388"/>
        <source>{0} anni</source>
        <translation>aged {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="389"/>
        <source>nata</source>
        <translation>born</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="389"/>
        <source>nato</source>
        <translation>born</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="397"/>
        <source>sesso {0}</source>
        <translation>sex {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="406"/>
        <source>Codice fiscale &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Codice fiscale &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="410"/>
        <source>Codice {0} &lt;b&gt;{1}&lt;/b&gt;</source>
        <translation>{0} code &lt;b&gt;{1}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="415"/>
        <source>Senza codice fiscale né STP/ENI</source>
        <translation>No codice fiscale or STP/ENI code</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="417"/>
        <source>cittadinanza: {0}</source>
        <translation>citizenship: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="419"/>
        <source>lingue: {0}</source>
        <translation>languages: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="431"/>
        <source>Tel. {0}</source>
        <translation>Tel. {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="433"/>
        <source>altro tel. {0}</source>
        <translation>other tel. {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="437"/>
        <source>Nessun recapito</source>
        <translation>No contact details</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="496"/>
        <source>Dati aggiornati.</source>
        <translation>Details updated.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="516"/>
        <source>Dati esportati in {0} (JSON e PDF).</source>
        <translation>Data exported to {0} (JSON and PDF).</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="535"/>
        <source>Componente aggiunto al nucleo familiare.</source>
        <translation>Member added to the household.</translation>
    </message>
</context>
<context>
    <name>PersonSearchModel</name>
    <message>
        <location filename="../../cotdesk/ui/search_model.py" line="27"/>
        <source>Cognome</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/search_model.py" line="28"/>
        <source>Nome</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/search_model.py" line="29"/>
        <source>Data di nascita</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/search_model.py" line="30"/>
        <source>Codice fiscale / STP-ENI</source>
        <translation>Codice fiscale / STP-ENI</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/search_model.py" line="31"/>
        <source>Telefono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/search_model.py" line="32"/>
        <source>Corrispondenza</source>
        <translation>Match</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="468"/>
        <source>PIN di sblocco</source>
        <translation>Unlock PIN</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="471"/>
        <source>Il PIN (da 4 a 8 cifre) sblocca lo schermo di questa postazione al posto della password. Resta solo su questa postazione.</source>
        <translation>The PIN (4 to 8 digits) unlocks the screen of this desk instead of the password. It stays on this desk only.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="479"/>
        <source>Password attuale</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="483"/>
        <source>Nuovo PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="487"/>
        <source>Ripeti il PIN</source>
        <translation>Repeat the PIN</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="492"/>
        <source>&amp;Password attuale:</source>
        <translation>Current &amp;password:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="493"/>
        <source>&amp;Nuovo PIN:</source>
        <translation>&amp;New PIN:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="494"/>
        <source>&amp;Ripeti il PIN:</source>
        <translation>&amp;Repeat the PIN:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="497"/>
        <source>&amp;Imposta PIN</source>
        <translation>&amp;Set PIN</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="500"/>
        <source>&amp;Rimuovi PIN</source>
        <translation>&amp;Remove PIN</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="516"/>
        <source>I due PIN non coincidono: scriverli di nuovo.</source>
        <translation>The two PINs differ: type them again.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../cotdesk/ui/queue_model.py" line="48"/>
        <source>Riferimento</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queue_model.py" line="49"/>
        <source>Persona</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queue_model.py" line="50"/>
        <source>Aree</source>
        <translation>Areas</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queue_model.py" line="51"/>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queue_model.py" line="52"/>
        <source>Operatore</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queue_model.py" line="53"/>
        <source>Priorità</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queue_model.py" line="56"/>
        <source>Giorni di ritardo</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queue_model.py" line="56"/>
        <source>Richiamo previsto</source>
        <translation>Follow-up due</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queue_model.py" line="58"/>
        <source>Giorni senza risposta</source>
        <translation>Days without an answer</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queue_model.py" line="58"/>
        <source>Inviato il</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queue_model.py" line="58"/>
        <source>Invio</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queue_model.py" line="60"/>
        <source>Giorni di attesa</source>
        <translation>Days waiting</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queue_model.py" line="60"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queue_model.py" line="60"/>
        <source>Richiesta il</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queue_model.py" line="62"/>
        <source>Aperta il</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queue_model.py" line="62"/>
        <source>Giorni dall&apos;apertura</source>
        <translation>Days since opening</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queue_model.py" line="75"/>
        <source>— nessuno —</source>
        <translation>— nobody —</translation>
    </message>
</context>
<context>
    <name>QueuesPage</name>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="132"/>
        <source>&lt;h2&gt;Code di lavoro&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Work queues&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="137"/>
        <source>Consultazione: assegnare ad altri e approvare le chiusure spetta al coordinatore.</source>
        <translation>Read only: assigning to others and approving closures is for the coordinator.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="147"/>
        <source>Riferimento o cognome</source>
        <translation>Reference or surname</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="148"/>
        <source>Filtra per riferimento o nome</source>
        <translation>Filter by reference or name</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="150"/>
        <source>&amp;Filtra:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="153"/>
        <source>Filtra per area di intervento</source>
        <translation>Filter by intervention area</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="154"/>
        <source>Tutte le aree</source>
        <translation>All areas</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="157"/>
        <source>A&amp;rea:</source>
        <translation>A&amp;rea:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="160"/>
        <source>Filtra per operatore</source>
        <translation>Filter by worker</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="161"/>
        <location filename="../../cotdesk/ui/queues_page.py" line="350"/>
        <source>Tutti gli operatori</source>
        <translation>All workers</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="162"/>
        <source>O&amp;peratore:</source>
        <translation>Wor&amp;ker:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="177"/>
        <source>Code</source>
        <translation>Queues</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="199"/>
        <source>Esito</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="203"/>
        <source>Righe mostrate</source>
        <translation>Rows shown</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="205"/>
        <source>Assegna a… (Ctrl+Shift+G)</source>
        <translation>Assign to… (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="206"/>
        <source>Approva chiusura (Ctrl+Shift+A)</source>
        <translation>Approve closure (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="207"/>
        <source>Rimanda all&apos;operatore (Ctrl+Shift+B)</source>
        <translation>Send back to the worker (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="208"/>
        <source>Aggiorna (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="268"/>
        <source>Da assegnare ({0})</source>
        <translation>To assign ({0})</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="269"/>
        <source>Richiami scaduti ({0})</source>
        <translation>Overdue follow-ups ({0})</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="270"/>
        <source>Invii senza risposta ({0})</source>
        <translation>Referrals without an answer ({0})</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="271"/>
        <source>Chiusure da approvare ({0})</source>
        <translation>Closures to approve ({0})</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="272"/>
        <source>Le mie prese in carico ({0})</source>
        <translation>My cases ({0})</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="332"/>
        <source>Mostrate le prime {0}: restringere con i filtri.</source>
        <translation>Showing the first {0}: narrow down with the filters.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="362"/>
        <source>Impossibile leggere le code: riprovare (F5).</source>
        <translation>The queues could not be read: try again (F5).</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="376"/>
        <source>Operazione non riuscita</source>
        <translation>Operation failed</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="397"/>
        <source>Assegnate a {0}: {1}.</source>
        <translation>Assigned to {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="405"/>
        <source>Approva chiusura</source>
        <translation>Approve closure</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="406"/>
        <source>Chiudere le prese in carico selezionate ({0})?</source>
        <translation>Close the selected cases ({0})?</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="422"/>
        <source>Chiusure approvate: {0}.</source>
        <translation>Closures approved: {0}.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="439"/>
        <source>Richiesta di chiusura rimandata all&apos;operatore.</source>
        <translation>Closure request sent back to the worker.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="442"/>
        <source>Rimanda all&apos;operatore</source>
        <translation>Send back to the worker</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="443"/>
        <source>{0} — {1}: la presa in carico torna in carico all&apos;operatore.</source>
        <translation>{0} — {1}: the case goes back to the worker.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="447"/>
        <source>&amp;Motivo:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="448"/>
        <source>Rimanda</source>
        <translation>Send back</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="187"/>
        <source>Errore</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="194"/>
        <source>Conferma</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="195"/>
        <source>Ctrl+Invio</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="196"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="154"/>
        <source>Invio ai servizi della rete</source>
        <translation>Referral to network services</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="157"/>
        <source>Caricamento della presa in carico…</source>
        <translation>Loading the case…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="160"/>
        <source>Presa in carico</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="195"/>
        <source>Bisogni da soddisfare</source>
        <translation>Needs to meet</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="199"/>
        <source>&amp;Bisogni (Spazio per includerli o escluderli)</source>
        <translation>&amp;Needs (Space to include or exclude them)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="203"/>
        <source>Registra come bisogno senza &amp;risposta…</source>
        <translation>&amp;Record as an unmet need…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="205"/>
        <source>Registra il bisogno selezionato come bisogno senza risposta</source>
        <translation>Record the selected need as an unmet need</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="209"/>
        <source>Nessun servizio adatto per il bisogno selezionato: registrarlo per le statistiche della rete (Alt+R)</source>
        <translation>No suitable service for the selected need: record it for the network statistics (Alt+R)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="225"/>
        <source>Servizi trovati</source>
        <translation>Services found</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="242"/>
        <source>&amp;Servizi trovati (Invio aggiunge agli invii)</source>
        <translation>&amp;Services found (Enter adds to the referrals)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="246"/>
        <source>Esito della ricerca</source>
        <translation>Search outcome</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="250"/>
        <source>Perché il servizio è in questa posizione</source>
        <translation>Why the service is in this position</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="252"/>
        <source>Aggi&amp;ungi agli invii (Invio)</source>
        <translation>A&amp;dd to the referrals (Enter)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="253"/>
        <source>Aggiungi il servizio selezionato agli invii</source>
        <translation>Add the selected service to the referrals</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="272"/>
        <source>Tutte le aree</source>
        <translation>All areas</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="276"/>
        <source>Tutti i municipi</source>
        <translation>All districts</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="280"/>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="289"/>
        <source>Qualsiasi</source>
        <translation>Any</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="281"/>
        <source>Solo gratuiti</source>
        <translation>Free only</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="283"/>
        <source>Gratuiti o con compartecipazione</source>
        <translation>Free or with co-payment</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="292"/>
        <source>Solo con &amp;posti disponibili</source>
        <translation>Only with &amp;places available</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="293"/>
        <source>Solo servizi con posti disponibili</source>
        <translation>Only services with places available</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="297"/>
        <source>&amp;Area</source>
        <translation>&amp;Area</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="297"/>
        <source>Filtro per area di intervento</source>
        <translation>Filter by intervention area</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="298"/>
        <source>&amp;Municipio</source>
        <translation>Distr&amp;ict</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="298"/>
        <source>Filtro per municipio servito</source>
        <translation>Filter by district served</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="299"/>
        <source>C&amp;osto</source>
        <translation>C&amp;ost</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="299"/>
        <source>Filtro per costo per la persona</source>
        <translation>Filter by cost to the person</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="300"/>
        <source>&amp;Lingua</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="300"/>
        <source>Filtro per lingua parlata</source>
        <translation>Filter by language spoken</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="324"/>
        <source>Invii da creare</source>
        <translation>Referrals to create</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="341"/>
        <source>&amp;Invii da creare (anche più servizi per la stessa persona)</source>
        <translation>Re&amp;ferrals to create (several services for the same person are fine)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="345"/>
        <source>Appu&amp;ntamento</source>
        <translation>Appoint&amp;ment</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="346"/>
        <source>L&apos;invio selezionato ha un appuntamento</source>
        <translation>The selected referral has an appointment</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="351"/>
        <source>Data e ora dell&apos;appuntamento (ora di Roma)</source>
        <translation>Appointment date and time (Rome time)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="353"/>
        <source>Ora di Roma</source>
        <translation>Rome time</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="356"/>
        <source>Note interne dell&apos;invio selezionato</source>
        <translation>Internal notes on the selected referral</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="357"/>
        <source>Non stampate sulla lettera</source>
        <translation>Not printed on the letter</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="358"/>
        <source>No&amp;te interne</source>
        <translation>Internal no&amp;tes</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="360"/>
        <source>Rimuo&amp;vi (Canc)</source>
        <translation>Remo&amp;ve (Del)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="361"/>
        <source>Rimuovi l&apos;invio selezionato dall&apos;elenco</source>
        <translation>Remove the selected referral from the list</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="384"/>
        <source>Messaggi</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="386"/>
        <source>Se&amp;gna come inviati (lettera consegnata o spedita)</source>
        <translation>Mar&amp;k as sent (letter handed over or posted)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="388"/>
        <source>Segna gli invii come inviati</source>
        <translation>Mark the referrals as sent</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="389"/>
        <source>&amp;Crea invii (Ctrl+Invio)</source>
        <translation>&amp;Create referrals (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="390"/>
        <source>Crea gli invii dell&apos;elenco</source>
        <translation>Create the referrals in the list</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="392"/>
        <source>Chiudi (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="393"/>
        <source>Chiudi senza creare altri invii</source>
        <translation>Close without creating any more referrals</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="434"/>
        <source>Operazione non riuscita: {0}</source>
        <translation>Operation failed: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="494"/>
        <source>della persona</source>
        <translation>the person&apos;s district</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="494"/>
        <source>dello sportello</source>
        <translation>the desk&apos;s district</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="497"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; · presa in carico {1} · {2} ({3}) · lingue: {4}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; · case {1} · {2} ({3}) · languages: {4}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="515"/>
        <source>La presa in carico è chiusa: riaprirla prima di fare un invio.</source>
        <translation>The case is closed: reopen it before making a referral.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="521"/>
        <source>Nessun bisogno valutato: registrare prima la valutazione del bisogno della presa in carico.</source>
        <translation>No needs assessed: record the needs assessment of the case first.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="547"/>
        <source>Bozza non salvata: {0}</source>
        <translation>Draft not saved: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="570"/>
        <source>Ci sono invii lasciati a metà per questa presa in carico: {0}.</source>
        <translation>There are half-finished referrals for this case: {0}.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="574"/>
        <source>C&apos;è una ricerca di servizi lasciata a metà per questa presa in carico.</source>
        <translation>There is a half-finished service search for this case.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="655"/>
        <source>Non più disponibili, non ripresi dalla bozza: {0}.</source>
        <translation>No longer available, not taken from the draft: {0}.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="735"/>
        <source>Selezionare almeno un bisogno (Alt+B, Spazio).</source>
        <translation>Select at least one need (Alt+N, Space).</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="739"/>
        <source>Nessun servizio trovato con questi filtri. Allargare i filtri, oppure registrare il bisogno come senza risposta (Alt+R).</source>
        <translation>No service found with these filters. Widen the filters, or record the need as unmet (Alt+R).</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="745"/>
        <source>1 servizio trovato.</source>
        <translation>1 service found.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="747"/>
        <source>{0} servizi trovati, i più adatti in alto.</source>
        <translation>{0} services found, best matches first.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="752"/>
        <source>Nessun servizio per: {0} (Alt+R per registrarlo senza risposta).</source>
        <translation>No service for: {0} (Alt+R to record it as unmet).</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="777"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; — {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — {1}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="812"/>
        <source>«{0}» è già nell&apos;elenco degli invii da creare.</source>
        <translation>‘{0}’ is already in the list of referrals to create.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="816"/>
        <source>Protocollo d&apos;intesa non in vigore</source>
        <translation>Partnership agreement not in force</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="818"/>
        <source>Il protocollo d&apos;intesa di «{0}»: {1}.
Inviare comunque? Meglio sentire prima il coordinamento.</source>
        <translation>The partnership agreement of ‘{0}’: {1}.
Refer anyway? Better to check with the coordinators first.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="824"/>
        <source>Invio già presente</source>
        <translation>Referral already exists</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="826"/>
        <source>Questa presa in carico ha già un invio a «{0}» ({1}).
Crearne un altro?</source>
        <translation>This case already has a referral to ‘{0}’ ({1}).
Create another one?</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="837"/>
        <source>Aggiunto: {0} — {1}. Ctrl+Invio per creare gli invii.</source>
        <translation>Added: {0} — {1}. Ctrl+Enter to create the referrals.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="921"/>
        <source>Bisogno senza risposta</source>
        <translation>Unmet need</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="923"/>
        <source>Registrare «{0}» come bisogno senza risposta nel {1}?
Note (facoltative):</source>
        <translation>Record ‘{0}’ as an unmet need in {1}?
Notes (optional):</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="951"/>
        <source>Registrato come bisogno senza risposta: {0}.</source>
        <translation>Recorded as an unmet need: {0}.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="963"/>
        <source>Aggiungere almeno un servizio all&apos;elenco (Invio sul servizio).</source>
        <translation>Add at least one service to the list (Enter on the service).</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="974"/>
        <source>Creazione degli invii…</source>
        <translation>Creating the referrals…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="994"/>
        <source>Invii creati: {0}.</source>
        <translation>Referrals created: {0}.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="1002"/>
        <source>Creato l&apos;invio {0}.
Aprire ora la lettera di invio per stamparla?</source>
        <translation>Referral {0} created.
Open the referral letter now to print it?</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="1006"/>
        <source>Creati {0} invii.
Aprire ora le lettere di invio per stamparle?</source>
        <translation>{0} referrals created.
Open the referral letters now to print them?</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="1012"/>
        <source>Lettere di invio</source>
        <translation>Referral letters</translation>
    </message>
</context>
<context>
    <name>ReferralModel</name>
    <message>
        <location filename="../../cotdesk/ui/timeline_model.py" line="167"/>
        <source>Servizio</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/timeline_model.py" line="168"/>
        <source>Ente partner</source>
        <translation>Partner organisation</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/timeline_model.py" line="169"/>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/timeline_model.py" line="170"/>
        <source>Inviato il</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/timeline_model.py" line="171"/>
        <source>Risposta / esito</source>
        <translation>Answer / outcome</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/timeline_model.py" line="172"/>
        <source>Riferimento</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/timeline_model.py" line="217"/>
        <source>Bisogni: {0}</source>
        <translation>Needs: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/timeline_model.py" line="245"/>
        <source>risposta del {0}</source>
        <translation>answered on {0}</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="301"/>
        <source>Registra una nuova persona</source>
        <translation>Register a new person</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="304"/>
        <source>Modifica i dati di {0} {1}</source>
        <translation>Edit the details of {0} {1}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="348"/>
        <location filename="../../cotdesk/ui/registration.py" line="813"/>
        <source>es. RSSMRA85T10H501Z</source>
        <translation>e.g. RSSMRA85T10H501Z</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="349"/>
        <source>Codice fiscale o codice STP/ENI</source>
        <translation>Codice fiscale or STP/ENI code</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="358"/>
        <source>Tipo di codice</source>
        <translation>Type of code</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="360"/>
        <source>Codice fiscale, STP o ENI, oppure «Nessun codice» per chi non ne ha</source>
        <translation>Codice fiscale, STP or ENI, or ‘No code’ for people who have none</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="364"/>
        <source>Esito del controllo del codice</source>
        <translation>Result of the code check</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="367"/>
        <source>Cognome</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="369"/>
        <source>Nome</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="373"/>
        <source>Confronto dei nomi con il codice fiscale</source>
        <translation>Names compared with the codice fiscale</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="380"/>
        <source>non indicata</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="382"/>
        <source>Data di nascita</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="383"/>
        <source>gg/mm/aaaa; non può essere nel futuro</source>
        <translation>dd/mm/yyyy; cannot be in the future</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="387"/>
        <source>Sesso</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="389"/>
        <source>Luogo di nascita</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="390"/>
        <source>comune (provincia) o Stato estero</source>
        <translation>Italian municipality (province) or foreign country</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="410"/>
        <source>Cittadinanza</source>
        <translation>Citizenship</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="413"/>
        <source>scrivere per cercare</source>
        <translation>type to search</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="420"/>
        <source>Lingue parlate</source>
        <translation>Languages spoken</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="422"/>
        <source>Spazio per spuntare; scrivere l&apos;inizio per trovare una lingua</source>
        <translation>Space to tick; type the first letters to find a language</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="430"/>
        <source>Telefono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="432"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="434"/>
        <source>Indirizzo</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="435"/>
        <source>via e numero civico</source>
        <translation>street and house number</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="437"/>
        <source>Comune di residenza</source>
        <translation>Town of residence</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="438"/>
        <source>es. Roma</source>
        <translation>e.g. Roma</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="440"/>
        <source>CAP</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="444"/>
        <source>— non indicato —</source>
        <translation>— not given —</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="447"/>
        <source>Municipio</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="448"/>
        <source>Senza fissa &amp;dimora</source>
        <translation>No fi&amp;xed abode</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="449"/>
        <source>Senza fissa dimora</source>
        <translation>No fixed abode</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="450"/>
        <source>Il municipio è quello in cui la persona è seguita</source>
        <translation>The district is the one where the person is supported</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="455"/>
        <source>Errore</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="457"/>
        <source>&amp;Salva (Ctrl+S)</source>
        <translation>&amp;Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="458"/>
        <source>Salva</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="460"/>
        <source>Chiudi (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="461"/>
        <source>Chiudi: la bozza resta salvata</source>
        <translation>Close: the draft stays saved</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="462"/>
        <source>Quanto scritto resta salvato come bozza</source>
        <translation>What you have typed stays saved as a draft</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="513"/>
        <source>&amp;Codice:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="516"/>
        <source>Co&amp;gnome:</source>
        <translation>S&amp;urname:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="517"/>
        <source>&amp;Nome:</source>
        <translation>First &amp;name:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="522"/>
        <source>Sess&amp;o:</source>
        <translation>S&amp;ex:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="528"/>
        <source>Data di n&amp;ascita:</source>
        <translation>Date of &amp;birth:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="532"/>
        <source>&amp;Luogo di nascita:</source>
        <translation>P&amp;lace of birth:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="533"/>
        <source>C&amp;ittadinanza:</source>
        <translation>C&amp;itizenship:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="534"/>
        <source>Lingue parla&amp;te:</source>
        <translation>Lan&amp;guages spoken:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="535"/>
        <source>Identità</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="542"/>
        <source>Tele&amp;fono:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="543"/>
        <source>&amp;E-mail:</source>
        <translation>E&amp;mail:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="544"/>
        <source>Indiri&amp;zzo:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="547"/>
        <source>CA&amp;P:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="551"/>
        <source>Co&amp;mune:</source>
        <translation>&amp;Town:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="555"/>
        <source>M&amp;unicipio:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="557"/>
        <source>Recapiti</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="593"/>
        <source>Persone già registrate simili</source>
        <translation>Similar people already registered</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="602"/>
        <source>Apri la sc&amp;heda selezionata (Invio)</source>
        <translation>&amp;Open the selected record (Enter)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="603"/>
        <source>Apri la persona già registrata</source>
        <translation>Open the person already registered</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="605"/>
        <source>È una persona nuo&amp;va: registra (Ctrl+S)</source>
        <translation>This is a ne&amp;w person: register (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="606"/>
        <source>Registra come persona nuova</source>
        <translation>Register as a new person</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="610"/>
        <source>Prima di registrare: queste persone sono già sullo sportello e potrebbero essere la stessa. Aprire la sua scheda evita un doppione.</source>
        <translation>Before registering: these people are already on this desk and one of them may be the same person. Opening their record avoids a duplicate.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="624"/>
        <source>Possibili doppioni</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="667"/>
        <source>senza nome</source>
        <translation>no name</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="669"/>
        <source>C&apos;è una registrazione lasciata a metà: {0}.</source>
        <translation>There is a half-finished registration: {0}.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="671"/>
        <source>Ci sono modifiche non ancora salvate: {0}.</source>
        <translation>There are unsaved changes: {0}.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="699"/>
        <source>Bozza non salvata: {0}</source>
        <translation>Draft not saved: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="837"/>
        <source>Persona senza codice: bastano nome e cognome.</source>
        <translation>Person without a code: first name and surname are enough.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="843"/>
        <location filename="../../cotdesk/ui/registration.py" line="854"/>
        <source>{0} caratteri su 16</source>
        <translation>{0} of 16 characters</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="863"/>
        <source>Codice {0} valido: {1}, ASL {2}.</source>
        <translation>Valid {0} code: {1}, ASL {2}.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="885"/>
        <source>Codice fiscale valido. {0} il {1} a {2}.</source>
        <translation>Valid codice fiscale. Born on {1} in {2}.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="902"/>
        <source>Ricavato dal codice fiscale</source>
        <translation>Taken from the codice fiscale</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="956"/>
        <source>Controllare il codice.</source>
        <translation>Check the code.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="959"/>
        <source>Controllare il nome e il cognome.</source>
        <translation>Check the first name and surname.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="974"/>
        <source>Inserire {0}, oppure scegliere «Nessun codice».</source>
        <translation>Enter the code, or choose ‘No code’.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="979"/>
        <source>Un codice {0} inizia con «{0}».</source>
        <translation>An {0} code starts with ‘{0}’.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="985"/>
        <source>Cittadinanza non riconosciuta: sceglierla dall&apos;elenco.</source>
        <translation>Citizenship not recognised: choose it from the list.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="1035"/>
        <source>Controllo dei possibili doppioni…</source>
        <translation>Checking for possible duplicates…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="1068"/>
        <source>Controllo dei doppioni non riuscito: {0}</source>
        <translation>Duplicate check failed: {0}</translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>ENI</source>
        <translation>ENI</translation>
    </message>
    <message>
        <source>Femminile</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Maschile</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Nessun codice</source>
        <translation>No code</translation>
    </message>
    <message>
        <source>Non indicato</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>STP</source>
        <translation>STP</translation>
    </message>
</context>
<context>
    <name>ScreenLock</name>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="333"/>
        <source>cotdesk — schermo bloccato</source>
        <translation>cotdesk — screen locked</translation>
    </message>
</context>
<context>
    <name>ScreenTools</name>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="555"/>
        <source>&amp;Blocca schermo</source>
        <translation>&amp;Lock screen</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="560"/>
        <source>&amp;Nascondi dati sensibili</source>
        <translation>&amp;Hide sensitive data</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="569"/>
        <source>PIN di s&amp;blocco…</source>
        <translation>Un&amp;lock PIN…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="577"/>
        <source>&amp;Strumenti</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="582"/>
        <source>Dati sensibili nascosti (Ctrl+Shift+H)</source>
        <translation>Sensitive data hidden (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="583"/>
        <source>Modalità riservatezza</source>
        <translation>Privacy mode</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="596"/>
        <source>PIN di sblocco aggiornato.</source>
        <translation>Unlock PIN updated.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="610"/>
        <source>Dati sensibili nascosti: nomi come iniziali, codici e recapiti coperti.</source>
        <translation>Sensitive data hidden: names as initials, codes and contacts covered.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="612"/>
        <source>Dati sensibili di nuovo visibili.</source>
        <translation>Sensitive data visible again.</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="250"/>
        <source>Collega al server della rete</source>
        <translation>Connect to the network&apos;s server</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="253"/>
        <source>Verificare il server e confrontare l&apos;impronta del certificato con quella del referente informatico, poi registrare la postazione.</source>
        <translation>Check the server and compare the certificate&apos;s fingerprint with the IT contact&apos;s, then enroll the desk.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="261"/>
        <source>Errore</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="265"/>
        <source>Modifica servizio</source>
        <translation>Edit service</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="265"/>
        <source>Nuovo servizio</source>
        <translation>New service</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="270"/>
        <source>&amp;Nome:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="274"/>
        <source>&amp;Descrizione:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="277"/>
        <source>Aree di intervento</source>
        <translation>Intervention areas</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="281"/>
        <source>&amp;Aree:</source>
        <translation>&amp;Areas:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="284"/>
        <source>Bisogni a cui risponde</source>
        <translation>Needs it meets</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="288"/>
        <source>&amp;Bisogni:</source>
        <translation>Needs &amp;met:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="294"/>
        <source>&amp;Costo:</source>
        <translation>&amp;Cost:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="296"/>
        <source>Note sul cos&amp;to:</source>
        <translation>Cos&amp;t notes:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="299"/>
        <source>non indicati</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="301"/>
        <source>&amp;Posti:</source>
        <translation>&amp;Places:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="304"/>
        <source>Lingue parlate</source>
        <translation>Languages spoken</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="308"/>
        <source>&amp;Lingue:</source>
        <translation>&amp;Languages:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="310"/>
        <source>— non indicato —</source>
        <translation>— not given —</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="315"/>
        <source>&amp;Municipio:</source>
        <translation>D&amp;istrict:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="317"/>
        <source>&amp;Indirizzo:</source>
        <translation>Add&amp;ress:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="319"/>
        <source>Tele&amp;fono:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="321"/>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="323"/>
        <source>&amp;Orari:</source>
        <translation>&amp;Opening hours:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="327"/>
        <source>&amp;Requisiti:</source>
        <translation>Eli&amp;gibility:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="328"/>
        <source>Servizio atti&amp;vo</source>
        <translation>Service acti&amp;ve</translation>
    </message>
</context>
<context>
    <name>ServiceMatchModel</name>
    <message>
        <location filename="../../cotdesk/ui/service_model.py" line="170"/>
        <source>Servizio</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/service_model.py" line="171"/>
        <source>Ente partner</source>
        <translation>Partner organisation</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/service_model.py" line="172"/>
        <source>Protocollo d&apos;intesa</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/service_model.py" line="173"/>
        <source>Bisogni</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/service_model.py" line="174"/>
        <source>Costo</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/service_model.py" line="175"/>
        <source>Posti</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/service_model.py" line="176"/>
        <source>Municipio</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/service_model.py" line="177"/>
        <source>Lingue</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/service_model.py" line="178"/>
        <source>Orari</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/service_model.py" line="234"/>
        <source> · già inviato ({0})</source>
        <translation> · already referred ({0})</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/service_model.py" line="247"/>
        <source>Attenzione: protocollo {0}</source>
        <translation>Warning: agreement {0}</translation>
    </message>
</context>
<context>
    <name>ServiceRowModel</name>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="147"/>
        <source>Servizio</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="148"/>
        <source>Aree</source>
        <translation>Areas</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="149"/>
        <source>Costo</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="150"/>
        <source>Municipio</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="151"/>
        <source>Orari</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="152"/>
        <source>Attivo</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="166"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="166"/>
        <source>sì</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../cotdesk/ui/settings_dialog.py" line="87"/>
        <location filename="../../cotdesk/ui/settings_dialog.py" line="213"/>
        <source>Impostazioni</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/settings_dialog.py" line="96"/>
        <source>Le impostazioni di questa postazione. Quelle dello sportello valgono per tutte le sue postazioni; i campi non modificabili dicono perché.</source>
        <translation>The settings of this workstation. Desk-wide ones apply to all of the desk&apos;s workstations; fields you cannot change say why.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/settings_dialog.py" line="124"/>
        <source>&amp;Salva</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/settings_dialog.py" line="127"/>
        <source>&amp;Valori predefiniti</source>
        <translation>&amp;Defaults</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/settings_dialog.py" line="130"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/settings_dialog.py" line="158"/>
        <source>Si applica dal prossimo avvio di cotdesk.</source>
        <translation>Takes effect the next time cotdesk starts.</translation>
    </message>
</context>
<context>
    <name>SeverityDelegate</name>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="316"/>
        <source>Gravità del bisogno</source>
        <translation>Severity of the need</translation>
    </message>
</context>
<context>
    <name>StartupCheck</name>
    <message>
        <location filename="../../cotdesk/ui/startup_check.py" line="39"/>
        <source>cotdesk: database danneggiato</source>
        <translation>cotdesk: damaged database</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/startup_check.py" line="49"/>
        <source>Database danneggiato: ripristinare una copia di sicurezza.</source>
        <translation>Damaged database: restore a backup copy.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/startup_check.py" line="56"/>
        <source>Copia di sicurezza non riuscita: {0}</source>
        <translation>Backup copy failed: {0}</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="341"/>
        <source>&lt;h2&gt;Statistiche&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Statistics&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="345"/>
        <source>Periodo</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="347"/>
        <source>Anno in corso</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="348"/>
        <source>Ultimi 12 mesi</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="349"/>
        <source>Anno precedente</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="350"/>
        <source>Dall&apos;inizio</source>
        <translation>From the beginning</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="351"/>
        <source>Date scelte</source>
        <translation>Chosen dates</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="354"/>
        <source>Peri&amp;odo:</source>
        <translation>Peri&amp;od:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="356"/>
        <source>Dal giorno</source>
        <translation>From day</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="357"/>
        <source>&amp;Dal:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="359"/>
        <source>Al giorno</source>
        <translation>To day</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="360"/>
        <source>A&amp;l:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="363"/>
        <source>Municipio</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="364"/>
        <source>Tutti i municipi</source>
        <translation>All districts</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="367"/>
        <source>&amp;Municipio:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="370"/>
        <source>Sportello</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="375"/>
        <source>Il coordinatore vede le statistiche del suo sportello.</source>
        <translation>A coordinator sees the statistics of their own desk.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="378"/>
        <source>Tutta la rete</source>
        <translation>The whole network</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="381"/>
        <source>Spor&amp;tello:</source>
        <translation>Des&amp;k:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="401"/>
        <source>Ogni persona è contata una sola volta per area, anche se ha più prese in carico; chi è seguito in più aree compare in ciascuna, ma una sola volta nel totale, che conta le persone distinte.</source>
        <translation>Each person is counted once per area, however many cases they have; someone followed in several areas appears in each of them, but only once in the total, which counts distinct people.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="408"/>
        <source>Come si contano le persone</source>
        <translation>How people are counted</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="413"/>
        <source>Riepilogo</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="418"/>
        <source>Sezioni delle statistiche</source>
        <translation>Statistics sections</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="427"/>
        <source>Esito</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="430"/>
        <source>Aggiorna (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="431"/>
        <source>Esporta CSV… (Ctrl+E)</source>
        <translation>Export CSV… (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="432"/>
        <source>Esporta PDF… (Ctrl+P)</source>
        <translation>Export PDF… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="476"/>
        <location filename="../../cotdesk/ui/statistics_page.py" line="771"/>
        <source>Persone raggiunte per area</source>
        <translation>People reached per area</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="478"/>
        <source>Grafico delle persone per area</source>
        <translation>Chart of people per area</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="484"/>
        <source>Persone raggiunte: prese in carico attive nel periodo (aperte entro l&apos;ultimo giorno e non chiuse prima del primo). Municipio: quello della persona, altrimenti quello dello sportello.</source>
        <translation>People reached: cases active in the period (opened by its last day and not closed before its first). District: the person&apos;s, otherwise the desk&apos;s.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="494"/>
        <source>Persone raggiunte per municipio</source>
        <translation>People reached per district</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="497"/>
        <source>&amp;Persone raggiunte</source>
        <translation>&amp;People reached</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="504"/>
        <source>Bisogni senza risposta registrati nel periodo; «risolti» se un invio successivo li ha coperti.</source>
        <translation>Unmet needs recorded in the period; &quot;resolved&quot; when a later referral covered them.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="512"/>
        <source>Grafico dei bisogni senza risposta per area</source>
        <translation>Chart of unmet needs per area</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="515"/>
        <source>Bisogni più spesso senza risposta</source>
        <translation>Needs most often unmet</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="522"/>
        <source>Bisogni senza risposta per municipio e area</source>
        <translation>Unmet needs per district and area</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="525"/>
        <source>&amp;Bisogni senza risposta</source>
        <translation>&amp;Unmet needs</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="532"/>
        <source>Invii inviati nel periodo. Accettazione: accettati su (accettati + rifiutati). Giorni alla risposta: dall&apos;invio alla risposta dell&apos;ente. Conclusione: conclusi su (conclusi + interrotti).</source>
        <translation>Referrals sent in the period. Acceptance: accepted over (accepted + refused). Days to answer: from sending to the partner&apos;s answer. Completion: completed over (completed + interrupted).</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="542"/>
        <source>Totale degli invii</source>
        <translation>Referral totals</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="546"/>
        <source>Per ente partner</source>
        <translation>By partner organisation</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="547"/>
        <source>Per servizio</source>
        <translation>By service</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="548"/>
        <source>Raggruppa gli invii</source>
        <translation>Group the referrals</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="549"/>
        <source>Ra&amp;ggruppa:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="558"/>
        <source>Esiti degli invii per ente</source>
        <translation>Referral outcomes per partner</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="561"/>
        <source>Esiti degli invii per servizio</source>
        <translation>Referral outcomes per service</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="567"/>
        <source>Esiti degli in&amp;vii</source>
        <translation>Referral out&amp;comes</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="572"/>
        <source>Grafico delle prese in carico per mese</source>
        <translation>Chart of cases per month</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="575"/>
        <location filename="../../cotdesk/ui/statistics_page.py" line="821"/>
        <source>Prese in carico aperte e chiuse per mese</source>
        <translation>Cases opened and closed per month</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="580"/>
        <source>Prese in carico per m&amp;ese</source>
        <translation>Cases per mont&amp;h</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="646"/>
        <source>Calcolo delle statistiche…</source>
        <translation>Computing the statistics…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="666"/>
        <source>Impossibile calcolare le statistiche: riprovare (F5).</source>
        <translation>The statistics could not be computed: try again (F5).</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="683"/>
        <source>{0} · {1} · dal {2} al {3}: persone raggiunte {4} · bisogni senza risposta aperti {5} · invii {6} (accettati {7}) · prese in carico aperte {8}, chiuse {9}.</source>
        <translation>{0} · {1} · from {2} to {3}: people reached {4} · open unmet needs {5} · referrals {6} (accepted {7}) · cases opened {8}, closed {9}.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="701"/>
        <source>Totale persone distinte</source>
        <translation>Total distinct people</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="713"/>
        <source>Invii {0}: accettati {1}, rifiutati {2}, in attesa {3}, annullati {4}; accettazione {5}; giorni alla risposta: mediana {6}, media {7}; conclusione {8}.</source>
        <translation>Referrals {0}: accepted {1}, refused {2}, waiting {3}, cancelled {4}; acceptance {5}; days to answer: median {6}, mean {7}; completion {8}.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="753"/>
        <source>Minori</source>
        <translation>Minors</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="754"/>
        <source>Disabilità</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="755"/>
        <source>Anziani</source>
        <translation>Older people</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="756"/>
        <source>Adulti e famiglie</source>
        <translation>Adults and families</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="757"/>
        <source>Cultura e agricoltura sociale</source>
        <translation>Culture and social farming</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="773"/>
        <source>Persone</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="797"/>
        <source>Bisogni senza risposta per area</source>
        <translation>Unmet needs per area</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="799"/>
        <source>Aperti</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="799"/>
        <source>Risolti</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="809"/>
        <source>Nessuno</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="823"/>
        <source>Aperte</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="823"/>
        <source>Chiuse</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="858"/>
        <source>Attendere il calcolo delle statistiche.</source>
        <translation>Wait for the statistics to be computed.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="862"/>
        <source>Documento PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="862"/>
        <source>File CSV (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="865"/>
        <source>Esporta le statistiche</source>
        <translation>Export the statistics</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="873"/>
        <source>Esportazione in corso…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="884"/>
        <source>Statistiche esportate in {0}.</source>
        <translation>Statistics exported to {0}.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="892"/>
        <source>Impossibile scrivere il file {0}: {1}. Scegliere un&apos;altra cartella.</source>
        <translation>Cannot write the file {0}: {1}. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="896"/>
        <source>Esportazione non riuscita: riprovare.</source>
        <translation>The export failed: try again.</translation>
    </message>
</context>
<context>
    <name>SyncArea</name>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="219"/>
        <source>Sincronizza &amp;ora</source>
        <translation>Sync &amp;now</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="221"/>
        <source>&amp;Conflitti e modifiche sospese…</source>
        <translation>&amp;Conflicts and parked changes…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="224"/>
        <source>&amp;Registra la postazione sul server…</source>
        <translation>&amp;Enroll this desk with the server…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="228"/>
        <location filename="../../cotdesk/ui/sync_status.py" line="230"/>
        <source>S&amp;incronizzazione</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="241"/>
        <source>Sincronizzazione già in corso.</source>
        <translation>A sync is already running.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="245"/>
        <source>La postazione non è registrata presso un server: usare Sincronizzazione → Registra la postazione (Ctrl+F9).</source>
        <translation>This desk is not enrolled with a server: use Sync → Enroll this desk (Ctrl+F9).</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="296"/>
        <source>Sincronizzazione: non configurata</source>
        <translation>Sync: not set up</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="297"/>
        <source>La postazione non è registrata presso un server di sincronizzazione: lavora solo in locale. Registrarla dal menu Sincronizzazione (Ctrl+F9).</source>
        <translation>This desk is not enrolled with a sync server: it works locally only. Enroll it from the Sync menu (Ctrl+F9).</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="301"/>
        <source>Sincronizzazione in corso…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="303"/>
        <source>In attesa della prima sincronizzazione</source>
        <translation>Waiting for the first sync</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="305"/>
        <source>In linea</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="307"/>
        <source>Postazione non autorizzata</source>
        <translation>Desk not authorised</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="309"/>
        <source>Non in linea: aggiornare cotdesk</source>
        <translation>Offline: update cotdesk</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="311"/>
        <source>Non in linea: aggiornare il server</source>
        <translation>Offline: update the server</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="313"/>
        <source>Non in linea</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="324"/>
        <source>sincronizzato: {0}</source>
        <translation>synced: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="326"/>
        <source>da inviare: {0}</source>
        <translation>waiting: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="328"/>
        <source>sospese: {0}</source>
        <translation>parked: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="330"/>
        <source>conflitti: {0}</source>
        <translation>conflicts: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="336"/>
        <source>prima sincronizzazione: casi aperti, {0} righe ricevute</source>
        <translation>first sync: open cases, {0} rows received</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="340"/>
        <source>prima sincronizzazione: {0} di circa {1} righe ({2}%)</source>
        <translation>first sync: {0} of about {1} rows ({2}%)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="348"/>
        <source>Server: {0}</source>
        <translation>Server: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="351"/>
        <source>Ultima sincronizzazione riuscita: {0}</source>
        <translation>Last successful sync: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="356"/>
        <source>Nessuna sincronizzazione riuscita finora.</source>
        <translation>No successful sync yet.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="357"/>
        <source>Modifiche da inviare: {0}</source>
        <translation>Changes to send: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="359"/>
        <source>Modifiche sospese (rifiutate dal server): {0}</source>
        <translation>Parked changes (refused by the server): {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="362"/>
        <source>Conflitti aperti dell&apos;ufficio: {0}</source>
        <translation>Open conflicts of the office: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="364"/>
        <source>Il server chiede una sincronizzazione completa.</source>
        <translation>The server asks for a full resync.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="366"/>
        <source>Ultimo errore: {0}</source>
        <translation>Last error: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="368"/>
        <source>Prossimo tentativo: {0}</source>
        <translation>Next try: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="371"/>
        <source>F9: sincronizza ora · Maiusc+F9 o doppio clic qui: conflitti e modifiche sospese</source>
        <translation>F9: sync now · Shift+F9 or double click here: conflicts and parked changes</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="155"/>
        <source>Errore imprevisto durante la sincronizzazione: {0}</source>
        <translation>Unexpected error while syncing: {0}</translation>
    </message>
</context>
<context>
    <name>SyncDetailsDialog</name>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="133"/>
        <source>Conflitti e modifiche sospese</source>
        <translation>Conflicts and parked changes</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="137"/>
        <source>&amp;Conflitti</source>
        <translation>&amp;Conflicts</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="138"/>
        <source>Modifiche &amp;sospese</source>
        <translation>&amp;Parked changes</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="156"/>
        <source>Conflitti aperti</source>
        <translation>Open conflicts</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="172"/>
        <source>&amp;Aggiorna</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="193"/>
        <source>Lettura dei conflitti dal server…</source>
        <translation>Reading the conflicts from the server…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="207"/>
        <source>&amp;Conflitti ({0})</source>
        <translation>&amp;Conflicts ({0})</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="211"/>
        <source>Questi campi sono stati modificati su due postazioni. Il record contiene il valore arrivato prima al server; l&apos;altro è conservato. Scegliere quale tenere: la scelta vale per tutte le postazioni dell&apos;ufficio.</source>
        <translation>These fields were changed on two desks. The record holds the value that reached the server first; the other is kept. Choose which to keep: the choice applies to every desk of the office.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="219"/>
        <source>Nessun conflitto aperto nell&apos;ufficio.</source>
        <translation>No open conflicts in the office.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="226"/>
        <source>Per vedere e risolvere i conflitti serve il server: {0}</source>
        <translation>Seeing and resolving conflicts needs the server: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="237"/>
        <source>non noto</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="238"/>
        <source>{0}
{1}
da {2}, {3}</source>
        <translation>{0}
{1}
by {2}, {3}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="247"/>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="264"/>
        <source>Tieni il valore &amp;attuale</source>
        <translation>Keep the &amp;current value</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="248"/>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="265"/>
        <source>Usa l&apos;a&amp;ltro valore</source>
        <translation>Use the &amp;other value</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="252"/>
        <source>Valore attuale (nel record)</source>
        <translation>Current value (in the record)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="255"/>
        <source>Altro valore (conservato)</source>
        <translation>Other value (kept)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="258"/>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="262"/>
        <source>Prendi il &amp;loro</source>
        <translation>Take &amp;theirs</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="259"/>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="261"/>
        <source>Tieni il &amp;mio</source>
        <translation>Keep &amp;mine</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="285"/>
        <source>Invio della scelta al server…</source>
        <translation>Sending the choice to the server…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="299"/>
        <source>Il conflitto era già stato risolto su un&apos;altra postazione.</source>
        <translation>The conflict had already been resolved on another desk.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="313"/>
        <source>Modifiche che il server ha rifiutato, con il motivo. Non sono state applicate e non bloccano le altre; i loro dati sono conservati qui.</source>
        <translation>Changes the server refused, with the reason. They were not applied and do not block the others; their data is kept here.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="319"/>
        <source>Modifiche sospese</source>
        <translation>Parked changes</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="323"/>
        <source>Dettaglio della modifica sospesa</source>
        <translation>Parked change details</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="335"/>
        <source>Modifiche &amp;sospese ({0})</source>
        <translation>&amp;Parked changes ({0})</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="349"/>
        <source>{0} di {1}, {2}</source>
        <translation>{0} by {1}, {2}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="351"/>
        <source>operatore non noto</source>
        <translation>unknown operator</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="354"/>
        <source>Dati conservati:</source>
        <translation>Data kept:</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="309"/>
        <source>Prima sincronizzazione</source>
        <translation>First sync</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="310"/>
        <source>La postazione riceve dal server i dati del proprio sportello.</source>
        <translation>The desk receives its office&apos;s data from the server.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="312"/>
        <source>Avanzamento</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="316"/>
        <source>&amp;Riprova la sincronizzazione</source>
        <translation>&amp;Try the sync again</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="342"/>
        <source>Sincronizzazione con il server in corso…</source>
        <translation>Syncing with the server…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="359"/>
        <source>La postazione è registrata, ma la prima sincronizzazione non è riuscita:
{0}</source>
        <translation>The desk is enrolled, but the first sync did not succeed:
{0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="362"/>
        <source>La prima sincronizzazione non è riuscita: gli operatori dello sportello non sono ancora sulla postazione. Riprovare chiudendo e riaprendo cotdesk.</source>
        <translation>The first sync did not succeed: the office&apos;s workers are not on this desk yet. Try again by closing and reopening cotdesk.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="369"/>
        <source>Sincronizzazione completata: {0} dati ricevuti, {1} operatori possono accedere. Premere Fine: il primo operatore accede con le proprie credenziali.</source>
        <translation>Sync complete: {0} records received, {1} workers can log in. Press Finish: the first worker logs in with their own credentials.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="376"/>
        <source>Sincronizzazione completata ({0} dati ricevuti), ma il server non ha ancora inviato gli operatori dello sportello: nessuno può ancora accedere su questa postazione. Chiedere al referente informatico di registrarli sul server; alla prossima apertura cotdesk li riceverà.</source>
        <translation>Sync complete ({0} records received), but the server has not sent the office&apos;s workers yet: nobody can log in on this desk yet. Ask the IT contact to register them on the server; cotdesk will receive them the next time it opens.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="382"/>
        <source>Gli operatori dello sportello non sono ancora arrivati dal server: chiedere al referente informatico di registrarli, poi riaprire cotdesk.</source>
        <translation>The office&apos;s workers have not arrived from the server yet: ask the IT contact to register them, then reopen cotdesk.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../cotdesk/ui/timeline_model.py" line="48"/>
        <source>Data e ora</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/timeline_model.py" line="49"/>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/timeline_model.py" line="50"/>
        <source>Operatore</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/timeline_model.py" line="51"/>
        <source>Testo</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/timeline_model.py" line="54"/>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/timeline_model.py" line="55"/>
        <source>Telefonata</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/timeline_model.py" line="56"/>
        <source>Colloquio</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/timeline_model.py" line="57"/>
        <source>Valutazione</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/timeline_model.py" line="58"/>
        <source>Invio</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/timeline_model.py" line="59"/>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/timeline_model.py" line="60"/>
        <source>Assegnazione</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/timeline_model.py" line="61"/>
        <source>Prossimo contatto</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/timeline_model.py" line="62"/>
        <source>Decisione</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/timeline_model.py" line="63"/>
        <source>Bisogno senza risposta</source>
        <translation>Unmet need</translation>
    </message>
</context>
<context>
    <name>UnmetModel</name>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="146"/>
        <source>Municipio</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="147"/>
        <source>Area di intervento</source>
        <translation>Intervention area</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="148"/>
        <source>Aperti</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="149"/>
        <source>Risolti</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="150"/>
        <source>Totale</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="251"/>
        <source>Revoca del consenso</source>
        <translation>Withdrawal of consent</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="255"/>
        <source>Spuntare i consensi che la persona revoca. La revoca viene registrata con data e operatore; i consensi dati prima restano nello storico.</source>
        <translation>Tick the consents the person is withdrawing. The withdrawal is recorded with the date and the worker; consents given earlier stay in the history.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="270"/>
        <source>Note sulla revoca</source>
        <translation>Notes on the withdrawal</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="271"/>
        <source>es. revoca comunicata per telefono</source>
        <translation>e.g. withdrawal given over the phone</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="273"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="278"/>
        <source>&amp;Registra la revoca (Ctrl+S)</source>
        <translation>&amp;Record the withdrawal (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="280"/>
        <source>Registra la revoca</source>
        <translation>Record the withdrawal</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="281"/>
        <source>Annulla (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="297"/>
        <source>Spuntare almeno un consenso da revocare.</source>
        <translation>Tick at least one consent to withdraw.</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="150"/>
        <source>Errore</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="156"/>
        <source>Salva</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="157"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../cotdesk/ui/app.py" line="38"/>
        <source>cotdesk: impossibile aprire il database</source>
        <translation>cotdesk: cannot open the database</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="141"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="82"/>
        <source>Errore imprevisto ({0}): riprovare o rivolgersi all&apos;assistenza.</source>
        <translation>Unexpected error ({0}): try again or contact support.</translation>
    </message>
</context>
</TS>
