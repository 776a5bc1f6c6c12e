<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="it_IT">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../cotdesk/ui/about_dialog.py" line="36"/>
        <source>Informazioni su cotdesk</source>
        <translation>Informazioni su cotdesk</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/about_dialog.py" line="46"/>
        <source>Gestione delle prese in carico per gli sportelli delle COT solidali. Software libero, distribuito con licenza EUPL 1.2.</source>
        <translation>Gestione delle prese in carico per gli sportelli delle COT solidali. Software libero, distribuito con licenza EUPL 1.2.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/about_dialog.py" line="60"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/about_dialog.py" line="61"/>
        <source>File di log</source>
        <translation>File di log</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/about_dialog.py" line="65"/>
        <source>Componente</source>
        <translation>Componente</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/about_dialog.py" line="65"/>
        <source>Licenza</source>
        <translation>Licenza</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/about_dialog.py" line="65"/>
        <source>Uso</source>
        <translation>Uso</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/about_dialog.py" line="65"/>
        <source>Versione</source>
        <translation>Versione</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/about_dialog.py" line="67"/>
        <source>Componenti inclusi e loro licenze</source>
        <translation>Componenti inclusi e loro licenze</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/about_dialog.py" line="86"/>
        <source>Qt e PySide6 sono usati con licenza LGPL v3: le loro librerie sono file separati nella cartella del programma e si possono sostituire con versioni compatibili. Il codice sorgente di Qt e di PySide6 è disponibile presso qt.io; quello di cotdesk presso chi lo distribuisce.</source>
        <translation>Qt e PySide6 sono usati con licenza LGPL v3: le loro librerie sono file separati nella cartella del programma e si possono sostituire con versioni compatibili. Il codice sorgente di Qt e di PySide6 è disponibile presso qt.io; quello di cotdesk presso chi lo distribuisce.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/about_dialog.py" line="97"/>
        <source>&amp;Copia informazioni</source>
        <translation>&amp;Copia informazioni</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/about_dialog.py" line="100"/>
        <source>Apri cartella dei &amp;log</source>
        <translation>Apri cartella dei &amp;log</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/about_dialog.py" line="103"/>
        <source>&amp;Chiudi</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/about_dialog.py" line="114"/>
        <source>Componenti inclusi:</source>
        <translation>Componenti inclusi:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/about_dialog.py" line="135"/>
        <source>Informazioni &amp;copiate</source>
        <translation>Informazioni &amp;copiate</translation>
    </message>
</context>
<context>
    <name>AccessRequestDialog</name>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1308"/>
        <source>Presa in carico riservata</source>
        <translation>Presa in carico riservata</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1313"/>
        <source>La presa in carico {0} è riservata: il contenuto lo consultano l&apos;operatore assegnato e il coordinatore.</source>
        <translation>La presa in carico {0} è riservata: il contenuto lo consultano l&apos;operatore assegnato e il coordinatore.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1321"/>
        <source>Riferimento:</source>
        <translation>Riferimento:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1322"/>
        <source>Stato:</source>
        <translation>Stato:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1324"/>
        <source>Operatore assegnato:</source>
        <translation>Operatore assegnato:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1325"/>
        <source>da assegnare</source>
        <translation>da assegnare</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1330"/>
        <source>Se serve consultarla, indicare il motivo: l&apos;accesso vale fino a fine giornata, resta nel registro accessi e il coordinatore ne è informato.</source>
        <translation>Se serve consultarla, indicare il motivo: l&apos;accesso vale fino a fine giornata, resta nel registro accessi e il coordinatore ne è informato.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1341"/>
        <source>Motivo dell&apos;accesso</source>
        <translation>Motivo dell&apos;accesso</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1342"/>
        <source>&amp;Motivo:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1347"/>
        <source>Errore</source>
        <translation>Errore</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1354"/>
        <source>Richiedi accesso</source>
        <translation>Richiedi accesso</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1355"/>
        <source>Ctrl+Invio</source>
        <translation>Ctrl+Invio</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1356"/>
        <source>Annulla</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>AddMemberDialog</name>
    <message>
        <location filename="../../cotdesk/ui/household.py" line="126"/>
        <source>Aggiungi un componente del nucleo familiare</source>
        <translation>Aggiungi un componente del nucleo familiare</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/household.py" line="130"/>
        <source>Cerca la persona da aggiungere</source>
        <translation>Cerca la persona da aggiungere</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/household.py" line="132"/>
        <source>cognome e nome, codice fiscale, telefono o data di nascita</source>
        <translation>cognome e nome, codice fiscale, telefono o data di nascita</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/household.py" line="138"/>
        <source>Persone trovate</source>
        <translation>Persone trovate</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/household.py" line="150"/>
        <source>Relazione con l&apos;intestatario</source>
        <translation>Relazione con l&apos;intestatario</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/household.py" line="157"/>
        <source>&amp;Aggiungi al nucleo (Ctrl+S)</source>
        <translation>&amp;Aggiungi al nucleo (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/household.py" line="158"/>
        <source>Aggiungi al nucleo</source>
        <translation>Aggiungi al nucleo</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/household.py" line="160"/>
        <source>Registra una &amp;nuova persona (Ctrl+N)</source>
        <translation>Registra una &amp;nuova persona (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/household.py" line="161"/>
        <source>Registra una nuova persona e aggiungila</source>
        <translation>Registra una nuova persona e aggiungila</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/household.py" line="163"/>
        <source>Annulla (Esc)</source>
        <translation>Annulla (Esc)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/household.py" line="167"/>
        <source>&amp;Cerca:</source>
        <translation>&amp;Cerca:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/household.py" line="168"/>
        <source>&amp;Relazione con l&apos;intestatario:</source>
        <translation>&amp;Relazione con l&apos;intestatario:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/household.py" line="233"/>
        <source>Una persona trovata: scegliere la relazione e aggiungerla.</source>
        <translation>Una persona trovata: scegliere la relazione e aggiungerla.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/household.py" line="235"/>
        <source>{0} persone trovate: scegliere con ↑↓, poi la relazione.</source>
        <translation>{0} persone trovate: scegliere con ↑↓, poi la relazione.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/household.py" line="240"/>
        <source>Nessuna persona trovata: registrarla con Ctrl+N.</source>
        <translation>Nessuna persona trovata: registrarla con Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/household.py" line="247"/>
        <source>Cercare e scegliere prima la persona da aggiungere.</source>
        <translation>Cercare e scegliere prima la persona da aggiungere.</translation>
    </message>
    <message>
        <source>Altro</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Coniuge/partner</source>
        <translation>Coniuge/partner</translation>
    </message>
    <message>
        <source>Convivente</source>
        <translation>Convivente</translation>
    </message>
    <message>
        <source>Figlio/a</source>
        <translation>Figlio/a</translation>
    </message>
    <message>
        <source>Fratello/sorella</source>
        <translation>Fratello/sorella</translation>
    </message>
    <message>
        <source>Genitore</source>
        <translation>Genitore</translation>
    </message>
    <message>
        <source>Nipote</source>
        <translation>Nipote</translation>
    </message>
    <message>
        <source>Nonno/a</source>
        <translation>Nonno/a</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="92"/>
        <source>N.</source>
        <translation>N.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="93"/>
        <source>Riferimento</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="94"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="95"/>
        <source>Motivi</source>
        <translation>Motivi</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="96"/>
        <source>Operatore</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="97"/>
        <source>Decisione</source>
        <translation>Decisione</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="113"/>
        <source>— nessuno —</source>
        <translation>— nessuno —</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="115"/>
        <source>da decidere</source>
        <translation>da decidere</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="371"/>
        <source>Rinnova il protocollo d&apos;intesa</source>
        <translation>Rinnova il protocollo d&apos;intesa</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="373"/>
        <source>Nuovo protocollo d&apos;intesa</source>
        <translation>Nuovo protocollo d&apos;intesa</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="380"/>
        <source>
Rinnovo del protocollo {0} in vigore fino al {1}: il nuovo parte dal giorno dopo e dura cinque anni, se non si cambia la fine.</source>
        <translation>
Rinnovo del protocollo {0} in vigore fino al {1}: il nuovo parte dal giorno dopo e dura cinque anni, se non si cambia la fine.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="392"/>
        <source>Il rinnovo parte dal giorno dopo la scadenza.</source>
        <translation>Il rinnovo parte dal giorno dopo la scadenza.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="393"/>
        <source>&amp;Dal:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="397"/>
        <source>&amp;Al (5 anni se non cambiato):</source>
        <translation>&amp;Al (5 anni se non cambiato):</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="402"/>
        <source>&amp;Numero di protocollo:</source>
        <translation>&amp;Numero di protocollo:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="406"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
</context>
<context>
    <name>AgreementModel</name>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="113"/>
        <source>Al</source>
        <translation>Al</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="113"/>
        <source>Dal</source>
        <translation>Dal</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="113"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="113"/>
        <source>Numero</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="113"/>
        <source>Stato</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="124"/>
        <source>in corso</source>
        <translation>in corso</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="125"/>
        <source>scaduto</source>
        <translation>scaduto</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="126"/>
        <source>futuro</source>
        <translation>futuro</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="130"/>
        <source> · rinnovato</source>
        <translation> · rinnovato</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="132"/>
        <source> · rinnovo</source>
        <translation> · rinnovo</translation>
    </message>
</context>
<context>
    <name>AreaModel</name>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="104"/>
        <source>Area di intervento</source>
        <translation>Area di intervento</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="104"/>
        <source>Persone</source>
        <translation>Persone</translation>
    </message>
</context>
<context>
    <name>AssessmentForm</name>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="390"/>
        <source>Valutazione del bisogno — {0} — {1}</source>
        <translation>Valutazione del bisogno — {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="412"/>
        <source>Nuova versione n. {0}. Parte dalla valutazione n. {1} del {2}: quella resta consultabile.</source>
        <translation>Nuova versione n. {0}. Parte dalla valutazione n. {1} del {2}: quella resta consultabile.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="420"/>
        <source>Prima valutazione del bisogno di questa presa in carico.</source>
        <translation>Prima valutazione del bisogno di questa presa in carico.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="428"/>
        <source>Bisogni</source>
        <translation>Bisogni</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="445"/>
        <source>&amp;Bisogni</source>
        <translation>&amp;Bisogni</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="450"/>
        <source>Frecce: spostarsi · Spazio: presente / assente · 1 Lieve, 2 Moderato, 3 Grave, 4 Gravissimo · F2: note</source>
        <translation>Frecce: spostarsi · Spazio: presente / assente · 1 Lieve, 2 Moderato, 3 Grave, 4 Gravissimo · F2: note</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="457"/>
        <source>Mostra i bisogni di &amp;tutte le aree</source>
        <translation>Mostra i bisogni di &amp;tutte le aree</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="458"/>
        <source>Mostra i bisogni di tutte le aree</source>
        <translation>Mostra i bisogni di tutte le aree</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="463"/>
        <source>Errore nei bisogni</source>
        <translation>Errore nei bisogni</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="467"/>
        <source>&amp;Fattori di vulnerabilità</source>
        <translation>&amp;Fattori di vulnerabilità</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="480"/>
        <source>Sintesi della valutazione</source>
        <translation>Sintesi della valutazione</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="482"/>
        <source>Situazione della persona e del nucleo, risorse, cosa chiede</source>
        <translation>Situazione della persona e del nucleo, risorse, cosa chiede</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="484"/>
        <source>&amp;Sintesi:</source>
        <translation>&amp;Sintesi:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="490"/>
        <source>Punteggio di priorità</source>
        <translation>Punteggio di priorità</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="495"/>
        <source>Motivi della priorità</source>
        <translation>Motivi della priorità</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="496"/>
        <source>Priorità (si aggiorna mentre compili)</source>
        <translation>Priorità (si aggiorna mentre compili)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="505"/>
        <source>Errore</source>
        <translation>Errore</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="511"/>
        <source>Salva valutazione (Ctrl+Invio)</source>
        <translation>Salva valutazione (Ctrl+Invio)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="514"/>
        <source>Annulla (Esc)</source>
        <translation>Annulla (Esc)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="607"/>
        <source>C&apos;è una valutazione del bisogno lasciata a metà: {0} bisogni segnati.</source>
        <translation>C&apos;è una valutazione del bisogno lasciata a metà: {0} bisogni segnati.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="612"/>
        <source>Nel frattempo è stata salvata la valutazione n. {0}: riprendendo la bozza, la nuova versione parte dalla bozza.</source>
        <translation>Nel frattempo è stata salvata la valutazione n. {0}: riprendendo la bozza, la nuova versione parte dalla bozza.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="634"/>
        <source>Bozza non salvata: {0}</source>
        <translation>Bozza non salvata: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="696"/>
        <source>Segna i bisogni presenti: il punteggio parte da qui.</source>
        <translation>Segna i bisogni presenti: il punteggio parte da qui.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="65"/>
        <source>Data e ora</source>
        <translation>Data e ora</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="66"/>
        <source>Operatore</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="67"/>
        <source>Azione</source>
        <translation>Azione</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="68"/>
        <source>Tipo di dato</source>
        <translation>Tipo di dato</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="69"/>
        <source>Riferimento</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="70"/>
        <source>Postazione</source>
        <translation>Postazione</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="71"/>
        <source>Dettagli</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="78"/>
        <source>(nessuno)</source>
        <translation>(nessuno)</translation>
    </message>
</context>
<context>
    <name>AuditViewerPage</name>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="158"/>
        <source>&lt;h2&gt;Registro accessi&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Registro accessi&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="162"/>
        <source>Filtra per operatore</source>
        <translation>Filtra per operatore</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="164"/>
        <source>Filtra per azione</source>
        <translation>Filtra per azione</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="166"/>
        <source>Filtra per tipo di dato</source>
        <translation>Filtra per tipo di dato</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="167"/>
        <source>Dal giorno</source>
        <translation>Dal giorno</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="168"/>
        <source>Al giorno</source>
        <translation>Al giorno</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="171"/>
        <source>Operatore, persona, riferimento, dettagli</source>
        <translation>Operatore, persona, riferimento, dettagli</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="172"/>
        <source>Filtra per testo</source>
        <translation>Filtra per testo</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="174"/>
        <source>O&amp;peratore:</source>
        <translation>O&amp;peratore:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="175"/>
        <source>Azi&amp;one:</source>
        <translation>Azi&amp;one:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="176"/>
        <source>&amp;Tipo:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="177"/>
        <source>&amp;Dal:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="178"/>
        <source>A&amp;l:</source>
        <translation>A&amp;l:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="179"/>
        <source>Te&amp;sto:</source>
        <translation>Te&amp;sto:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="186"/>
        <source>&amp;Applica filtri</source>
        <translation>&amp;Applica filtri</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="188"/>
        <source>A&amp;zzera filtri</source>
        <translation>A&amp;zzera filtri</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="190"/>
        <source>&amp;Verifica integrità (Ctrl+Alt+V)</source>
        <translation>&amp;Verifica integrità (Ctrl+Alt+V)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="192"/>
        <source>Controlla che nessun evento del registro sia stato modificato o cancellato</source>
        <translation>Controlla che nessun evento del registro sia stato modificato o cancellato</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="208"/>
        <source>Eventi del registro</source>
        <translation>Eventi del registro</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="211"/>
        <source>&amp;Registro</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="213"/>
        <source>Accessi motivati alle prese riservate</source>
        <translation>Accessi motivati alle prese riservate</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="218"/>
        <source>Accessi riser&amp;vati</source>
        <translation>Accessi riser&amp;vati</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="223"/>
        <source>Esito</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="228"/>
        <source>Integrità del registro</source>
        <translation>Integrità del registro</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="258"/>
        <source>Tutti gli operatori</source>
        <translation>Tutti gli operatori</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="262"/>
        <source>Tutte le azioni</source>
        <translation>Tutte le azioni</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="266"/>
        <source>Tutti i tipi</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="301"/>
        <source>Ricerca nel registro…</source>
        <translation>Ricerca nel registro…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="316"/>
        <source>Mostrati i {0} eventi più recenti: restringere i filtri per vedere i precedenti.</source>
        <translation>Mostrati i {0} eventi più recenti: restringere i filtri per vedere i precedenti.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="320"/>
        <source>1 evento.</source>
        <translation>1 evento.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="322"/>
        <source>{0} eventi.</source>
        <translation>{0} eventi.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="325"/>
        <source>Accessi riservati ancora aperti: {0}.</source>
        <translation>Accessi riservati ancora aperti: {0}.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="342"/>
        <source>Verifica del registro in corso…</source>
        <translation>Verifica del registro in corso…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="348"/>
        <source>Registro integro: {0} eventi verificati.</source>
        <translation>Registro integro: {0} eventi verificati.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="356"/>
        <source>Registro NON integro: 1 problema.</source>
        <translation>Registro NON integro: 1 problema.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="358"/>
        <source>Registro NON integro: {0} problemi.</source>
        <translation>Registro NON integro: {0} problemi.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="362"/>
        <source>…e altri {0}.</source>
        <translation>…e altri {0}.</translation>
    </message>
</context>
<context>
    <name>BreakGlassModel</name>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="98"/>
        <source>Data e ora</source>
        <translation>Data e ora</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="99"/>
        <source>Operatore</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="100"/>
        <source>Presa in carico</source>
        <translation>Presa in carico</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="101"/>
        <source>Motivo</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="102"/>
        <source>Valido fino a</source>
        <translation>Valido fino a</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/audit_viewer.py" line="117"/>
        <source>{0} (scaduto)</source>
        <translation>{0} (scaduto)</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="371"/>
        <source>Avviso privacy</source>
        <translation>Avviso privacy</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="377"/>
        <source>Richiesta di chiusura</source>
        <translation>Richiesta di chiusura</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="380"/>
        <source>Presa in carico</source>
        <translation>Presa in carico</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="383"/>
        <source>Stato</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="385"/>
        <source>Priorità</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="388"/>
        <source>Aree di intervento</source>
        <translation>Aree di intervento</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="390"/>
        <source>Operatore assegnato</source>
        <translation>Operatore assegnato</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="392"/>
        <location filename="../../cotdesk/ui/case_page.py" line="423"/>
        <location filename="../../cotdesk/ui/case_page.py" line="425"/>
        <location filename="../../cotdesk/ui/case_page.py" line="811"/>
        <location filename="../../cotdesk/ui/case_page.py" line="814"/>
        <location filename="../../cotdesk/ui/case_page.py" line="819"/>
        <source>Prossimo contatto</source>
        <translation>Prossimo contatto</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="394"/>
        <location filename="../../cotdesk/ui/case_page.py" line="807"/>
        <source>Aperta il</source>
        <translation>Aperta il</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="397"/>
        <source>Canale di accesso</source>
        <translation>Canale di accesso</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="419"/>
        <location filename="../../cotdesk/ui/case_page.py" line="421"/>
        <location filename="../../cotdesk/ui/case_page.py" line="670"/>
        <source>Valutazione del bisogno</source>
        <translation>Valutazione del bisogno</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="438"/>
        <source>Scheda persona</source>
        <translation>Scheda persona</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="445"/>
        <source>Nota</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="446"/>
        <source>Telefonata</source>
        <translation>Telefonata</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="447"/>
        <source>Colloquio</source>
        <translation>Colloquio</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="448"/>
        <source>Tipo di annotazione</source>
        <translation>Tipo di annotazione</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="453"/>
        <source>Scrivi qui cosa è successo (Ctrl+M); Ctrl+Invio per salvare</source>
        <translation>Scrivi qui cosa è successo (Ctrl+M); Ctrl+Invio per salvare</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="455"/>
        <source>Testo della nota</source>
        <translation>Testo della nota</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="456"/>
        <source>Salva nota (Ctrl+Invio)</source>
        <translation>Salva nota (Ctrl+Invio)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="458"/>
        <source>Salva nota</source>
        <translation>Salva nota</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="463"/>
        <source>Errore nella nota</source>
        <translation>Errore nella nota</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="468"/>
        <source>Bozza della nota ripristinata</source>
        <translation>Bozza della nota ripristinata</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="478"/>
        <source>Diario della presa in carico</source>
        <translation>Diario della presa in carico</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="506"/>
        <source>Invii della presa in carico</source>
        <translation>Invii della presa in carico</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="529"/>
        <location filename="../../cotdesk/ui/case_page.py" line="531"/>
        <source>Nuovo invio</source>
        <translation>Nuovo invio</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="532"/>
        <location filename="../../cotdesk/ui/case_page.py" line="533"/>
        <source>Lettera di invio</source>
        <translation>Lettera di invio</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="539"/>
        <source>Segna come inviato</source>
        <translation>Segna come inviato</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="540"/>
        <source>Accettato dall&apos;ente</source>
        <translation>Accettato dall&apos;ente</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="541"/>
        <source>Rifiutato dall&apos;ente</source>
        <translation>Rifiutato dall&apos;ente</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="542"/>
        <source>Senza risposta</source>
        <translation>Senza risposta</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="543"/>
        <source>Servizio avviato</source>
        <translation>Servizio avviato</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="544"/>
        <source>Concluso</source>
        <translation>Concluso</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="545"/>
        <source>Interrotto</source>
        <translation>Interrotto</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="546"/>
        <source>Annulla invio</source>
        <translation>Annulla invio</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="550"/>
        <source>Stato dell&apos;invio (Ctrl+R):</source>
        <translation>Stato dell&apos;invio (Ctrl+R):</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="555"/>
        <source>Stato dell&apos;invio: {0}</source>
        <translation>Stato dell&apos;invio: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="562"/>
        <source>Non ancora disponibile su questa postazione</source>
        <translation>Non ancora disponibile su questa postazione</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="570"/>
        <source>Versione della valutazione</source>
        <translation>Versione della valutazione</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="575"/>
        <source>Valutazione del bisogno (sola lettura)</source>
        <translation>Valutazione del bisogno (sola lettura)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="629"/>
        <source>Diario</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="631"/>
        <source>&amp;Nuova annotazione (Ctrl+M):</source>
        <translation>&amp;Nuova annotazione (Ctrl+M):</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="633"/>
        <source>&amp;Tipo:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="660"/>
        <source>Invii</source>
        <translation>Invii</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="673"/>
        <source>&amp;Versione:</source>
        <translation>&amp;Versione:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="756"/>
        <source>Aperta in emergenza senza informativa privacy: consegnare l&apos;informativa e registrarla nella scheda persona appena possibile.</source>
        <translation>Aperta in emergenza senza informativa privacy: consegnare l&apos;informativa e registrarla nella scheda persona appena possibile.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="764"/>
        <source>Chiusura richiesta, in attesa del coordinatore. Motivo: {0}</source>
        <translation>Chiusura richiesta, in attesa del coordinatore. Motivo: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="778"/>
        <location filename="../../cotdesk/ui/case_page.py" line="1103"/>
        <source>Togli riservatezza</source>
        <translation>Togli riservatezza</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="780"/>
        <location filename="../../cotdesk/ui/case_page.py" line="1096"/>
        <source>Rendi riservata</source>
        <translation>Rendi riservata</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="788"/>
        <location filename="../../cotdesk/ui/case_page.py" line="955"/>
        <source>Priorità {0} · {1}</source>
        <translation>Priorità {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="794"/>
        <source>Priorità: bisogno non ancora valutato</source>
        <translation>Priorità: bisogno non ancora valutato</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="797"/>
        <source>Aree</source>
        <translation>Aree</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="797"/>
        <source>nessuna</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="801"/>
        <source>Operatore</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="801"/>
        <source>da assegnare</source>
        <translation>da assegnare</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="806"/>
        <source>chiusa il {0}</source>
        <translation>chiusa il {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="809"/>
        <source>Canale</source>
        <translation>Canale</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="811"/>
        <source>non fissato</source>
        <translation>non fissato</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="815"/>
        <source>{0} (scaduto)</source>
        <translation>{0} (scaduto)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="826"/>
        <location filename="../../cotdesk/ui/case_page.py" line="1123"/>
        <source>Più recenti in alto (Ctrl+Shift+T)</source>
        <translation>Più recenti in alto (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="828"/>
        <location filename="../../cotdesk/ui/case_page.py" line="1125"/>
        <source>Più vecchie in alto (Ctrl+Shift+T)</source>
        <translation>Più vecchie in alto (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="847"/>
        <source>Prendi in carico</source>
        <translation>Prendi in carico</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="849"/>
        <source>Rimanda all&apos;operatore</source>
        <translation>Rimanda all&apos;operatore</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="850"/>
        <source>Riprendi</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="852"/>
        <source>Sospendi</source>
        <translation>Sospendi</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="853"/>
        <source>Richiedi chiusura</source>
        <translation>Richiedi chiusura</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="854"/>
        <source>Approva chiusura</source>
        <translation>Approva chiusura</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="855"/>
        <source>Riapri</source>
        <translation>Riapri</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="890"/>
        <source>n. {0} del {1} · {2} · priorità {3} ({4})</source>
        <translation>n. {0} del {1} · {2} · priorità {3} ({4})</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="915"/>
        <source>Nessuna valutazione del bisogno: avviala con Ctrl+Shift+V per calcolare la priorità.</source>
        <translation>Nessuna valutazione del bisogno: avviala con Ctrl+Shift+V per calcolare la priorità.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="936"/>
        <source>Versione precedente, in sola lettura: l&apos;ultima è la n. {0}.</source>
        <translation>Versione precedente, in sola lettura: l&apos;ultima è la n. {0}.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="948"/>
        <source>Valutazione n. {0} del {1}, {2}</source>
        <translation>Valutazione n. {0} del {1}, {2}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="961"/>
        <source>Bisogni</source>
        <translation>Bisogni</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="972"/>
        <source>Fattori di vulnerabilità</source>
        <translation>Fattori di vulnerabilità</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="976"/>
        <source>Sintesi</source>
        <translation>Sintesi</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="979"/>
        <source>Perché questa priorità</source>
        <translation>Perché questa priorità</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1031"/>
        <source>Bozza ripristinata: scritta il {0} alle {1}, non ancora salvata.</source>
        <translation>Bozza ripristinata: scritta il {0} alle {1}, non ancora salvata.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1051"/>
        <source>Bozza della nota non salvata: {0}</source>
        <translation>Bozza della nota non salvata: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1082"/>
        <source>accesso motivato fino alle {0}</source>
        <translation>accesso motivato fino alle {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1098"/>
        <source>Il contenuto della presa in carico (valutazione, diario, invii) resterà visibile solo all&apos;operatore assegnato e al coordinatore; gli altri vedranno che esiste e potranno chiedere l&apos;accesso motivandolo.</source>
        <translation>Il contenuto della presa in carico (valutazione, diario, invii) resterà visibile solo all&apos;operatore assegnato e al coordinatore; gli altri vedranno che esiste e potranno chiedere l&apos;accesso motivandolo.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1105"/>
        <source>Il contenuto della presa in carico tornerà visibile a tutti gli operatori dello sportello.</source>
        <translation>Il contenuto della presa in carico tornerà visibile a tutti gli operatori dello sportello.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1113"/>
        <source>&amp;Motivo (facoltativo):</source>
        <translation>&amp;Motivo (facoltativo):</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1175"/>
        <source>La chiusura va approvata dal coordinatore. Scrivi perché la presa in carico può chiudersi: è la sintesi dell&apos;intervento che resterà nel diario.</source>
        <translation>La chiusura va approvata dal coordinatore. Scrivi perché la presa in carico può chiudersi: è la sintesi dell&apos;intervento che resterà nel diario.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1178"/>
        <source>&amp;Motivo della chiusura:</source>
        <translation>&amp;Motivo della chiusura:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1181"/>
        <source>Approvi la chiusura della presa in carico? Motivo indicato: {0}</source>
        <translation>Approvi la chiusura della presa in carico? Motivo indicato: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1182"/>
        <source>nessuno</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1185"/>
        <source>Scrivi il motivo: resterà nel diario.</source>
        <translation>Scrivi il motivo: resterà nel diario.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1186"/>
        <location filename="../../cotdesk/ui/case_page.py" line="1277"/>
        <source>&amp;Motivo:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1205"/>
        <source>Operazione non riuscita</source>
        <translation>Operazione non riuscita</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1269"/>
        <source>Invio {0} a {1} ({2}).</source>
        <translation>Invio {0} a {1} ({2}).</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="1278"/>
        <source>&amp;Risposta dell&apos;ente:</source>
        <translation>&amp;Risposta dell&apos;ente:</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="78"/>
        <source>Riferimento</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="79"/>
        <source>Stato</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="80"/>
        <source>Aree di intervento</source>
        <translation>Aree di intervento</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="81"/>
        <source>Aperta il</source>
        <translation>Aperta il</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="82"/>
        <source>Operatore</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="83"/>
        <source>Priorità</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="84"/>
        <source>Prossimo contatto</source>
        <translation>Prossimo contatto</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="101"/>
        <source>Presa in carico riservata: la consultano l&apos;operatore assegnato e il coordinatore; per aprirla va chiesto l&apos;accesso, indicando il motivo</source>
        <translation>Presa in carico riservata: la consultano l&apos;operatore assegnato e il coordinatore; per aprirla va chiesto l&apos;accesso, indicando il motivo</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="115"/>
        <source>Riservata</source>
        <translation>Riservata</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="90"/>
        <source>Benvenuti in cotdesk</source>
        <translation>Benvenuti in cotdesk</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="92"/>
        <source>Questa postazione non è ancora configurata. Come si vuole cominciare?</source>
        <translation>Questa postazione non è ancora configurata. Come si vuole cominciare?</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="94"/>
        <source>&amp;Collega al server della rete</source>
        <translation>&amp;Collega al server della rete</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="97"/>
        <source>Registra la postazione presso il server del COT con il codice di attivazione fornito dal referente informatico.</source>
        <translation>Registra la postazione presso il server del COT con il codice di attivazione fornito dal referente informatico.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="101"/>
        <source>&amp;Prova in locale (dati dimostrativi)</source>
        <translation>&amp;Prova in locale (dati dimostrativi)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="103"/>
        <source>Persone e servizi inventati, senza server: per provare il programma.</source>
        <translation>Persone e servizi inventati, senza server: per provare il programma.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="111"/>
        <source>Servono l&apos;indirizzo del server e un codice di attivazione, forniti dal referente informatico, che confronta anche l&apos;impronta del certificato.</source>
        <translation>Servono l&apos;indirizzo del server e un codice di attivazione, forniti dal referente informatico, che confronta anche l&apos;impronta del certificato.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="117"/>
        <source>Una rete dimostrativa con persone inventate, su questo computer, senza server. Si potrà collegare la postazione alla rete in seguito: i dati di prova restano in un file a parte.</source>
        <translation>Una rete dimostrativa con persone inventate, su questo computer, senza server. Si potrà collegare la postazione alla rete in seguito: i dati di prova restano in un file a parte.</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="60"/>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="61"/>
        <source>Campo</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="62"/>
        <source>Valore attuale</source>
        <translation>Valore attuale</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="63"/>
        <source>Altro valore</source>
        <translation>Altro valore</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="64"/>
        <source>Rilevato</source>
        <translation>Rilevato</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="155"/>
        <source>Informativa privacy e consensi</source>
        <translation>Informativa privacy e consensi</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="158"/>
        <source>&amp;Informativa privacy consegnata (versione {0})</source>
        <translation>&amp;Informativa privacy consegnata (versione {0})</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="163"/>
        <source>già consegnata il {0}</source>
        <translation>già consegnata il {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="167"/>
        <source>Informativa consegnata</source>
        <translation>Informativa consegnata</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="181"/>
        <source>Firmato da</source>
        <translation>Firmato da</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="183"/>
        <source>solo se firma un tutore, un genitore o un rappresentante legale</source>
        <translation>solo se firma un tutore, un genitore o un rappresentante legale</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="188"/>
        <source>&amp;Registra (Ctrl+S)</source>
        <translation>&amp;Registra (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="190"/>
        <source>Registra informativa e consensi</source>
        <translation>Registra informativa e consensi</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="191"/>
        <source>Annulla (Esc)</source>
        <translation>Annulla (Esc)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="196"/>
        <source>Consensi dati dalla persona (spuntare quelli firmati):</source>
        <translation>Consensi dati dalla persona (spuntare quelli firmati):</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="199"/>
        <source>&amp;Firmato da:</source>
        <translation>&amp;Firmato da:</translation>
    </message>
</context>
<context>
    <name>ConsentHistoryModel</name>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="100"/>
        <source>Data e ora</source>
        <translation>Data e ora</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="101"/>
        <source>Atto</source>
        <translation>Atto</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="102"/>
        <source>Finalità</source>
        <translation>Finalità</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="103"/>
        <source>Operatore</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="104"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="331"/>
        <source>Caricamento…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="334"/>
        <source>Stato dell&apos;informativa e dei consensi</source>
        <translation>Stato dell&apos;informativa e dei consensi</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="337"/>
        <source>Registra &amp;informativa e consensi (Ctrl+I)</source>
        <translation>Registra &amp;informativa e consensi (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="340"/>
        <source>&amp;Revoca consenso (Ctrl+Shift+R)</source>
        <translation>&amp;Revoca consenso (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="343"/>
        <source>Stam&amp;pa modulo consenso (Ctrl+P)</source>
        <translation>Stam&amp;pa modulo consenso (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="353"/>
        <source>Storico dei consensi</source>
        <translation>Storico dei consensi</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="361"/>
        <source>&amp;Storico (nulla viene cancellato):</source>
        <translation>&amp;Storico (nulla viene cancellato):</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="411"/>
        <source>Informativa privacy non ancora consegnata.</source>
        <translation>Informativa privacy non ancora consegnata.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="413"/>
        <source>Va registrata prima di aprire una presa in carico (Ctrl+I).</source>
        <translation>Va registrata prima di aprire una presa in carico (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="419"/>
        <source>Informativa consegnata il {0} (versione {1}): va consegnata quella nuova.</source>
        <translation>Informativa consegnata il {0} (versione {1}): va consegnata quella nuova.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="425"/>
        <source>Informativa consegnata il {0} (versione {1}).</source>
        <translation>Informativa consegnata il {0} (versione {1}).</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="431"/>
        <source>Consenso in vigore: {0}</source>
        <translation>Consenso in vigore: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="435"/>
        <source>Nessun consenso: {0}</source>
        <translation>Nessun consenso: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="452"/>
        <source>Nessun consenso in vigore da revocare.</source>
        <translation>Nessun consenso in vigore da revocare.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="460"/>
        <source>Informativa e consensi registrati.</source>
        <translation>Informativa e consensi registrati.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="464"/>
        <source>Revoca registrata.</source>
        <translation>Revoca registrata.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="470"/>
        <source>Preparazione del modulo di consenso…</source>
        <translation>Preparazione del modulo di consenso…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="483"/>
        <source>Modulo di consenso privacy</source>
        <translation>Modulo di consenso privacy</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="498"/>
        <source>Modulo non preparato: {0}</source>
        <translation>Modulo non preparato: {0}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../cotdesk/ui/crash_dialog.py" line="71"/>
        <source>cotdesk: errore imprevisto</source>
        <translation>cotdesk: errore imprevisto</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/crash_dialog.py" line="81"/>
        <source>Si è verificato un errore imprevisto in cotdesk. Il lavoro già salvato è al sicuro; l&apos;ultima operazione potrebbe non essere stata completata: controllarla prima di continuare.</source>
        <translation>Si è verificato un errore imprevisto in cotdesk. Il lavoro già salvato è al sicuro; l&apos;ultima operazione potrebbe non essere stata completata: controllarla prima di continuare.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/crash_dialog.py" line="90"/>
        <source>Per l&apos;assistenza: copiare il rapporto e inviarlo al referente informatico. Non contiene dati delle persone.</source>
        <translation>Per l&apos;assistenza: copiare il rapporto e inviarlo al referente informatico. Non contiene dati delle persone.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/crash_dialog.py" line="97"/>
        <source>Codice dell&apos;errore: {0} — {1}</source>
        <translation>Codice dell&apos;errore: {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/crash_dialog.py" line="108"/>
        <source>Rapporto di errore</source>
        <translation>Rapporto di errore</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/crash_dialog.py" line="112"/>
        <source>&amp;Copia rapporto</source>
        <translation>&amp;Copia rapporto</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/crash_dialog.py" line="113"/>
        <source>C&amp;ontinua</source>
        <translation>C&amp;ontinua</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/crash_dialog.py" line="114"/>
        <source>&amp;Esci da cotdesk</source>
        <translation>&amp;Esci da cotdesk</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/crash_dialog.py" line="138"/>
        <source>Rapporto &amp;copiato</source>
        <translation>Rapporto &amp;copiato</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/crash_dialog.py" line="144"/>
        <source>Dopo questo errore se ne sono verificati altri: {0}.</source>
        <translation>Dopo questo errore se ne sono verificati altri: {0}.</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="145"/>
        <source>Prova in locale</source>
        <translation>Prova in locale</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="146"/>
        <source>Preparazione della rete dimostrativa (persone inventate).</source>
        <translation>Preparazione della rete dimostrativa (persone inventate).</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="148"/>
        <source>Avanzamento</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="157"/>
        <source>Errore</source>
        <translation>Errore</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="158"/>
        <source>&amp;Riprova</source>
        <translation>&amp;Riprova</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="187"/>
        <source>Creazione della rete dimostrativa…</source>
        <translation>Creazione della rete dimostrativa…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="208"/>
        <source>Persone create: {0} di {1}</source>
        <translation>Persone create: {0} di {1}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="211"/>
        <source>Preparazione dell&apos;indice di ricerca…</source>
        <translation>Preparazione dell&apos;indice di ricerca…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="223"/>
        <source>La rete dimostrativa è pronta.</source>
        <translation>La rete dimostrativa è pronta.</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="468"/>
        <source>&lt;h2&gt;Enti partner&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Enti partner&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="471"/>
        <source>Consultazione: modificare l&apos;elenco spetta all&apos;amministratore di rete.</source>
        <translation>Consultazione: modificare l&apos;elenco spetta all&apos;amministratore di rete.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="488"/>
        <source>Avviso sui protocolli d&apos;intesa</source>
        <translation>Avviso sui protocolli d&apos;intesa</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="490"/>
        <source>Mostra in &amp;scadenza</source>
        <translation>Mostra in &amp;scadenza</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="491"/>
        <source>Mostra s&amp;caduti</source>
        <translation>Mostra s&amp;caduti</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="502"/>
        <source>Nome, codice fiscale, referente, telefono</source>
        <translation>Nome, codice fiscale, referente, telefono</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="503"/>
        <source>Filtra gli enti</source>
        <translation>Filtra gli enti</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="506"/>
        <source>Filtra per tipologia</source>
        <translation>Filtra per tipologia</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="507"/>
        <source>Tutte le tipologie</source>
        <translation>Tutte le tipologie</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="512"/>
        <source>Filtra per settore</source>
        <translation>Filtra per settore</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="513"/>
        <source>Tutti i settori</source>
        <translation>Tutti i settori</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="517"/>
        <source>Filtra per municipio servito</source>
        <translation>Filtra per municipio servito</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="518"/>
        <source>Tutti i municipi</source>
        <translation>Tutti i municipi</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="523"/>
        <source>Filtra per stato del protocollo</source>
        <translation>Filtra per stato del protocollo</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="524"/>
        <source>Tutti i protocolli</source>
        <translation>Tutti i protocolli</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="528"/>
        <source>&amp;Filtra:</source>
        <translation>&amp;Filtra:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="529"/>
        <source>&amp;Tipologia:</source>
        <translation>&amp;Tipologia:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="530"/>
        <source>S&amp;ettore:</source>
        <translation>S&amp;ettore:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="531"/>
        <source>&amp;Municipio:</source>
        <translation>&amp;Municipio:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="532"/>
        <source>&amp;Protocollo:</source>
        <translation>&amp;Protocollo:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="550"/>
        <source>Enti partner</source>
        <translation>Enti partner</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="558"/>
        <source>Enti mostrati</source>
        <translation>Enti mostrati</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="564"/>
        <source>Scheda dell&apos;ente</source>
        <translation>Scheda dell&apos;ente</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="573"/>
        <source>Stato del protocollo</source>
        <translation>Stato del protocollo</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="579"/>
        <source>Recapiti e municipi serviti</source>
        <translation>Recapiti e municipi serviti</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="582"/>
        <source>Nuovo ente… (Ins)</source>
        <translation>Nuovo ente… (Ins)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="583"/>
        <source>Modifica ente… (Ctrl+E)</source>
        <translation>Modifica ente… (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="589"/>
        <source>&lt;b&gt;Protocolli d&apos;intesa&lt;/b&gt;</source>
        <translation>&lt;b&gt;Protocolli d&apos;intesa&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="592"/>
        <source>Protocolli d&apos;intesa</source>
        <translation>Protocolli d&apos;intesa</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="597"/>
        <source>&amp;Rinnova protocollo… (Ctrl+R)</source>
        <translation>&amp;Rinnova protocollo… (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="598"/>
        <source>Nuovo protocollo… (Ctrl+I)</source>
        <translation>Nuovo protocollo… (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="604"/>
        <source>&lt;b&gt;Servizi offerti&lt;/b&gt;</source>
        <translation>&lt;b&gt;Servizi offerti&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="607"/>
        <source>Servizi offerti</source>
        <translation>Servizi offerti</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="612"/>
        <source>Nuovo servizio… (Ctrl+Ins)</source>
        <translation>Nuovo servizio… (Ctrl+Ins)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="613"/>
        <source>Modifica servizio… (Invio)</source>
        <translation>Modifica servizio… (Invio)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="628"/>
        <source>Esito</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="630"/>
        <source>Importa HSDS… (Ctrl+O)</source>
        <translation>Importa HSDS… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="631"/>
        <source>Salva come HSDS… (Ctrl+S)</source>
        <translation>Salva come HSDS… (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="727"/>
        <source>Enti mostrati: {0}</source>
        <translation>Enti mostrati: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="761"/>
        <source>tra {0} giorni</source>
        <translation>tra {0} giorni</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="763"/>
        <source>dal {0}</source>
        <translation>dal {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="767"/>
        <source>e altri {0}</source>
        <translation>e altri {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="773"/>
        <source>&lt;b&gt;Protocolli in scadenza entro 60 giorni: {0}&lt;/b&gt; — {1}</source>
        <translation>&lt;b&gt;Protocolli in scadenza entro 60 giorni: {0}&lt;/b&gt; — {1}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="780"/>
        <source>&lt;b&gt;Protocolli scaduti: {0}&lt;/b&gt; (i loro servizi sono segnalati agli operatori) — {1}</source>
        <translation>&lt;b&gt;Protocolli scaduti: {0}&lt;/b&gt; (i loro servizi sono segnalati agli operatori) — {1}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="832"/>
        <source>&lt;i&gt;Nessun ente scelto.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Nessun ente scelto.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="843"/>
        <source>⚠ Protocollo d&apos;intesa: {0}. I servizi di questo ente sono segnalati agli operatori quando li propongono.</source>
        <translation>⚠ Protocollo d&apos;intesa: {0}. I servizi di questo ente sono segnalati agli operatori quando li propongono.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="849"/>
        <source>Protocollo d&apos;intesa: {0}</source>
        <translation>Protocollo d&apos;intesa: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="855"/>
        <source>tutta la città</source>
        <translation>tutta la città</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="859"/>
        <source>Tipologia</source>
        <translation>Tipologia</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="862"/>
        <source>Municipi serviti</source>
        <translation>Municipi serviti</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="863"/>
        <source>Sede</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="864"/>
        <source>Telefono</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="865"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="866"/>
        <source>Sito web</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="867"/>
        <source>Referente</source>
        <translation>Referente</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="868"/>
        <source>Codice fiscale / P. IVA</source>
        <translation>Codice fiscale / P. IVA</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="869"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="870"/>
        <source>Identificativo HSDS</source>
        <translation>Identificativo HSDS</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="930"/>
        <location filename="../../cotdesk/ui/directory_page.py" line="935"/>
        <source>Ente salvato.</source>
        <translation>Ente salvato.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="942"/>
        <source>Protocollo d&apos;intesa registrato.</source>
        <translation>Protocollo d&apos;intesa registrato.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="952"/>
        <source>Rinnovo</source>
        <translation>Rinnovo</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="953"/>
        <source>Questo ente non ha protocolli da rinnovare: registrarne uno nuovo.</source>
        <translation>Questo ente non ha protocolli da rinnovare: registrarne uno nuovo.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="958"/>
        <source>Protocollo d&apos;intesa rinnovato.</source>
        <translation>Protocollo d&apos;intesa rinnovato.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="966"/>
        <location filename="../../cotdesk/ui/directory_page.py" line="974"/>
        <source>Servizio salvato.</source>
        <translation>Servizio salvato.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="983"/>
        <source>Importa un pacchetto HSDS</source>
        <translation>Importa un pacchetto HSDS</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="985"/>
        <source>Pacchetto HSDS (*.zip datapackage.json *.csv)</source>
        <translation>Pacchetto HSDS (*.zip datapackage.json *.csv)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="994"/>
        <source>Cartella in cui salvare il pacchetto HSDS</source>
        <translation>Cartella in cui salvare il pacchetto HSDS</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="1006"/>
        <source>Lettura del pacchetto {0}…</source>
        <translation>Lettura del pacchetto {0}…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="1015"/>
        <source>Importazione annullata: nessuna modifica.</source>
        <translation>Importazione annullata: nessuna modifica.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="1036"/>
        <source>Pacchetto importato: enti e servizi creati {0}, aggiornati {1}, saltati {2}.</source>
        <translation>Pacchetto importato: enti e servizi creati {0}, aggiornati {1}, saltati {2}.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="1040"/>
        <source>Nessuna modifica salvata: il pacchetto ha errori.</source>
        <translation>Nessuna modifica salvata: il pacchetto ha errori.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="1054"/>
        <source>Salvati {0} enti e {1} servizi come HSDS 3.0 in {2}.</source>
        <translation>Salvati {0} enti e {1} servizi come HSDS 3.0 in {2}.</translation>
    </message>
</context>
<context>
    <name>DistrictModel</name>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="125"/>
        <source>Municipio</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="125"/>
        <source>Totale persone</source>
        <translation>Totale persone</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <location filename="../../cotdesk/ui/drafts.py" line="237"/>
        <source>&amp;Riprendi la bozza del {0} alle {1}</source>
        <translation>&amp;Riprendi la bozza del {0} alle {1}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/drafts.py" line="239"/>
        <source>Riprendi la bozza</source>
        <translation>Riprendi la bozza</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/drafts.py" line="241"/>
        <source>Scarta la &amp;bozza e ricomincia</source>
        <translation>Scarta la &amp;bozza e ricomincia</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/drafts.py" line="242"/>
        <source>Scarta la bozza</source>
        <translation>Scarta la bozza</translation>
    </message>
</context>
<context>
    <name>DuplicateModel</name>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="238"/>
        <source>Cognome</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="239"/>
        <source>Nome</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="240"/>
        <source>Data di nascita</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="241"/>
        <source>Codice</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="242"/>
        <source>Telefono</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="243"/>
        <source>Perché sembra la stessa persona</source>
        <translation>Perché sembra la stessa persona</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="55"/>
        <source>Registra la postazione sul server di sincronizzazione</source>
        <translation>Registra la postazione sul server di sincronizzazione</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="60"/>
        <source>Indicare l&apos;indirizzo del server e il codice di attivazione forniti dall&apos;amministratore di rete. Prima di registrare, verificare il server e confrontare l&apos;impronta del suo certificato.</source>
        <translation>Indicare l&apos;indirizzo del server e il codice di attivazione forniti dall&apos;amministratore di rete. Prima di registrare, verificare il server e confrontare l&apos;impronta del suo certificato.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="69"/>
        <source>Indirizzo del server</source>
        <translation>Indirizzo del server</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="71"/>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="231"/>
        <source>Postazione</source>
        <translation>Postazione</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="72"/>
        <source>Nome della postazione</source>
        <translation>Nome della postazione</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="75"/>
        <source>Codice di attivazione</source>
        <translation>Codice di attivazione</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="77"/>
        <source>facoltativa: 3A:F1:…</source>
        <translation>facoltativa: 3A:F1:…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="78"/>
        <source>Impronta attesa</source>
        <translation>Impronta attesa</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="81"/>
        <source>&amp;Verifica server</source>
        <translation>&amp;Verifica server</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="89"/>
        <source>Impronta SHA-256 del certificato</source>
        <translation>Impronta SHA-256 del certificato</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="93"/>
        <source>Ho &amp;confrontato l&apos;impronta con quella dell&apos;amministratore: è identica</source>
        <translation>Ho &amp;confrontato l&apos;impronta con quella dell&apos;amministratore: è identica</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="100"/>
        <source>Errore</source>
        <translation>Errore</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="103"/>
        <source>&amp;Indirizzo del server:</source>
        <translation>&amp;Indirizzo del server:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="104"/>
        <source>&amp;Nome della postazione:</source>
        <translation>&amp;Nome della postazione:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="105"/>
        <source>C&amp;odice di attivazione:</source>
        <translation>C&amp;odice di attivazione:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="106"/>
        <source>Impronta &amp;attesa:</source>
        <translation>Impronta &amp;attesa:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="108"/>
        <source>Impronta SHA-256:</source>
        <translation>Impronta SHA-256:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="114"/>
        <source>&amp;Registra</source>
        <translation>&amp;Registra</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="138"/>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="261"/>
        <source>(verificare il server)</source>
        <translation>(verificare il server)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="174"/>
        <source>Indicare l&apos;indirizzo del server (https://…).</source>
        <translation>Indicare l&apos;indirizzo del server (https://…).</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="178"/>
        <source>Verifica in corso…</source>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="201"/>
        <source>L&apos;impronta corrisponde a quella indicata: il server è quello atteso.</source>
        <translation>L&apos;impronta corrisponde a quella indicata: il server è quello atteso.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="205"/>
        <source>Il certificato è riconosciuto dal sistema (autorità di certificazione).</source>
        <translation>Il certificato è riconosciuto dal sistema (autorità di certificazione).</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="210"/>
        <source>Certificato autofirmato, non riconosciuto dal sistema: confrontare l&apos;impronta con quella fornita dall&apos;amministratore di rete, carattere per carattere, prima di registrare.</source>
        <translation>Certificato autofirmato, non riconosciuto dal sistema: confrontare l&apos;impronta con quella fornita dall&apos;amministratore di rete, carattere per carattere, prima di registrare.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="228"/>
        <source>Indicare il codice di attivazione (es. ABCD-EFGH-JKLM).</source>
        <translation>Indicare il codice di attivazione (es. ABCD-EFGH-JKLM).</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/enroll_dialog.py" line="256"/>
        <source>Errore imprevisto ({0}): nessuna modifica alla postazione.</source>
        <translation>Errore imprevisto ({0}): nessuna modifica alla postazione.</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <location filename="../../cotdesk/ui/gdpr_dialogs.py" line="164"/>
        <source>Cancella i dati della persona (art. 17)</source>
        <translation>Cancella i dati della persona (art. 17)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/gdpr_dialogs.py" line="175"/>
        <source>Motivo della cancellazione</source>
        <translation>Motivo della cancellazione</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/gdpr_dialogs.py" line="177"/>
        <source>ad esempio: richiesta dell&apos;interessato del 20/11/2026, prot. 123</source>
        <translation>ad esempio: richiesta dell&apos;interessato del 20/11/2026, prot. 123</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/gdpr_dialogs.py" line="179"/>
        <source>&amp;Motivo (senza il nome della persona):</source>
        <translation>&amp;Motivo (senza il nome della persona):</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/gdpr_dialogs.py" line="193"/>
        <source>&lt;b&gt;La cancellazione non si può annullare.&lt;/b&gt; Per confermare, scrivere il cognome della persona: &lt;b&gt;{0}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;La cancellazione non si può annullare.&lt;/b&gt; Per confermare, scrivere il cognome della persona: &lt;b&gt;{0}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/gdpr_dialogs.py" line="200"/>
        <source>Cognome per conferma</source>
        <translation>Cognome per conferma</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/gdpr_dialogs.py" line="213"/>
        <source>&amp;Avanti</source>
        <translation>&amp;Avanti</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/gdpr_dialogs.py" line="216"/>
        <source>Cancella &amp;definitivamente</source>
        <translation>Cancella &amp;definitivamente</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/gdpr_dialogs.py" line="249"/>
        <source>Scrivere il motivo della cancellazione (almeno 10 caratteri).</source>
        <translation>Scrivere il motivo della cancellazione (almeno 10 caratteri).</translation>
    </message>
    <message>
        <source>appartenenze a nuclei familiari</source>
        <translation>appartenenze a nuclei familiari</translation>
    </message>
    <message>
        <source>atti di informativa e consenso</source>
        <translation>atti di informativa e consenso</translation>
    </message>
    <message>
        <source>bisogni senza risposta</source>
        <translation>bisogni senza risposta</translation>
    </message>
    <message>
        <source>bisogni valutati</source>
        <translation>bisogni valutati</translation>
    </message>
    <message>
        <source>i nuclei familiari degli altri componenti</source>
        <translation>i nuclei familiari degli altri componenti</translation>
    </message>
    <message>
        <source>il registro accessi, che contiene solo identificativi e non dati della persona, con la registrazione della cancellazione (motivo e quantità, senza il nome)</source>
        <translation>il registro accessi, che contiene solo identificativi e non dati della persona, con la registrazione della cancellazione (motivo e quantità, senza il nome)</translation>
    </message>
    <message>
        <source>invii</source>
        <translation>invii</translation>
    </message>
    <message>
        <source>le statistiche anonime della rete (prese in carico, invii e bisogni senza risposta senza nome, codici, date di nascita, recapiti né testi)</source>
        <translation>le statistiche anonime della rete (prese in carico, invii e bisogni senza risposta senza nome, codici, date di nascita, recapiti né testi)</translation>
    </message>
    <message>
        <source>nuclei familiari senza altri componenti</source>
        <translation>nuclei familiari senza altri componenti</translation>
    </message>
    <message>
        <source>prese in carico</source>
        <translation>prese in carico</translation>
    </message>
    <message>
        <source>punti di riunioni d&apos;équipe</source>
        <translation>punti di riunioni d&apos;équipe</translation>
    </message>
    <message>
        <source>rettifiche</source>
        <translation>rettifiche</translation>
    </message>
    <message>
        <source>scheda della persona</source>
        <translation>scheda della persona</translation>
    </message>
    <message>
        <source>valutazioni del bisogno</source>
        <translation>valutazioni del bisogno</translation>
    </message>
    <message>
        <source>voci del diario</source>
        <translation>voci del diario</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../cotdesk/ui/gdpr_dialogs.py" line="78"/>
        <source>Esporta i dati della persona (art. 15)</source>
        <translation>Esporta i dati della persona (art. 15)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/gdpr_dialogs.py" line="82"/>
        <source>Tutti i dati della persona presenti su questa postazione (anagrafica, consensi, prese in carico, valutazioni, diario, invii, registro degli accessi) in due file: JSON (leggibile da un programma) e PDF (da consegnare). I file contengono dati sensibili: consegnarli solo alla persona o a chi la rappresenta. L&apos;esportazione è registrata.</source>
        <translation>Tutti i dati della persona presenti su questa postazione (anagrafica, consensi, prese in carico, valutazioni, diario, invii, registro degli accessi) in due file: JSON (leggibile da un programma) e PDF (da consegnare). I file contengono dati sensibili: consegnarli solo alla persona o a chi la rappresenta. L&apos;esportazione è registrata.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/gdpr_dialogs.py" line="95"/>
        <location filename="../../cotdesk/ui/gdpr_dialogs.py" line="122"/>
        <source>Cartella</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/gdpr_dialogs.py" line="96"/>
        <source>S&amp;foglia…</source>
        <translation>S&amp;foglia…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/gdpr_dialogs.py" line="102"/>
        <source>&amp;Cartella:</source>
        <translation>&amp;Cartella:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/gdpr_dialogs.py" line="109"/>
        <source>&amp;Esporta</source>
        <translation>&amp;Esporta</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/gdpr_dialogs.py" line="129"/>
        <source>La cartella non esiste: sceglierne un&apos;altra.</source>
        <translation>La cartella non esiste: sceglierne un&apos;altra.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="423"/>
        <source>cotdesk — Prima configurazione</source>
        <translation>cotdesk — Prima configurazione</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="428"/>
        <source>&lt; In&amp;dietro</source>
        <translation>&lt; In&amp;dietro</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="429"/>
        <location filename="../../cotdesk/ui/first_run.py" line="430"/>
        <source>Avan&amp;ti &gt;</source>
        <translation>Avan&amp;ti &gt;</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="431"/>
        <source>&amp;Fine: accesso</source>
        <translation>&amp;Fine: accesso</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="432"/>
        <source>Annulla</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="482"/>
        <source>«{0}» ({1})</source>
        <translation>«{0}» ({1})</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="486"/>
        <source>Rete dimostrativa: persone e dati inventati. Accedere con la password «{0}», ad esempio come {1}.</source>
        <translation>Rete dimostrativa: persone e dati inventati. Accedere con la password «{0}», ad esempio come {1}.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="533"/>
        <source>Avviso</source>
        <translation>Avviso</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="234"/>
        <source>Prossimo contatto</source>
        <translation>Prossimo contatto</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="240"/>
        <source>Data del prossimo contatto</source>
        <translation>Data del prossimo contatto</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="245"/>
        <source>&amp;Data del prossimo contatto:</source>
        <translation>&amp;Data del prossimo contatto:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="249"/>
        <source>Tra &amp;1 settimana</source>
        <translation>Tra &amp;1 settimana</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="250"/>
        <source>Tra &amp;2 settimane</source>
        <translation>Tra &amp;2 settimane</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="251"/>
        <source>Tra 1 &amp;mese</source>
        <translation>Tra 1 &amp;mese</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="261"/>
        <source>Errore nella data</source>
        <translation>Errore nella data</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="265"/>
        <source>Salva</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="268"/>
        <source>Nessun prossimo contatto</source>
        <translation>Nessun prossimo contatto</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="271"/>
        <source>Annulla</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="291"/>
        <source>La data del prossimo contatto non può essere nel passato.</source>
        <translation>La data del prossimo contatto non può essere nel passato.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../cotdesk/ui/home.py" line="55"/>
        <source>Cerca: cognome e nome, codice fiscale, STP/ENI, telefono o data di nascita</source>
        <translation>Cerca: cognome e nome, codice fiscale, STP/ENI, telefono o data di nascita</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/home.py" line="57"/>
        <source>Cerca persona</source>
        <translation>Cerca persona</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/home.py" line="64"/>
        <source>&amp;Nuova persona (Ctrl+N)</source>
        <translation>&amp;Nuova persona (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/home.py" line="65"/>
        <source>Registra una nuova persona</source>
        <translation>Registra una nuova persona</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/home.py" line="71"/>
        <source>Risultati della ricerca</source>
        <translation>Risultati della ricerca</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/home.py" line="84"/>
        <source>Esito della ricerca</source>
        <translation>Esito della ricerca</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/home.py" line="142"/>
        <source>Nessuna persona trovata per «{0}». Premere Ctrl+N per registrarla.</source>
        <translation>Nessuna persona trovata per «{0}». Premere Ctrl+N per registrarla.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/home.py" line="146"/>
        <source>Una persona trovata. Invio apre la sua scheda.</source>
        <translation>Una persona trovata. Invio apre la sua scheda.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/home.py" line="150"/>
        <source>Le prime {0} persone trovate: aggiungere il nome o la data di nascita per restringere. Invio apre la prima, ↓ per scegliere.</source>
        <translation>Le prime {0} persone trovate: aggiungere il nome o la data di nascita per restringere. Invio apre la prima, ↓ per scegliere.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/home.py" line="156"/>
        <source>{0} persone trovate. Invio apre la prima, ↓ per scegliere.</source>
        <translation>{0} persone trovate. Invio apre la prima, ↓ per scegliere.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/home.py" line="165"/>
        <source>Ricerca non riuscita: {0}</source>
        <translation>Ricerca non riuscita: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/home.py" line="169"/>
        <source>Scrivere il cognome (anche solo l&apos;inizio) e il nome, in qualsiasi ordine; oppure il codice fiscale, il codice STP/ENI, il telefono o la data di nascita (gg/mm/aaaa). Invio apre la scheda della persona.</source>
        <translation>Scrivere il cognome (anche solo l&apos;inizio) e il nome, in qualsiasi ordine; oppure il codice fiscale, il codice STP/ENI, il telefono o la data di nascita (gg/mm/aaaa). Invio apre la scheda della persona.</translation>
    </message>
</context>
<context>
    <name>HouseholdModel</name>
    <message>
        <location filename="../../cotdesk/ui/household.py" line="65"/>
        <source>Cognome</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/household.py" line="66"/>
        <source>Nome</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/household.py" line="67"/>
        <source>Relazione</source>
        <translation>Relazione</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/household.py" line="68"/>
        <source>Data di nascita</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/household.py" line="69"/>
        <source>Età</source>
        <translation>Età</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/household.py" line="88"/>
        <source>{0} (questa persona)</source>
        <translation>{0} (questa persona)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="1071"/>
        <source>Importazione HSDS: anteprima</source>
        <translation>Importazione HSDS: anteprima</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="1079"/>
        <source>Da creare: {0} · da aggiornare: {1} · saltati: {2} · invariati: {3} · problemi: {4}</source>
        <translation>Da creare: {0} · da aggiornare: {1} · saltati: {2} · invariati: {3} · problemi: {4}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="1094"/>
        <source>Resoconto dell&apos;importazione</source>
        <translation>Resoconto dell&apos;importazione</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="1099"/>
        <source>&amp;Importa</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="1101"/>
        <source>Annulla</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>(vuoto)</source>
        <translation>(vuoto)</translation>
    </message>
    <message>
        <source>A pagamento</source>
        <translation>A pagamento</translation>
    </message>
    <message>
        <source>Accedere con le proprie credenziali per modificare le impostazioni.</source>
        <translation>Accedere con le proprie credenziali per modificare le impostazioni.</translation>
    </message>
    <message>
        <source>Accesso</source>
        <translation>Accesso</translation>
    </message>
    <message>
        <source>Accesso diretto allo sportello</source>
        <translation>Accesso diretto allo sportello</translation>
    </message>
    <message>
        <source>Accesso non riuscito</source>
        <translation>Accesso non riuscito</translation>
    </message>
    <message>
        <source>Accesso riservato (motivato)</source>
        <translation>Accesso riservato (motivato)</translation>
    </message>
    <message>
        <source>Accettato</source>
        <translation>Accettato</translation>
    </message>
    <message>
        <source>Aggiunta a mano</source>
        <translation>Aggiunta a mano</translation>
    </message>
    <message>
        <source>Alta</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Altro telefono</source>
        <translation>Altro telefono</translation>
    </message>
    <message>
        <source>Amministratore di rete</source>
        <translation>Amministratore di rete</translation>
    </message>
    <message>
        <source>Annullato</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Aperta</source>
        <translation>Aperta</translation>
    </message>
    <message>
        <source>Assegnazione</source>
        <translation>Assegnazione</translation>
    </message>
    <message>
        <source>Assistenza</source>
        <translation>Assistenza</translation>
    </message>
    <message>
        <source>Avvisi</source>
        <translation>Avvisi</translation>
    </message>
    <message>
        <source>Bassa</source>
        <translation>Bassa</translation>
    </message>
    <message>
        <source>Bisogno rilevato</source>
        <translation>Bisogno rilevato</translation>
    </message>
    <message>
        <source>Bisogno senza risposta</source>
        <translation>Bisogno senza risposta</translation>
    </message>
    <message>
        <source>Blocco dopo inattività</source>
        <translation>Blocco dopo inattività</translation>
    </message>
    <message>
        <source>Bozza</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>CAP</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>Chiusa</source>
        <translation>Chiusa</translation>
    </message>
    <message>
        <source>Chiusura richiesta</source>
        <translation>Chiusura richiesta</translation>
    </message>
    <message>
        <source>Cittadinanza</source>
        <translation>Cittadinanza</translation>
    </message>
    <message>
        <source>Codice STP/ENI</source>
        <translation>Codice STP/ENI</translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Cognome</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Colloquio</source>
        <translation>Colloquio</translation>
    </message>
    <message>
        <source>Compartecipazione alla spesa</source>
        <translation>Compartecipazione alla spesa</translation>
    </message>
    <message>
        <source>Componente del nucleo</source>
        <translation>Componente del nucleo</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Concluso</source>
        <translation>Concluso</translation>
    </message>
    <message>
        <source>Consenso</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Consenso privacy</source>
        <translation>Consenso privacy</translation>
    </message>
    <message>
        <source>Conservazione dei dati</source>
        <translation>Conservazione dei dati</translation>
    </message>
    <message>
        <source>Consultazione</source>
        <translation>Consultazione</translation>
    </message>
    <message>
        <source>Coordinatore</source>
        <translation>Coordinatore</translation>
    </message>
    <message>
        <source>Copie giornaliere da conservare</source>
        <translation>Copie giornaliere da conservare</translation>
    </message>
    <message>
        <source>Copie settimanali da conservare</source>
        <translation>Copie settimanali da conservare</translation>
    </message>
    <message>
        <source>Data di nascita</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <source>Dati e copie di sicurezza</source>
        <translation>Dati e copie di sicurezza</translation>
    </message>
    <message>
        <source>Decisione</source>
        <translation>Decisione</translation>
    </message>
    <message>
        <source>Dettaglio dei file di log</source>
        <translation>Dettaglio dei file di log</translation>
    </message>
    <message>
        <source>Diagnostica</source>
        <translation>Diagnostica</translation>
    </message>
    <message>
        <source>Diario</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Dopo le copie giornaliere, per quante settimane tenere una copia alla settimana; le più vecchie vengono eliminate.</source>
        <translation>Dopo le copie giornaliere, per quante settimane tenere una copia alla settimana; le più vecchie vengono eliminate.</translation>
    </message>
    <message>
        <source>Dopo quanti giorni senza risposta dell&apos;ente partner un invio compare nella coda del coordinatore. Vale per tutto lo sportello.</source>
        <translation>Dopo quanti giorni senza risposta dell&apos;ente partner un invio compare nella coda del coordinatore. Vale per tutto lo sportello.</translation>
    </message>
    <message>
        <source>Dopo quanti minuti senza usare tastiera e mouse lo schermo si blocca e chiede di nuovo la password, perché nessuno veda i dati delle persone.</source>
        <translation>Dopo quanti minuti senza usare tastiera e mouse lo schermo si blocca e chiede di nuovo la password, perché nessuno veda i dati delle persone.</translation>
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
        <translation>Ente partner</translation>
    </message>
    <message>
        <source>Esportazione</source>
        <translation>Esportazione</translation>
    </message>
    <message>
        <source>Evento della presa in carico</source>
        <translation>Evento della presa in carico</translation>
    </message>
    <message>
        <source>Giorni per la risposta dell&apos;ente</source>
        <translation>Giorni per la risposta dell&apos;ente</translation>
    </message>
    <message>
        <source>Gratuito</source>
        <translation>Gratuito</translation>
    </message>
    <message>
        <source>Grave</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Gravissimo</source>
        <translation>Gravissimo</translation>
    </message>
    <message>
        <source>In carico</source>
        <translation>In carico</translation>
    </message>
    <message>
        <source>In corso</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>In preparazione</source>
        <translation>In preparazione</translation>
    </message>
    <message>
        <source>In scadenza</source>
        <translation>In scadenza</translation>
    </message>
    <message>
        <source>In vigore</source>
        <translation>In vigore</translation>
    </message>
    <message>
        <source>Indirizzo</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Informale</source>
        <translation>Informale</translation>
    </message>
    <message>
        <source>Inserimento</source>
        <translation>Inserimento</translation>
    </message>
    <message>
        <source>Installazione</source>
        <translation>Installazione</translation>
    </message>
    <message>
        <source>Interfaccia</source>
        <translation>Interfaccia</translation>
    </message>
    <message>
        <source>Interrotto</source>
        <translation>Interrotto</translation>
    </message>
    <message>
        <source>Intervallo di sincronizzazione</source>
        <translation>Intervallo di sincronizzazione</translation>
    </message>
    <message>
        <source>Inviato</source>
        <translation>Inviato</translation>
    </message>
    <message>
        <source>Invio</source>
        <translation>Invio</translation>
    </message>
    <message>
        <source>Invio senza risposta</source>
        <translation>Invio senza risposta</translation>
    </message>
    <message>
        <source>Isolamento sociale (nessuna rete di sostegno)</source>
        <translation>Isolamento sociale (nessuna rete di sostegno)</translation>
    </message>
    <message>
        <source>Italiano</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>La lingua di menu, finestre e messaggi di cotdesk su questa postazione. Le lettere e i moduli per le persone restano in italiano.</source>
        <translation>La lingua di menu, finestre e messaggi di cotdesk su questa postazione. Le lettere e i moduli per le persone restano in italiano.</translation>
    </message>
    <message>
        <source>Lieve</source>
        <translation>Lieve</translation>
    </message>
    <message>
        <source>Lingua dell&apos;interfaccia</source>
        <translation>Lingua dell&apos;interfaccia</translation>
    </message>
    <message>
        <source>Lingue</source>
        <translation>Lingue</translation>
    </message>
    <message>
        <source>Luogo di nascita</source>
        <translation>Luogo di nascita</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Minori nel nucleo familiare</source>
        <translation>Minori nel nucleo familiare</translation>
    </message>
    <message>
        <source>Moderato</source>
        <translation>Moderato</translation>
    </message>
    <message>
        <source>Modifica</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Municipio</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <source>Nessun protocollo</source>
        <translation>Nessun protocollo</translation>
    </message>
    <message>
        <source>Nessun reddito</source>
        <translation>Nessun reddito</translation>
    </message>
    <message>
        <source>Nome</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Nome del nucleo</source>
        <translation>Nome del nucleo</translation>
    </message>
    <message>
        <source>Non ancora in vigore</source>
        <translation>Non ancora in vigore</translation>
    </message>
    <message>
        <source>Normale</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Nota</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Nucleo familiare</source>
        <translation>Nucleo familiare</translation>
    </message>
    <message>
        <source>Ogni quanti minuti la postazione invia le modifiche al server della rete e riceve quelle degli altri sportelli (se è collegata a un server).</source>
        <translation>Ogni quanti minuti la postazione invia le modifiche al server della rete e riceve quelle degli altri sportelli (se è collegata a un server).</translation>
    </message>
    <message>
        <source>Operatore</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Operatore assegnato</source>
        <translation>Operatore assegnato</translation>
    </message>
    <message>
        <source>Operatore di sportello</source>
        <translation>Operatore di sportello</translation>
    </message>
    <message>
        <source>Over 75 che vive solo/a</source>
        <translation>Over 75 che vive solo/a</translation>
    </message>
    <message>
        <source>Per quanti anni dalla chiusura della presa in carico si conservano i dati di una persona, come stabilito dal titolare del trattamento. Vale per tutte le postazioni dello sportello e si imposta sul server della rete.</source>
        <translation>Per quanti anni dalla chiusura della presa in carico si conservano i dati di una persona, come stabilito dal titolare del trattamento. Vale per tutte le postazioni dello sportello e si imposta sul server della rete.</translation>
    </message>
    <message>
        <source>Per quanti giorni tenere la copia di sicurezza quotidiana del database (la più recente di ogni giorno) nella cartella backups.</source>
        <translation>Per quanti giorni tenere la copia di sicurezza quotidiana del database (la più recente di ogni giorno) nella cartella backups.</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Persona con disabilità</source>
        <translation>Persona con disabilità</translation>
    </message>
    <message>
        <source>Piattaforma Qt</source>
        <translation>Piattaforma Qt</translation>
    </message>
    <message>
        <source>Postazione</source>
        <translation>Postazione</translation>
    </message>
    <message>
        <source>Presa in carico</source>
        <translation>Presa in carico</translation>
    </message>
    <message>
        <source>Prese in carico e invii</source>
        <translation>Prese in carico e invii</translation>
    </message>
    <message>
        <source>Priorità</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Privato</source>
        <translation>Privato</translation>
    </message>
    <message>
        <source>Prossimo contatto</source>
        <translation>Prossimo contatto</translation>
    </message>
    <message>
        <source>Prossimo contatto scaduto</source>
        <translation>Prossimo contatto scaduto</translation>
    </message>
    <message>
        <source>Protocollo d&apos;intesa</source>
        <translation>Protocollo d&apos;intesa</translation>
    </message>
    <message>
        <source>Pubblico</source>
        <translation>Pubblico</translation>
    </message>
    <message>
        <source>Punto della riunione</source>
        <translation>Punto della riunione</translation>
    </message>
    <message>
        <source>Può modificarla solo il coordinatore o l&apos;amministratore di rete.</source>
        <translation>Può modificarla solo il coordinatore o l&apos;amministratore di rete.</translation>
    </message>
    <message>
        <source>Può modificarla solo l&apos;amministratore di rete.</source>
        <translation>Può modificarla solo l&apos;amministratore di rete.</translation>
    </message>
    <message>
        <source>Quanto scrivere nei file di log della postazione (mai dati personali). «Diagnostica» solo su richiesta dell&apos;assistenza.</source>
        <translation>Quanto scrivere nei file di log della postazione (mai dati personali). «Diagnostica» solo su richiesta dell&apos;assistenza.</translation>
    </message>
    <message>
        <source>Questa postazione non è ancora collegata a uno sportello.</source>
        <translation>Questa postazione non è ancora collegata a uno sportello.</translation>
    </message>
    <message>
        <source>Registra le istruzioni SQL</source>
        <translation>Registra le istruzioni SQL</translation>
    </message>
    <message>
        <source>Registrazione sul server annullata</source>
        <translation>Registrazione sul server annullata</translation>
    </message>
    <message>
        <source>Registro accessi</source>
        <translation>Registro accessi</translation>
    </message>
    <message>
        <source>Religioso</source>
        <translation>Religioso</translation>
    </message>
    <message>
        <source>Rifiutato dall&apos;ente</source>
        <translation>Rifiutato dall&apos;ente</translation>
    </message>
    <message>
        <source>Riservatezza</source>
        <translation>Riservatezza</translation>
    </message>
    <message>
        <source>Riunione d&apos;équipe</source>
        <translation>Riunione d&apos;équipe</translation>
    </message>
    <message>
        <source>Salvata da una versione più recente di cotdesk.</source>
        <translation>Salvata da una versione più recente di cotdesk.</translation>
    </message>
    <message>
        <source>Scadenza</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Scaduto</source>
        <translation>Scaduto</translation>
    </message>
    <message>
        <source>Scrive nei log le istruzioni inviate al database, senza i valori. Solo su richiesta dell&apos;assistenza: rallenta la postazione.</source>
        <translation>Scrive nei log le istruzioni inviate al database, senza i valori. Solo su richiesta dell&apos;assistenza: rallenta la postazione.</translation>
    </message>
    <message>
        <source>Segnalata per la riunione</source>
        <translation>Segnalata per la riunione</translation>
    </message>
    <message>
        <source>Segnalazione dei servizi sociali o sanitari</source>
        <translation>Segnalazione dei servizi sociali o sanitari</translation>
    </message>
    <message>
        <source>Segnalazione della parrocchia</source>
        <translation>Segnalazione della parrocchia</translation>
    </message>
    <message>
        <source>Segnalazione della scuola</source>
        <translation>Segnalazione della scuola</translation>
    </message>
    <message>
        <source>Segnalazione di un ente partner</source>
        <translation>Segnalazione di un ente partner</translation>
    </message>
    <message>
        <source>Senza dimora</source>
        <translation>Senza dimora</translation>
    </message>
    <message>
        <source>Senza fissa dimora</source>
        <translation>Senza fissa dimora</translation>
    </message>
    <message>
        <source>Senza permesso di soggiorno</source>
        <translation>Senza permesso di soggiorno</translation>
    </message>
    <message>
        <source>Senza risposta</source>
        <translation>Senza risposta</translation>
    </message>
    <message>
        <source>Servizio</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Sesso</source>
        <translation>Sesso</translation>
    </message>
    <message>
        <source>Sicurezza</source>
        <translation>Sicurezza</translation>
    </message>
    <message>
        <source>Sincronizzazione</source>
        <translation>Sincronizzazione</translation>
    </message>
    <message>
        <source>Sintesi</source>
        <translation>Sintesi</translation>
    </message>
    <message>
        <source>Sistema</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Solo errori</source>
        <translation>Solo errori</translation>
    </message>
    <message>
        <source>Sospesa</source>
        <translation>Sospesa</translation>
    </message>
    <message>
        <source>Sportello</source>
        <translation>Sportello</translation>
    </message>
    <message>
        <source>Stampa</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <source>Stato</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Telefonata</source>
        <translation>Telefonata</translation>
    </message>
    <message>
        <source>Telefono</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Terzo settore</source>
        <translation>Terzo settore</translation>
    </message>
    <message>
        <source>Urgente</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Vale per tutto lo sportello e arriva dal server della rete.</source>
        <translation>Vale per tutto lo sportello e arriva dal server della rete.</translation>
    </message>
    <message>
        <source>Valutazione</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source>Valutazione del bisogno</source>
        <translation>Valutazione del bisogno</translation>
    </message>
    <message>
        <source>Violenza o maltrattamento</source>
        <translation>Violenza o maltrattamento</translation>
    </message>
    <message>
        <source>accesso al database</source>
        <translation>accesso al database</translation>
    </message>
    <message>
        <source>aggiornamento dello schema del database</source>
        <translation>aggiornamento dello schema del database</translation>
    </message>
    <message>
        <source>altra postazione</source>
        <translation>altra postazione</translation>
    </message>
    <message>
        <source>anni</source>
        <translation>anni</translation>
    </message>
    <message>
        <source>anteprima delle lettere e grafici</source>
        <translation>anteprima delle lettere e grafici</translation>
    </message>
    <message>
        <source>caratteri delle lettere</source>
        <translation>caratteri delle lettere</translation>
    </message>
    <message>
        <source>cartelle dell&apos;utente</source>
        <translation>cartelle dell&apos;utente</translation>
    </message>
    <message>
        <source>certificati</source>
        <translation>certificati</translation>
    </message>
    <message>
        <source>chiavi nel portachiavi del sistema</source>
        <translation>chiavi nel portachiavi del sistema</translation>
    </message>
    <message>
        <source>cifratura del database</source>
        <translation>cifratura del database</translation>
    </message>
    <message>
        <source>codice fiscale e dati ANPR di comuni e stati esteri</source>
        <translation>codice fiscale e dati ANPR di comuni e stati esteri</translation>
    </message>
    <message>
        <source>collegamento Python–Qt</source>
        <translation>collegamento Python–Qt</translation>
    </message>
    <message>
        <source>collegamento al server della rete</source>
        <translation>collegamento al server della rete</translation>
    </message>
    <message>
        <source>eliminazione</source>
        <translation>eliminazione</translation>
    </message>
    <message>
        <source>fuso orario Europe/Rome</source>
        <translation>fuso orario Europe/Rome</translation>
    </message>
    <message>
        <source>giorni</source>
        <translation>giorni</translation>
    </message>
    <message>
        <source>immagini per i PDF</source>
        <translation>immagini per i PDF</translation>
    </message>
    <message>
        <source>inserimento</source>
        <translation>inserimento</translation>
    </message>
    <message>
        <source>interfaccia grafica (Qt, librerie sostituibili)</source>
        <translation>interfaccia grafica (Qt, librerie sostituibili)</translation>
    </message>
    <message>
        <source>lettere e moduli PDF</source>
        <translation>lettere e moduli PDF</translation>
    </message>
    <message>
        <source>librerie Qt usate da PySide6</source>
        <translation>librerie Qt usate da PySide6</translation>
    </message>
    <message>
        <source>linguaggio e libreria standard</source>
        <translation>linguaggio e libreria standard</translation>
    </message>
    <message>
        <source>minuti</source>
        <translation>minuti</translation>
    </message>
    <message>
        <source>modifica</source>
        <translation>modifica</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>programma installato</source>
        <translation>programma installato</translation>
    </message>
    <message>
        <source>protocollo di sincronizzazione</source>
        <translation>protocollo di sincronizzazione</translation>
    </message>
    <message>
        <source>questa postazione</source>
        <translation>questa postazione</translation>
    </message>
    <message>
        <source>questo programma</source>
        <translation>questo programma</translation>
    </message>
    <message>
        <source>settimane</source>
        <translation>settimane</translation>
    </message>
    <message>
        <source>sorgenti</source>
        <translation>sorgenti</translation>
    </message>
    <message>
        <source>sì</source>
        <translation>sì</translation>
    </message>
</context>
<context>
    <name>LetterPreviewDialog</name>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="347"/>
        <source>Lettera di invio</source>
        <translation>Lettera di invio</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="349"/>
        <source>Lettere di invio</source>
        <translation>Lettere di invio</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="357"/>
        <source>Preparazione della lettera…</source>
        <translation>Preparazione della lettera…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="373"/>
        <source>Lettera di invio {0} — {1}</source>
        <translation>Lettera di invio {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="375"/>
        <source>Lettera di invio {0}.pdf</source>
        <translation>Lettera di invio {0}.pdf</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="378"/>
        <source>Lettere di invio ({0})</source>
        <translation>Lettere di invio ({0})</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="380"/>
        <source>Lettere di invio {0} e altre.pdf</source>
        <translation>Lettere di invio {0} e altre.pdf</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="390"/>
        <source>La lettera non si può preparare: {0}</source>
        <translation>La lettera non si può preparare: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="404"/>
        <source>Salvato in {0}</source>
        <translation>Salvato in {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="414"/>
        <source>Documento prodotto, ma non registrato nel registro accessi: {0}</source>
        <translation>Documento prodotto, ma non registrato nel registro accessi: {0}</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="136"/>
        <source>cotdesk — schermo bloccato</source>
        <translation>cotdesk — schermo bloccato</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="149"/>
        <source>Operatore: {0}</source>
        <translation>Operatore: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="150"/>
        <source>Operatore</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="152"/>
        <source>&amp;PIN o password:</source>
        <translation>&amp;PIN o password:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="152"/>
        <source>&amp;Password (nessun PIN impostato):</source>
        <translation>&amp;Password (nessun PIN impostato):</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="156"/>
        <source>PIN o password</source>
        <translation>PIN o password</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="163"/>
        <source>Messaggio di sblocco</source>
        <translation>Messaggio di sblocco</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="164"/>
        <location filename="../../cotdesk/ui/lock_screen.py" line="271"/>
        <source>&amp;Sblocca</source>
        <translation>&amp;Sblocca</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="166"/>
        <source>&amp;Cambia operatore</source>
        <translation>&amp;Cambia operatore</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="167"/>
        <source>Cambia operatore</source>
        <translation>Cambia operatore</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="226"/>
        <source>Scrivere il PIN o la password.</source>
        <translation>Scrivere il PIN o la password.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="262"/>
        <source>Riprovare ora.</source>
        <translation>Riprovare ora.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="265"/>
        <source>Attendere {0} s</source>
        <translation>Attendere {0} s</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../cotdesk/ui/login.py" line="26"/>
        <source>cotdesk — Accesso</source>
        <translation>cotdesk — Accesso</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/login.py" line="31"/>
        <source>Nome utente</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/login.py" line="34"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/login.py" line="38"/>
        <source>Errore di accesso</source>
        <translation>Errore di accesso</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/login.py" line="41"/>
        <source>&amp;Nome utente:</source>
        <translation>&amp;Nome utente:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/login.py" line="42"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/login.py" line="47"/>
        <source>Accedi</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/login.py" line="49"/>
        <source>Esci</source>
        <translation>Esci</translation>
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
        <translation>&amp;Cerca persona</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="80"/>
        <source>&amp;Nuova persona</source>
        <translation>&amp;Nuova persona</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="84"/>
        <source>&amp;Esci</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="86"/>
        <source>Code di &amp;lavoro</source>
        <translation>Code di &amp;lavoro</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="88"/>
        <source>&amp;Sportello</source>
        <translation>&amp;Sportello</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="95"/>
        <source>Registro &amp;accessi</source>
        <translation>Registro &amp;accessi</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="100"/>
        <location filename="../../cotdesk/ui/main_window.py" line="105"/>
        <location filename="../../cotdesk/ui/main_window.py" line="107"/>
        <source>&amp;Coordinamento</source>
        <translation>&amp;Coordinamento</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="101"/>
        <source>&amp;Statistiche</source>
        <translation>&amp;Statistiche</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="106"/>
        <source>&amp;Riunione d&apos;équipe</source>
        <translation>&amp;Riunione d&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="108"/>
        <source>Enti &amp;partner</source>
        <translation>Enti &amp;partner</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="109"/>
        <source>&amp;Rete</source>
        <translation>&amp;Rete</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="110"/>
        <source>&amp;Impostazioni…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="111"/>
        <location filename="../../cotdesk/ui/selftest_gui.py" line="62"/>
        <source>&amp;Strumenti</source>
        <translation>&amp;Strumenti</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="112"/>
        <source>&amp;Informazioni su cotdesk</source>
        <translation>&amp;Informazioni su cotdesk</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="113"/>
        <source>&amp;Aiuto</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="117"/>
        <source>nessun operatore</source>
        <translation>nessun operatore</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="121"/>
        <source>Sportello e operatore</source>
        <translation>Sportello e operatore</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="124"/>
        <source>Sincronizzazione: non configurata</source>
        <translation>Sincronizzazione: non configurata</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="125"/>
        <source>Stato della sincronizzazione</source>
        <translation>Stato della sincronizzazione</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="134"/>
        <source>Persone: {0} · prese in carico aperte: {1}</source>
        <translation>Persone: {0} · prese in carico aperte: {1}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="139"/>
        <source>Modifiche da inviare: {0}</source>
        <translation>Modifiche da inviare: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="159"/>
        <source>Accedere con le proprie credenziali per aprire una scheda.</source>
        <translation>Accedere con le proprie credenziali per aprire una scheda.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="181"/>
        <source>Dati della persona cancellati.</source>
        <translation>Dati della persona cancellati.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="205"/>
        <source>Le statistiche sono consultabili dal coordinatore.</source>
        <translation>Le statistiche sono consultabili dal coordinatore.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="254"/>
        <source>Il registro accessi è consultabile dal coordinatore.</source>
        <translation>Il registro accessi è consultabile dal coordinatore.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="275"/>
        <source>Impostazioni salvate.</source>
        <translation>Impostazioni salvate.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="319"/>
        <source>Presa in carico</source>
        <translation>Presa in carico</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/main_window.py" line="349"/>
        <source>Accedere con le proprie credenziali per registrare una persona.</source>
        <translation>Accedere con le proprie credenziali per registrare una persona.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="163"/>
        <source>Data e ora della riunione</source>
        <translation>Data e ora della riunione</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="164"/>
        <source>&amp;Data e ora:</source>
        <translation>&amp;Data e ora:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="166"/>
        <source>Luogo</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="167"/>
        <source>Sala, indirizzo, oppure collegamento video</source>
        <translation>Sala, indirizzo, oppure collegamento video</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="168"/>
        <source>&amp;Luogo:</source>
        <translation>&amp;Luogo:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="170"/>
        <source>Titolo</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="171"/>
        <source>&amp;Titolo:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="175"/>
        <source>Partecipanti</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="176"/>
        <source>Una persona per riga, con il suo ente</source>
        <translation>Una persona per riga, con il suo ente</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="177"/>
        <source>&amp;Partecipanti:</source>
        <translation>&amp;Partecipanti:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="181"/>
        <source>Note del verbale</source>
        <translation>Note del verbale</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="183"/>
        <source>&amp;Note del verbale:</source>
        <translation>&amp;Note del verbale:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="190"/>
        <source>Salva</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="191"/>
        <source>Annulla</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="236"/>
        <source>&lt;h2&gt;Riunione d&apos;équipe&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Riunione d&apos;équipe&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="240"/>
        <source>Consultazione: preparare la riunione e registrare le decisioni spetta al coordinatore.</source>
        <translation>Consultazione: preparare la riunione e registrare le decisioni spetta al coordinatore.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="250"/>
        <source>Riunione</source>
        <translation>Riunione</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="252"/>
        <source>Ri&amp;unione:</source>
        <translation>Ri&amp;unione:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="254"/>
        <source>&amp;Nuova riunione…</source>
        <translation>&amp;Nuova riunione…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="255"/>
        <source>&amp;Modifica dettagli…</source>
        <translation>&amp;Modifica dettagli…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="263"/>
        <location filename="../../cotdesk/ui/meeting_page.py" line="824"/>
        <source>Dettagli della riunione</source>
        <translation>Dettagli della riunione</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="283"/>
        <source>Ordine del giorno</source>
        <translation>Ordine del giorno</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="292"/>
        <source>es. M05-2026-3FA2-00017</source>
        <translation>es. M05-2026-3FA2-00017</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="293"/>
        <source>Riferimento del caso da aggiungere</source>
        <translation>Riferimento del caso da aggiungere</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="295"/>
        <source>Caso da aggiungere (ri&amp;ferimento):</source>
        <translation>Caso da aggiungere (ri&amp;ferimento):</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="297"/>
        <source>Aggiungi (Invio)</source>
        <translation>Aggiungi (Invio)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="305"/>
        <source>&amp;Prendi dalle code</source>
        <translation>&amp;Prendi dalle code</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="308"/>
        <source>Aggiunge i casi segnalati per la riunione, con il prossimo contatto scaduto o con invii senza risposta: ogni caso una volta sola, con tutti i motivi.</source>
        <translation>Aggiunge i casi segnalati per la riunione, con il prossimo contatto scaduto o con invii senza risposta: ogni caso una volta sola, con tutti i motivi.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="315"/>
        <source> casi al massimo</source>
        <translation> casi al massimo</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="316"/>
        <source>Numero massimo di casi in ordine del giorno</source>
        <translation>Numero massimo di casi in ordine del giorno</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="317"/>
        <source>Su (Alt+↑)</source>
        <translation>Su (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="318"/>
        <source>Giù (Alt+↓)</source>
        <translation>Giù (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="319"/>
        <source>Togli (Canc)</source>
        <translation>Togli (Canc)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="331"/>
        <location filename="../../cotdesk/ui/meeting_page.py" line="691"/>
        <source>Decisione</source>
        <translation>Decisione</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="336"/>
        <source>Il caso selezionato</source>
        <translation>Il caso selezionato</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="344"/>
        <source>Decisione: chi fa che cosa</source>
        <translation>Decisione: chi fa che cosa</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="346"/>
        <source>Chi fa che cosa: es. «L&apos;operatrice richiama l&apos;ente e fissa un colloquio»</source>
        <translation>Chi fa che cosa: es. «L&apos;operatrice richiama l&apos;ente e fissa un colloquio»</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="348"/>
        <source>&amp;Decisione:</source>
        <translation>&amp;Decisione:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="350"/>
        <source>Responsabile</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="351"/>
        <source>Responsa&amp;bile:</source>
        <translation>Responsa&amp;bile:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="353"/>
        <source>Scaden&amp;za:</source>
        <translation>Scaden&amp;za:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="358"/>
        <source>Scadenza: diventa il prossimo contatto</source>
        <translation>Scadenza: diventa il prossimo contatto</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="364"/>
        <source>Asse&amp;gna la presa in carico al responsabile</source>
        <translation>Asse&amp;gna la presa in carico al responsabile</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="367"/>
        <source>Una presa in carico non assegnata passa comunque al responsabile.</source>
        <translation>Una presa in carico non assegnata passa comunque al responsabile.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="374"/>
        <source>Errore</source>
        <translation>Errore</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="378"/>
        <source>Salva e passa al successivo (Ctrl+Invio)</source>
        <translation>Salva e passa al successivo (Ctrl+Invio)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="379"/>
        <source>Apri presa in carico (Invio)</source>
        <translation>Apri presa in carico (Invio)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="395"/>
        <source>Esito</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="397"/>
        <source>Nomi per es&amp;teso nella stampa</source>
        <translation>Nomi per es&amp;teso nella stampa</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="400"/>
        <source>Di norma l&apos;ordine del giorno riporta solo le iniziali e l&apos;anno di nascita; i casi riservati non riportano mai la persona.</source>
        <translation>Di norma l&apos;ordine del giorno riporta solo le iniziali e l&apos;anno di nascita; i casi riservati non riportano mai la persona.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="405"/>
        <source>Stampa &amp;ordine del giorno (Ctrl+P)</source>
        <translation>Stampa &amp;ordine del giorno (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="406"/>
        <source>Stampa &amp;verbale</source>
        <translation>Stampa &amp;verbale</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="407"/>
        <source>C&amp;hiudi riunione…</source>
        <translation>C&amp;hiudi riunione…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="408"/>
        <source>Aggiorna (F5)</source>
        <translation>Aggiorna (F5)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="516"/>
        <source>Operazione non riuscita: {0}</source>
        <translation>Operazione non riuscita: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="545"/>
        <source>Nessuna riunione: crearne una con «Nuova riunione» (Alt+N).</source>
        <translation>Nessuna riunione: crearne una con «Nuova riunione» (Alt+N).</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="547"/>
        <source>Nessuna riunione in programma.</source>
        <translation>Nessuna riunione in programma.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="568"/>
        <source>1 caso</source>
        <translation>1 caso</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="568"/>
        <source>{0} casi</source>
        <translation>{0} casi</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="577"/>
        <location filename="../../cotdesk/ui/meeting_page.py" line="727"/>
        <source>— nessuno —</source>
        <translation>— nessuno —</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="624"/>
        <source>decisioni registrate: {0} su {1}</source>
        <translation>decisioni registrate: {0} su {1}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="631"/>
        <source>Partecipanti: {0}</source>
        <translation>Partecipanti: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="693"/>
        <source>Scegliere un caso dell&apos;ordine del giorno.</source>
        <translation>Scegliere un caso dell&apos;ordine del giorno.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="697"/>
        <source>Caso {0} — {1}</source>
        <translation>Caso {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="716"/>
        <source>Motivi: {0}</source>
        <translation>Motivi: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="718"/>
        <source>Stato: {0}</source>
        <translation>Stato: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="720"/>
        <source>prossimo contatto {0}</source>
        <translation>prossimo contatto {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="722"/>
        <source>(scaduto da 1 giorno)</source>
        <translation>(scaduto da 1 giorno)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="724"/>
        <source>(scaduto da {0} giorni)</source>
        <translation>(scaduto da {0} giorni)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="727"/>
        <source>Operatore: {0}</source>
        <translation>Operatore: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="732"/>
        <source>Caso riservato: i dettagli li vede l&apos;operatore assegnato.</source>
        <translation>Caso riservato: i dettagli li vede l&apos;operatore assegnato.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="738"/>
        <source>Invio {0} a {1} ({2}): senza risposta da {3} giorni</source>
        <translation>Invio {0} a {1} ({2}): senza risposta da {3} giorni</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="747"/>
        <source>Ultime annotazioni</source>
        <translation>Ultime annotazioni</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="770"/>
        <source>Operazione non riuscita</source>
        <translation>Operazione non riuscita</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="786"/>
        <source>Nuova riunione d&apos;équipe</source>
        <translation>Nuova riunione d&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="814"/>
        <source>Riunione creata: ora «Prendi dalle code» (Alt+P) prepara l&apos;ordine del giorno.</source>
        <translation>Riunione creata: ora «Prendi dalle code» (Alt+P) prepara l&apos;ordine del giorno.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="857"/>
        <source>Dalle code: {0} casi aggiunti, {1} aggiornati.</source>
        <translation>Dalle code: {0} casi aggiunti, {1} aggiornati.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="862"/>
        <source>{0} casi in coda non sono entrati (massimo {1}): aumentare il massimo o aggiungerli a mano.</source>
        <translation>{0} casi in coda non sono entrati (massimo {1}): aumentare il massimo o aggiungerli a mano.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="868"/>
        <source>Lettura delle code…</source>
        <translation>Lettura delle code…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="890"/>
        <source>Aggiunto all&apos;ordine del giorno: {0}.</source>
        <translation>Aggiunto all&apos;ordine del giorno: {0}.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="910"/>
        <source>Togli dall&apos;ordine del giorno</source>
        <translation>Togli dall&apos;ordine del giorno</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="911"/>
        <source>Togliere {0} dall&apos;ordine del giorno?</source>
        <translation>Togliere {0} dall&apos;ordine del giorno?</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="923"/>
        <source>Tolto dall&apos;ordine del giorno: {0}.</source>
        <translation>Tolto dall&apos;ordine del giorno: {0}.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="952"/>
        <source>Decisione su {0} registrata nel diario.</source>
        <translation>Decisione su {0} registrata nel diario.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="954"/>
        <source>Prossimo contatto: {0}.</source>
        <translation>Prossimo contatto: {0}.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="956"/>
        <source>Presa in carico assegnata al responsabile.</source>
        <translation>Presa in carico assegnata al responsabile.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="970"/>
        <source>Chiudere la riunione? Il verbale diventa definitivo. Decisioni registrate: {0}; casi rinviati alla prossima riunione: {1}.</source>
        <translation>Chiudere la riunione? Il verbale diventa definitivo. Decisioni registrate: {0}; casi rinviati alla prossima riunione: {1}.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="975"/>
        <source>Attenzione: {0} decisioni scritte ma non salvate andranno perse.</source>
        <translation>Attenzione: {0} decisioni scritte ma non salvate andranno perse.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="977"/>
        <source>Chiudi riunione</source>
        <translation>Chiudi riunione</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="988"/>
        <source>Riunione chiusa. Il verbale si stampa con «Stampa verbale» (Alt+V).</source>
        <translation>Riunione chiusa. Il verbale si stampa con «Stampa verbale» (Alt+V).</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/meeting_page.py" line="1007"/>
        <source>Preparazione del documento…</source>
        <translation>Preparazione del documento…</translation>
    </message>
</context>
<context>
    <name>MonthModel</name>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="256"/>
        <source>Aperte</source>
        <translation>Aperte</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="256"/>
        <source>Chiuse</source>
        <translation>Chiuse</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="256"/>
        <source>Mese</source>
        <translation>Mese</translation>
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
        <translation> — registrato senza risposta</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/service_model.py" line="124"/>
        <source> — nessun servizio trovato</source>
        <translation> — nessun servizio trovato</translation>
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
        <translation>Aperti</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="172"/>
        <source>Bisogno</source>
        <translation>Bisogno</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="172"/>
        <source>Risolti</source>
        <translation>Risolti</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="172"/>
        <source>Totale</source>
        <translation>Totale</translation>
    </message>
</context>
<context>
    <name>NeedsModel</name>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="117"/>
        <source>Bisogno</source>
        <translation>Bisogno</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="117"/>
        <source>Gravità (1-4)</source>
        <translation>Gravità (1-4)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="117"/>
        <source>Note (F2)</source>
        <translation>Note (F2)</translation>
    </message>
</context>
<context>
    <name>OpenCaseDialog</name>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="81"/>
        <source>Nuova presa in carico — {0}</source>
        <translation>Nuova presa in carico — {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="104"/>
        <source>Per questa persona non risulta consegnata l&apos;informativa privacy. Prima di aprire la presa in carico registrala dalla scheda persona con «Registra informativa e consensi» (Ctrl+I). Solo in emergenza puoi procedere spuntando la casella in fondo.</source>
        <translation>Per questa persona non risulta consegnata l&apos;informativa privacy. Prima di aprire la presa in carico registrala dalla scheda persona con «Registra informativa e consensi» (Ctrl+I). Solo in emergenza puoi procedere spuntando la casella in fondo.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="115"/>
        <source>Informativa privacy mancante</source>
        <translation>Informativa privacy mancante</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="128"/>
        <source>&amp;Operatore assegnato:</source>
        <translation>&amp;Operatore assegnato:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="130"/>
        <source>&amp;Motivo dell&apos;accesso:</source>
        <translation>&amp;Motivo dell&apos;accesso:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="137"/>
        <source>Errore</source>
        <translation>Errore</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="147"/>
        <source>Canale di accesso</source>
        <translation>Canale di accesso</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="149"/>
        <source>&amp;Canale di accesso:</source>
        <translation>&amp;Canale di accesso:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="151"/>
        <source>Chi segnala</source>
        <translation>Chi segnala</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="154"/>
        <source>Ente che segnala</source>
        <translation>Ente che segnala</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="156"/>
        <source>Es. IC Via Roma, Parrocchia San Luca</source>
        <translation>Es. IC Via Roma, Parrocchia San Luca</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="159"/>
        <source>Persona di riferimento</source>
        <translation>Persona di riferimento</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="161"/>
        <source>Recapito di chi segnala</source>
        <translation>Recapito di chi segnala</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="162"/>
        <source>Telefono o e-mail</source>
        <translation>Telefono o e-mail</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="163"/>
        <source>&amp;Ente:</source>
        <translation>&amp;Ente:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="164"/>
        <source>&amp;Persona di riferimento:</source>
        <translation>&amp;Persona di riferimento:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="165"/>
        <source>&amp;Recapito:</source>
        <translation>&amp;Recapito:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="166"/>
        <source>Errore su chi segnala</source>
        <translation>Errore su chi segnala</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="174"/>
        <source>&amp;Aree di intervento</source>
        <translation>&amp;Aree di intervento</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="176"/>
        <source>Errore nelle aree</source>
        <translation>Errore nelle aree</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="188"/>
        <source>Operatore assegnato</source>
        <translation>Operatore assegnato</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="189"/>
        <source>Nessuno: resta da assegnare</source>
        <translation>Nessuno: resta da assegnare</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="192"/>
        <source>{0} (io)</source>
        <translation>{0} (io)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="195"/>
        <source>Errore sull&apos;operatore</source>
        <translation>Errore sull&apos;operatore</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="203"/>
        <source>Motivo dell&apos;accesso</source>
        <translation>Motivo dell&apos;accesso</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="204"/>
        <source>Cosa chiede la persona, in breve (facoltativo)</source>
        <translation>Cosa chiede la persona, in breve (facoltativo)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="207"/>
        <source>Emer&amp;genza: apri senza informativa privacy registrata</source>
        <translation>Emer&amp;genza: apri senza informativa privacy registrata</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="209"/>
        <source>Emergenza senza informativa privacy</source>
        <translation>Emergenza senza informativa privacy</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="212"/>
        <source>Da usare solo quando non si può aspettare. L&apos;informativa andrà consegnata e registrata appena possibile: fino ad allora la presa in carico resta segnalata in rosso.</source>
        <translation>Da usare solo quando non si può aspettare. L&apos;informativa andrà consegnata e registrata appena possibile: fino ad allora la presa in carico resta segnalata in rosso.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="220"/>
        <source>Errore sull&apos;informativa</source>
        <translation>Errore sull&apos;informativa</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="228"/>
        <source>Apri presa in carico (Ctrl+Invio)</source>
        <translation>Apri presa in carico (Ctrl+Invio)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="231"/>
        <source>Annulla (Esc)</source>
        <translation>Annulla (Esc)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="291"/>
        <source>C&apos;è una presa in carico lasciata a metà per questa persona: {0}.</source>
        <translation>C&apos;è una presa in carico lasciata a metà per questa persona: {0}.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="292"/>
        <source>nessuna area scelta</source>
        <translation>nessuna area scelta</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/open_case.py" line="313"/>
        <source>Bozza non salvata: {0}</source>
        <translation>Bozza non salvata: {0}</translation>
    </message>
</context>
<context>
    <name>OperatorChooser</name>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="71"/>
        <source>Assegna a…</source>
        <translation>Assegna a…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="75"/>
        <source>Scegliere l&apos;operatore per le prese in carico selezionate: {0}.</source>
        <translation>Scegliere l&apos;operatore per le prese in carico selezionate: {0}.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="82"/>
        <source>Operatori dello sportello</source>
        <translation>Operatori dello sportello</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="88"/>
        <source>&amp;Operatore:</source>
        <translation>&amp;Operatore:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="95"/>
        <source>Assegna</source>
        <translation>Assegna</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="96"/>
        <source>Annulla</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>OperatorLoadModel</name>
    <message>
        <location filename="../../cotdesk/ui/queue_model.py" line="114"/>
        <source>Operatore</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queue_model.py" line="115"/>
        <source>Prese in carico aperte</source>
        <translation>Prese in carico aperte</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queue_model.py" line="116"/>
        <source>Specializzazioni</source>
        <translation>Specializzazioni</translation>
    </message>
</context>
<context>
    <name>OutcomeModel</name>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="191"/>
        <location filename="../../cotdesk/ui/statistics_page.py" line="193"/>
        <source>Ente</source>
        <translation>Ente</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="191"/>
        <source>Servizio</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="193"/>
        <source>Tipologia</source>
        <translation>Tipologia</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="198"/>
        <source>Inviati</source>
        <translation>Inviati</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="199"/>
        <source>Accettazione</source>
        <translation>Accettazione</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="200"/>
        <source>Giorni risposta (mediana)</source>
        <translation>Giorni risposta (mediana)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="201"/>
        <source>Giorni risposta (media)</source>
        <translation>Giorni risposta (media)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="202"/>
        <source>Conclusione</source>
        <translation>Conclusione</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="203"/>
        <source>Accettati</source>
        <translation>Accettati</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="204"/>
        <source>Rifiutati</source>
        <translation>Rifiutati</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="205"/>
        <source>In attesa</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="206"/>
        <source>Annullati</source>
        <translation>Annullati</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="207"/>
        <source>Conclusi</source>
        <translation>Conclusi</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="208"/>
        <source>Interrotti</source>
        <translation>Interrotti</translation>
    </message>
</context>
<context>
    <name>ParkedModel</name>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="86"/>
        <source>Quando</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="87"/>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="88"/>
        <source>Operazione</source>
        <translation>Operazione</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="89"/>
        <source>Operatore</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="90"/>
        <source>Motivo</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="189"/>
        <source>Modifica ente</source>
        <translation>Modifica ente</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="189"/>
        <source>Nuovo ente partner</source>
        <translation>Nuovo ente partner</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="194"/>
        <source>&amp;Nome:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="200"/>
        <source>&amp;Tipologia:</source>
        <translation>&amp;Tipologia:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="202"/>
        <source>&amp;Codice fiscale / P. IVA:</source>
        <translation>&amp;Codice fiscale / P. IVA:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="204"/>
        <source>&amp;Indirizzo:</source>
        <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="206"/>
        <source>— non indicato —</source>
        <translation>— non indicato —</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="211"/>
        <source>&amp;Municipio della sede:</source>
        <translation>&amp;Municipio della sede:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="214"/>
        <source>Municipi serviti</source>
        <translation>Municipi serviti</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="218"/>
        <source>Municipi ser&amp;viti
(nessuno: tutta la città):</source>
        <translation>Municipi ser&amp;viti
(nessuno: tutta la città):</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="220"/>
        <source>Tele&amp;fono:</source>
        <translation>Tele&amp;fono:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="222"/>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="224"/>
        <source>&amp;Sito web:</source>
        <translation>&amp;Sito web:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="226"/>
        <source>&amp;Referente:</source>
        <translation>&amp;Referente:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="230"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
</context>
<context>
    <name>PartnerModel</name>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="45"/>
        <source>in vigore fino al {0}</source>
        <translation>in vigore fino al {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="47"/>
        <source>in scadenza il {0}</source>
        <translation>in scadenza il {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="49"/>
        <source>SCADUTO il {0}</source>
        <translation>SCADUTO il {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="51"/>
        <source>non ancora in vigore</source>
        <translation>non ancora in vigore</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="52"/>
        <source>nessun protocollo d&apos;intesa</source>
        <translation>nessun protocollo d&apos;intesa</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="56"/>
        <source>Ente</source>
        <translation>Ente</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="57"/>
        <source>Protocollo d&apos;intesa</source>
        <translation>Protocollo d&apos;intesa</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="58"/>
        <source>Tipologia</source>
        <translation>Tipologia</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="59"/>
        <source>Municipi serviti</source>
        <translation>Municipi serviti</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="60"/>
        <source>Telefono</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="61"/>
        <source>Servizi</source>
        <translation>Servizi</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="71"/>
        <source>tutta la città</source>
        <translation>tutta la città</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="104"/>
        <source>Senza protocollo in vigore: i suoi servizi sono segnalati agli operatori.</source>
        <translation>Senza protocollo in vigore: i suoi servizi sono segnalati agli operatori.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="93"/>
        <source>La stampante non è disponibile: controllare che sia accesa e collegata, oppure salvare il PDF e stamparlo più tardi.</source>
        <translation>La stampante non è disponibile: controllare che sia accesa e collegata, oppure salvare il PDF e stamparlo più tardi.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="152"/>
        <source>documento.pdf</source>
        <translation>documento.pdf</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="164"/>
        <source>Anteprima del documento</source>
        <translation>Anteprima del documento</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="169"/>
        <source>Messaggi</source>
        <translation>Messaggi</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="172"/>
        <source>Numero di pagine</source>
        <translation>Numero di pagine</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="192"/>
        <source>&amp;Stampa… (Ctrl+P)</source>
        <translation>&amp;Stampa… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="193"/>
        <source>Stampa</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="195"/>
        <source>Salva &amp;PDF… (Ctrl+S)</source>
        <translation>Salva &amp;PDF… (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="196"/>
        <location filename="../../cotdesk/ui/letter_preview.py" line="297"/>
        <source>Salva in PDF</source>
        <translation>Salva in PDF</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="198"/>
        <source>&amp;Chiudi (Esc)</source>
        <translation>&amp;Chiudi (Esc)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="199"/>
        <source>Chiudi l&apos;anteprima</source>
        <translation>Chiudi l&apos;anteprima</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="234"/>
        <source>1 pagina</source>
        <translation>1 pagina</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="234"/>
        <source>{0} pagine</source>
        <translation>{0} pagine</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="239"/>
        <source>Il documento non si può aprire.</source>
        <translation>Il documento non si può aprire.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="260"/>
        <source>Stampa: {0}</source>
        <translation>Stampa: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="288"/>
        <source>Inviato alla stampante (1 pagina).</source>
        <translation>Inviato alla stampante (1 pagina).</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="289"/>
        <source>Inviato alla stampante ({0} pagine).</source>
        <translation>Inviato alla stampante ({0} pagine).</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="299"/>
        <source>Documenti PDF (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/letter_preview.py" line="326"/>
        <source>Salvato in {0}</source>
        <translation>Salvato in {0}</translation>
    </message>
</context>
<context>
    <name>PendingReferralModel</name>
    <message>
        <location filename="../../cotdesk/ui/service_model.py" line="292"/>
        <source>Servizio</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/service_model.py" line="293"/>
        <source>Ente partner</source>
        <translation>Ente partner</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/service_model.py" line="294"/>
        <source>Per i bisogni</source>
        <translation>Per i bisogni</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/service_model.py" line="295"/>
        <source>Appuntamento</source>
        <translation>Appuntamento</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/service_model.py" line="296"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/service_model.py" line="353"/>
        <source>nessuno</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/service_model.py" line="366"/>
        <source>Protocollo d&apos;intesa {0}</source>
        <translation>Protocollo d&apos;intesa {0}</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="186"/>
        <source>Caricamento…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="188"/>
        <source>Nome della persona</source>
        <translation>Nome della persona</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="193"/>
        <source>Dati anagrafici e recapiti</source>
        <translation>Dati anagrafici e recapiti</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="197"/>
        <source>Messaggi</source>
        <translation>Messaggi</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="199"/>
        <source>&amp;Modifica dati (F2)</source>
        <translation>&amp;Modifica dati (F2)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="201"/>
        <source>&amp;Apri presa in carico (Ctrl+Shift+A)</source>
        <translation>&amp;Apri presa in carico (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="204"/>
        <source>Aggiungi &amp;componente (Ctrl+Shift+N)</source>
        <translation>Aggiungi &amp;componente (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="213"/>
        <source>&amp;Esporta dati (art. 15) (Ctrl+E)</source>
        <translation>&amp;Esporta dati (art. 15) (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="216"/>
        <source>Ca&amp;ncella persona (art. 17) (Ctrl+Shift+Canc)</source>
        <translation>Ca&amp;ncella persona (art. 17) (Ctrl+Shift+Canc)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="226"/>
        <source>Prese in carico della persona</source>
        <translation>Prese in carico della persona</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="234"/>
        <location filename="../../cotdesk/ui/person_page.py" line="368"/>
        <source>Nessuna presa in carico: aprirne una con Ctrl+Shift+A.</source>
        <translation>Nessuna presa in carico: aprirne una con Ctrl+Shift+A.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="238"/>
        <source>Componenti del nucleo familiare</source>
        <translation>Componenti del nucleo familiare</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="242"/>
        <location filename="../../cotdesk/ui/person_page.py" line="354"/>
        <source>Nessun nucleo familiare registrato: aggiungere un componente con Ctrl+Shift+N.</source>
        <translation>Nessun nucleo familiare registrato: aggiungere un componente con Ctrl+Shift+N.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="267"/>
        <source>Prese in carico</source>
        <translation>Prese in carico</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="275"/>
        <source>Nucleo familiare</source>
        <translation>Nucleo familiare</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="283"/>
        <source>Privacy: informativa e consensi</source>
        <translation>Privacy: informativa e consensi</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="357"/>
        <source>Invio apre la scheda del componente scelto.</source>
        <translation>Invio apre la scheda del componente scelto.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="371"/>
        <source>aperta</source>
        <translation>aperta</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="371"/>
        <source>chiusa</source>
        <translation>chiusa</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="372"/>
        <source>Una presa in carico, {0}. Invio la apre.</source>
        <translation>Una presa in carico, {0}. Invio la apre.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="373"/>
        <source>{0} prese in carico, aperte: {1}. Invio apre quella scelta.</source>
        <translation>{0} prese in carico, aperte: {1}. Invio apre quella scelta.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="388"/>
        <source>{0} anni</source>
        <translation>{0} anni</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="389"/>
        <source>nata</source>
        <translation>nata</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="389"/>
        <source>nato</source>
        <translation>nato</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="397"/>
        <source>sesso {0}</source>
        <translation>sesso {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="406"/>
        <source>Codice fiscale &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Codice fiscale &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="410"/>
        <source>Codice {0} &lt;b&gt;{1}&lt;/b&gt;</source>
        <translation>Codice {0} &lt;b&gt;{1}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="415"/>
        <source>Senza codice fiscale né STP/ENI</source>
        <translation>Senza codice fiscale né STP/ENI</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="417"/>
        <source>cittadinanza: {0}</source>
        <translation>cittadinanza: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="419"/>
        <source>lingue: {0}</source>
        <translation>lingue: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="431"/>
        <source>Tel. {0}</source>
        <translation>Tel. {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="433"/>
        <source>altro tel. {0}</source>
        <translation>altro tel. {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="437"/>
        <source>Nessun recapito</source>
        <translation>Nessun recapito</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="496"/>
        <source>Dati aggiornati.</source>
        <translation>Dati aggiornati.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="516"/>
        <source>Dati esportati in {0} (JSON e PDF).</source>
        <translation>Dati esportati in {0} (JSON e PDF).</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/person_page.py" line="535"/>
        <source>Componente aggiunto al nucleo familiare.</source>
        <translation>Componente aggiunto al nucleo familiare.</translation>
    </message>
</context>
<context>
    <name>PersonSearchModel</name>
    <message>
        <location filename="../../cotdesk/ui/search_model.py" line="27"/>
        <source>Cognome</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/search_model.py" line="28"/>
        <source>Nome</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/search_model.py" line="29"/>
        <source>Data di nascita</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/search_model.py" line="30"/>
        <source>Codice fiscale / STP-ENI</source>
        <translation>Codice fiscale / STP-ENI</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/search_model.py" line="31"/>
        <source>Telefono</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/search_model.py" line="32"/>
        <source>Corrispondenza</source>
        <translation>Corrispondenza</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="468"/>
        <source>PIN di sblocco</source>
        <translation>PIN di sblocco</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="471"/>
        <source>Il PIN (da 4 a 8 cifre) sblocca lo schermo di questa postazione al posto della password. Resta solo su questa postazione.</source>
        <translation>Il PIN (da 4 a 8 cifre) sblocca lo schermo di questa postazione al posto della password. Resta solo su questa postazione.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="479"/>
        <source>Password attuale</source>
        <translation>Password attuale</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="483"/>
        <source>Nuovo PIN</source>
        <translation>Nuovo PIN</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="487"/>
        <source>Ripeti il PIN</source>
        <translation>Ripeti il PIN</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="492"/>
        <source>&amp;Password attuale:</source>
        <translation>&amp;Password attuale:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="493"/>
        <source>&amp;Nuovo PIN:</source>
        <translation>&amp;Nuovo PIN:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="494"/>
        <source>&amp;Ripeti il PIN:</source>
        <translation>&amp;Ripeti il PIN:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="497"/>
        <source>&amp;Imposta PIN</source>
        <translation>&amp;Imposta PIN</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="500"/>
        <source>&amp;Rimuovi PIN</source>
        <translation>&amp;Rimuovi PIN</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="516"/>
        <source>I due PIN non coincidono: scriverli di nuovo.</source>
        <translation>I due PIN non coincidono: scriverli di nuovo.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../cotdesk/ui/queue_model.py" line="48"/>
        <source>Riferimento</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queue_model.py" line="49"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queue_model.py" line="50"/>
        <source>Aree</source>
        <translation>Aree</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queue_model.py" line="51"/>
        <source>Stato</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queue_model.py" line="52"/>
        <source>Operatore</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queue_model.py" line="53"/>
        <source>Priorità</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queue_model.py" line="56"/>
        <source>Giorni di ritardo</source>
        <translation>Giorni di ritardo</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queue_model.py" line="56"/>
        <source>Richiamo previsto</source>
        <translation>Richiamo previsto</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queue_model.py" line="58"/>
        <source>Giorni senza risposta</source>
        <translation>Giorni senza risposta</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queue_model.py" line="58"/>
        <source>Inviato il</source>
        <translation>Inviato il</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queue_model.py" line="58"/>
        <source>Invio</source>
        <translation>Invio</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queue_model.py" line="60"/>
        <source>Giorni di attesa</source>
        <translation>Giorni di attesa</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queue_model.py" line="60"/>
        <source>Motivo</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queue_model.py" line="60"/>
        <source>Richiesta il</source>
        <translation>Richiesta il</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queue_model.py" line="62"/>
        <source>Aperta il</source>
        <translation>Aperta il</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queue_model.py" line="62"/>
        <source>Giorni dall&apos;apertura</source>
        <translation>Giorni dall&apos;apertura</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queue_model.py" line="75"/>
        <source>— nessuno —</source>
        <translation>— nessuno —</translation>
    </message>
</context>
<context>
    <name>QueuesPage</name>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="132"/>
        <source>&lt;h2&gt;Code di lavoro&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Code di lavoro&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="137"/>
        <source>Consultazione: assegnare ad altri e approvare le chiusure spetta al coordinatore.</source>
        <translation>Consultazione: assegnare ad altri e approvare le chiusure spetta al coordinatore.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="147"/>
        <source>Riferimento o cognome</source>
        <translation>Riferimento o cognome</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="148"/>
        <source>Filtra per riferimento o nome</source>
        <translation>Filtra per riferimento o nome</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="150"/>
        <source>&amp;Filtra:</source>
        <translation>&amp;Filtra:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="153"/>
        <source>Filtra per area di intervento</source>
        <translation>Filtra per area di intervento</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="154"/>
        <source>Tutte le aree</source>
        <translation>Tutte le aree</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="157"/>
        <source>A&amp;rea:</source>
        <translation>A&amp;rea:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="160"/>
        <source>Filtra per operatore</source>
        <translation>Filtra per operatore</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="161"/>
        <location filename="../../cotdesk/ui/queues_page.py" line="350"/>
        <source>Tutti gli operatori</source>
        <translation>Tutti gli operatori</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="162"/>
        <source>O&amp;peratore:</source>
        <translation>O&amp;peratore:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="177"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="199"/>
        <source>Esito</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="203"/>
        <source>Righe mostrate</source>
        <translation>Righe mostrate</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="205"/>
        <source>Assegna a… (Ctrl+Shift+G)</source>
        <translation>Assegna a… (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="206"/>
        <source>Approva chiusura (Ctrl+Shift+A)</source>
        <translation>Approva chiusura (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="207"/>
        <source>Rimanda all&apos;operatore (Ctrl+Shift+B)</source>
        <translation>Rimanda all&apos;operatore (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="208"/>
        <source>Aggiorna (F5)</source>
        <translation>Aggiorna (F5)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="268"/>
        <source>Da assegnare ({0})</source>
        <translation>Da assegnare ({0})</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="269"/>
        <source>Richiami scaduti ({0})</source>
        <translation>Richiami scaduti ({0})</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="270"/>
        <source>Invii senza risposta ({0})</source>
        <translation>Invii senza risposta ({0})</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="271"/>
        <source>Chiusure da approvare ({0})</source>
        <translation>Chiusure da approvare ({0})</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="272"/>
        <source>Le mie prese in carico ({0})</source>
        <translation>Le mie prese in carico ({0})</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="332"/>
        <source>Mostrate le prime {0}: restringere con i filtri.</source>
        <translation>Mostrate le prime {0}: restringere con i filtri.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="362"/>
        <source>Impossibile leggere le code: riprovare (F5).</source>
        <translation>Impossibile leggere le code: riprovare (F5).</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="376"/>
        <source>Operazione non riuscita</source>
        <translation>Operazione non riuscita</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="397"/>
        <source>Assegnate a {0}: {1}.</source>
        <translation>Assegnate a {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="405"/>
        <source>Approva chiusura</source>
        <translation>Approva chiusura</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="406"/>
        <source>Chiudere le prese in carico selezionate ({0})?</source>
        <translation>Chiudere le prese in carico selezionate ({0})?</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="422"/>
        <source>Chiusure approvate: {0}.</source>
        <translation>Chiusure approvate: {0}.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="439"/>
        <source>Richiesta di chiusura rimandata all&apos;operatore.</source>
        <translation>Richiesta di chiusura rimandata all&apos;operatore.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="442"/>
        <source>Rimanda all&apos;operatore</source>
        <translation>Rimanda all&apos;operatore</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="443"/>
        <source>{0} — {1}: la presa in carico torna in carico all&apos;operatore.</source>
        <translation>{0} — {1}: la presa in carico torna in carico all&apos;operatore.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="447"/>
        <source>&amp;Motivo:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/queues_page.py" line="448"/>
        <source>Rimanda</source>
        <translation>Rimanda</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="187"/>
        <source>Errore</source>
        <translation>Errore</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="194"/>
        <source>Conferma</source>
        <translation>Conferma</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="195"/>
        <source>Ctrl+Invio</source>
        <translation>Ctrl+Invio</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/case_page.py" line="196"/>
        <source>Annulla</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="154"/>
        <source>Invio ai servizi della rete</source>
        <translation>Invio ai servizi della rete</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="157"/>
        <source>Caricamento della presa in carico…</source>
        <translation>Caricamento della presa in carico…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="160"/>
        <source>Presa in carico</source>
        <translation>Presa in carico</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="195"/>
        <source>Bisogni da soddisfare</source>
        <translation>Bisogni da soddisfare</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="199"/>
        <source>&amp;Bisogni (Spazio per includerli o escluderli)</source>
        <translation>&amp;Bisogni (Spazio per includerli o escluderli)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="203"/>
        <source>Registra come bisogno senza &amp;risposta…</source>
        <translation>Registra come bisogno senza &amp;risposta…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="205"/>
        <source>Registra il bisogno selezionato come bisogno senza risposta</source>
        <translation>Registra il bisogno selezionato come bisogno senza risposta</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="209"/>
        <source>Nessun servizio adatto per il bisogno selezionato: registrarlo per le statistiche della rete (Alt+R)</source>
        <translation>Nessun servizio adatto per il bisogno selezionato: registrarlo per le statistiche della rete (Alt+R)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="225"/>
        <source>Servizi trovati</source>
        <translation>Servizi trovati</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="242"/>
        <source>&amp;Servizi trovati (Invio aggiunge agli invii)</source>
        <translation>&amp;Servizi trovati (Invio aggiunge agli invii)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="246"/>
        <source>Esito della ricerca</source>
        <translation>Esito della ricerca</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="250"/>
        <source>Perché il servizio è in questa posizione</source>
        <translation>Perché il servizio è in questa posizione</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="252"/>
        <source>Aggi&amp;ungi agli invii (Invio)</source>
        <translation>Aggi&amp;ungi agli invii (Invio)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="253"/>
        <source>Aggiungi il servizio selezionato agli invii</source>
        <translation>Aggiungi il servizio selezionato agli invii</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="272"/>
        <source>Tutte le aree</source>
        <translation>Tutte le aree</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="276"/>
        <source>Tutti i municipi</source>
        <translation>Tutti i municipi</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="280"/>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="289"/>
        <source>Qualsiasi</source>
        <translation>Qualsiasi</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="281"/>
        <source>Solo gratuiti</source>
        <translation>Solo gratuiti</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="283"/>
        <source>Gratuiti o con compartecipazione</source>
        <translation>Gratuiti o con compartecipazione</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="292"/>
        <source>Solo con &amp;posti disponibili</source>
        <translation>Solo con &amp;posti disponibili</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="293"/>
        <source>Solo servizi con posti disponibili</source>
        <translation>Solo servizi con posti disponibili</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="297"/>
        <source>&amp;Area</source>
        <translation>&amp;Area</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="297"/>
        <source>Filtro per area di intervento</source>
        <translation>Filtro per area di intervento</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="298"/>
        <source>&amp;Municipio</source>
        <translation>&amp;Municipio</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="298"/>
        <source>Filtro per municipio servito</source>
        <translation>Filtro per municipio servito</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="299"/>
        <source>C&amp;osto</source>
        <translation>C&amp;osto</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="299"/>
        <source>Filtro per costo per la persona</source>
        <translation>Filtro per costo per la persona</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="300"/>
        <source>&amp;Lingua</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="300"/>
        <source>Filtro per lingua parlata</source>
        <translation>Filtro per lingua parlata</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="324"/>
        <source>Invii da creare</source>
        <translation>Invii da creare</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="341"/>
        <source>&amp;Invii da creare (anche più servizi per la stessa persona)</source>
        <translation>&amp;Invii da creare (anche più servizi per la stessa persona)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="345"/>
        <source>Appu&amp;ntamento</source>
        <translation>Appu&amp;ntamento</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="346"/>
        <source>L&apos;invio selezionato ha un appuntamento</source>
        <translation>L&apos;invio selezionato ha un appuntamento</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="351"/>
        <source>Data e ora dell&apos;appuntamento (ora di Roma)</source>
        <translation>Data e ora dell&apos;appuntamento (ora di Roma)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="353"/>
        <source>Ora di Roma</source>
        <translation>Ora di Roma</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="356"/>
        <source>Note interne dell&apos;invio selezionato</source>
        <translation>Note interne dell&apos;invio selezionato</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="357"/>
        <source>Non stampate sulla lettera</source>
        <translation>Non stampate sulla lettera</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="358"/>
        <source>No&amp;te interne</source>
        <translation>No&amp;te interne</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="360"/>
        <source>Rimuo&amp;vi (Canc)</source>
        <translation>Rimuo&amp;vi (Canc)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="361"/>
        <source>Rimuovi l&apos;invio selezionato dall&apos;elenco</source>
        <translation>Rimuovi l&apos;invio selezionato dall&apos;elenco</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="384"/>
        <source>Messaggi</source>
        <translation>Messaggi</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="386"/>
        <source>Se&amp;gna come inviati (lettera consegnata o spedita)</source>
        <translation>Se&amp;gna come inviati (lettera consegnata o spedita)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="388"/>
        <source>Segna gli invii come inviati</source>
        <translation>Segna gli invii come inviati</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="389"/>
        <source>&amp;Crea invii (Ctrl+Invio)</source>
        <translation>&amp;Crea invii (Ctrl+Invio)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="390"/>
        <source>Crea gli invii dell&apos;elenco</source>
        <translation>Crea gli invii dell&apos;elenco</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="392"/>
        <source>Chiudi (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="393"/>
        <source>Chiudi senza creare altri invii</source>
        <translation>Chiudi senza creare altri invii</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="434"/>
        <source>Operazione non riuscita: {0}</source>
        <translation>Operazione non riuscita: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="494"/>
        <source>della persona</source>
        <translation>della persona</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="494"/>
        <source>dello sportello</source>
        <translation>dello sportello</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="497"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; · presa in carico {1} · {2} ({3}) · lingue: {4}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; · presa in carico {1} · {2} ({3}) · lingue: {4}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="515"/>
        <source>La presa in carico è chiusa: riaprirla prima di fare un invio.</source>
        <translation>La presa in carico è chiusa: riaprirla prima di fare un invio.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="521"/>
        <source>Nessun bisogno valutato: registrare prima la valutazione del bisogno della presa in carico.</source>
        <translation>Nessun bisogno valutato: registrare prima la valutazione del bisogno della presa in carico.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="547"/>
        <source>Bozza non salvata: {0}</source>
        <translation>Bozza non salvata: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="570"/>
        <source>Ci sono invii lasciati a metà per questa presa in carico: {0}.</source>
        <translation>Ci sono invii lasciati a metà per questa presa in carico: {0}.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="574"/>
        <source>C&apos;è una ricerca di servizi lasciata a metà per questa presa in carico.</source>
        <translation>C&apos;è una ricerca di servizi lasciata a metà per questa presa in carico.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="655"/>
        <source>Non più disponibili, non ripresi dalla bozza: {0}.</source>
        <translation>Non più disponibili, non ripresi dalla bozza: {0}.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="735"/>
        <source>Selezionare almeno un bisogno (Alt+B, Spazio).</source>
        <translation>Selezionare almeno un bisogno (Alt+B, Spazio).</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="739"/>
        <source>Nessun servizio trovato con questi filtri. Allargare i filtri, oppure registrare il bisogno come senza risposta (Alt+R).</source>
        <translation>Nessun servizio trovato con questi filtri. Allargare i filtri, oppure registrare il bisogno come senza risposta (Alt+R).</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="745"/>
        <source>1 servizio trovato.</source>
        <translation>1 servizio trovato.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="747"/>
        <source>{0} servizi trovati, i più adatti in alto.</source>
        <translation>{0} servizi trovati, i più adatti in alto.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="752"/>
        <source>Nessun servizio per: {0} (Alt+R per registrarlo senza risposta).</source>
        <translation>Nessun servizio per: {0} (Alt+R per registrarlo senza risposta).</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="777"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; — {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — {1}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="812"/>
        <source>«{0}» è già nell&apos;elenco degli invii da creare.</source>
        <translation>«{0}» è già nell&apos;elenco degli invii da creare.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="816"/>
        <source>Protocollo d&apos;intesa non in vigore</source>
        <translation>Protocollo d&apos;intesa non in vigore</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="818"/>
        <source>Il protocollo d&apos;intesa di «{0}»: {1}.
Inviare comunque? Meglio sentire prima il coordinamento.</source>
        <translation>Il protocollo d&apos;intesa di «{0}»: {1}.
Inviare comunque? Meglio sentire prima il coordinamento.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="824"/>
        <source>Invio già presente</source>
        <translation>Invio già presente</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="826"/>
        <source>Questa presa in carico ha già un invio a «{0}» ({1}).
Crearne un altro?</source>
        <translation>Questa presa in carico ha già un invio a «{0}» ({1}).
Crearne un altro?</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="837"/>
        <source>Aggiunto: {0} — {1}. Ctrl+Invio per creare gli invii.</source>
        <translation>Aggiunto: {0} — {1}. Ctrl+Invio per creare gli invii.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="921"/>
        <source>Bisogno senza risposta</source>
        <translation>Bisogno senza risposta</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="923"/>
        <source>Registrare «{0}» come bisogno senza risposta nel {1}?
Note (facoltative):</source>
        <translation>Registrare «{0}» come bisogno senza risposta nel {1}?
Note (facoltative):</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="951"/>
        <source>Registrato come bisogno senza risposta: {0}.</source>
        <translation>Registrato come bisogno senza risposta: {0}.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="963"/>
        <source>Aggiungere almeno un servizio all&apos;elenco (Invio sul servizio).</source>
        <translation>Aggiungere almeno un servizio all&apos;elenco (Invio sul servizio).</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="974"/>
        <source>Creazione degli invii…</source>
        <translation>Creazione degli invii…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="994"/>
        <source>Invii creati: {0}.</source>
        <translation>Invii creati: {0}.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="1002"/>
        <source>Creato l&apos;invio {0}.
Aprire ora la lettera di invio per stamparla?</source>
        <translation>Creato l&apos;invio {0}.
Aprire ora la lettera di invio per stamparla?</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="1006"/>
        <source>Creati {0} invii.
Aprire ora le lettere di invio per stamparle?</source>
        <translation>Creati {0} invii.
Aprire ora le lettere di invio per stamparle?</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/referral_dialog.py" line="1012"/>
        <source>Lettere di invio</source>
        <translation>Lettere di invio</translation>
    </message>
</context>
<context>
    <name>ReferralModel</name>
    <message>
        <location filename="../../cotdesk/ui/timeline_model.py" line="167"/>
        <source>Servizio</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/timeline_model.py" line="168"/>
        <source>Ente partner</source>
        <translation>Ente partner</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/timeline_model.py" line="169"/>
        <source>Stato</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/timeline_model.py" line="170"/>
        <source>Inviato il</source>
        <translation>Inviato il</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/timeline_model.py" line="171"/>
        <source>Risposta / esito</source>
        <translation>Risposta / esito</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/timeline_model.py" line="172"/>
        <source>Riferimento</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/timeline_model.py" line="217"/>
        <source>Bisogni: {0}</source>
        <translation>Bisogni: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/timeline_model.py" line="245"/>
        <source>risposta del {0}</source>
        <translation>risposta del {0}</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="301"/>
        <source>Registra una nuova persona</source>
        <translation>Registra una nuova persona</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="304"/>
        <source>Modifica i dati di {0} {1}</source>
        <translation>Modifica i dati di {0} {1}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="348"/>
        <location filename="../../cotdesk/ui/registration.py" line="813"/>
        <source>es. RSSMRA85T10H501Z</source>
        <translation>es. RSSMRA85T10H501Z</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="349"/>
        <source>Codice fiscale o codice STP/ENI</source>
        <translation>Codice fiscale o codice STP/ENI</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="358"/>
        <source>Tipo di codice</source>
        <translation>Tipo di codice</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="360"/>
        <source>Codice fiscale, STP o ENI, oppure «Nessun codice» per chi non ne ha</source>
        <translation>Codice fiscale, STP o ENI, oppure «Nessun codice» per chi non ne ha</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="364"/>
        <source>Esito del controllo del codice</source>
        <translation>Esito del controllo del codice</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="367"/>
        <source>Cognome</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="369"/>
        <source>Nome</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="373"/>
        <source>Confronto dei nomi con il codice fiscale</source>
        <translation>Confronto dei nomi con il codice fiscale</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="380"/>
        <source>non indicata</source>
        <translation>non indicata</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="382"/>
        <source>Data di nascita</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="383"/>
        <source>gg/mm/aaaa; non può essere nel futuro</source>
        <translation>gg/mm/aaaa; non può essere nel futuro</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="387"/>
        <source>Sesso</source>
        <translation>Sesso</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="389"/>
        <source>Luogo di nascita</source>
        <translation>Luogo di nascita</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="390"/>
        <source>comune (provincia) o Stato estero</source>
        <translation>comune (provincia) o Stato estero</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="410"/>
        <source>Cittadinanza</source>
        <translation>Cittadinanza</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="413"/>
        <source>scrivere per cercare</source>
        <translation>scrivere per cercare</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="420"/>
        <source>Lingue parlate</source>
        <translation>Lingue parlate</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="422"/>
        <source>Spazio per spuntare; scrivere l&apos;inizio per trovare una lingua</source>
        <translation>Spazio per spuntare; scrivere l&apos;inizio per trovare una lingua</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="430"/>
        <source>Telefono</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="432"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="434"/>
        <source>Indirizzo</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="435"/>
        <source>via e numero civico</source>
        <translation>via e numero civico</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="437"/>
        <source>Comune di residenza</source>
        <translation>Comune di residenza</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="438"/>
        <source>es. Roma</source>
        <translation>es. Roma</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="440"/>
        <source>CAP</source>
        <translation>CAP</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="444"/>
        <source>— non indicato —</source>
        <translation>— non indicato —</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="447"/>
        <source>Municipio</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="448"/>
        <source>Senza fissa &amp;dimora</source>
        <translation>Senza fissa &amp;dimora</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="449"/>
        <source>Senza fissa dimora</source>
        <translation>Senza fissa dimora</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="450"/>
        <source>Il municipio è quello in cui la persona è seguita</source>
        <translation>Il municipio è quello in cui la persona è seguita</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="455"/>
        <source>Errore</source>
        <translation>Errore</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="457"/>
        <source>&amp;Salva (Ctrl+S)</source>
        <translation>&amp;Salva (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="458"/>
        <source>Salva</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="460"/>
        <source>Chiudi (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="461"/>
        <source>Chiudi: la bozza resta salvata</source>
        <translation>Chiudi: la bozza resta salvata</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="462"/>
        <source>Quanto scritto resta salvato come bozza</source>
        <translation>Quanto scritto resta salvato come bozza</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="513"/>
        <source>&amp;Codice:</source>
        <translation>&amp;Codice:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="516"/>
        <source>Co&amp;gnome:</source>
        <translation>Co&amp;gnome:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="517"/>
        <source>&amp;Nome:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="522"/>
        <source>Sess&amp;o:</source>
        <translation>Sess&amp;o:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="528"/>
        <source>Data di n&amp;ascita:</source>
        <translation>Data di n&amp;ascita:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="532"/>
        <source>&amp;Luogo di nascita:</source>
        <translation>&amp;Luogo di nascita:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="533"/>
        <source>C&amp;ittadinanza:</source>
        <translation>C&amp;ittadinanza:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="534"/>
        <source>Lingue parla&amp;te:</source>
        <translation>Lingue parla&amp;te:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="535"/>
        <source>Identità</source>
        <translation>Identità</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="542"/>
        <source>Tele&amp;fono:</source>
        <translation>Tele&amp;fono:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="543"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="544"/>
        <source>Indiri&amp;zzo:</source>
        <translation>Indiri&amp;zzo:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="547"/>
        <source>CA&amp;P:</source>
        <translation>CA&amp;P:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="551"/>
        <source>Co&amp;mune:</source>
        <translation>Co&amp;mune:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="555"/>
        <source>M&amp;unicipio:</source>
        <translation>M&amp;unicipio:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="557"/>
        <source>Recapiti</source>
        <translation>Recapiti</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="593"/>
        <source>Persone già registrate simili</source>
        <translation>Persone già registrate simili</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="602"/>
        <source>Apri la sc&amp;heda selezionata (Invio)</source>
        <translation>Apri la sc&amp;heda selezionata (Invio)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="603"/>
        <source>Apri la persona già registrata</source>
        <translation>Apri la persona già registrata</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="605"/>
        <source>È una persona nuo&amp;va: registra (Ctrl+S)</source>
        <translation>È una persona nuo&amp;va: registra (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="606"/>
        <source>Registra come persona nuova</source>
        <translation>Registra come persona nuova</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="610"/>
        <source>Prima di registrare: queste persone sono già sullo sportello e potrebbero essere la stessa. Aprire la sua scheda evita un doppione.</source>
        <translation>Prima di registrare: queste persone sono già sullo sportello e potrebbero essere la stessa. Aprire la sua scheda evita un doppione.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="624"/>
        <source>Possibili doppioni</source>
        <translation>Possibili doppioni</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="667"/>
        <source>senza nome</source>
        <translation>senza nome</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="669"/>
        <source>C&apos;è una registrazione lasciata a metà: {0}.</source>
        <translation>C&apos;è una registrazione lasciata a metà: {0}.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="671"/>
        <source>Ci sono modifiche non ancora salvate: {0}.</source>
        <translation>Ci sono modifiche non ancora salvate: {0}.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="699"/>
        <source>Bozza non salvata: {0}</source>
        <translation>Bozza non salvata: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="837"/>
        <source>Persona senza codice: bastano nome e cognome.</source>
        <translation>Persona senza codice: bastano nome e cognome.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="843"/>
        <location filename="../../cotdesk/ui/registration.py" line="854"/>
        <source>{0} caratteri su 16</source>
        <translation>{0} caratteri su 16</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="863"/>
        <source>Codice {0} valido: {1}, ASL {2}.</source>
        <translation>Codice {0} valido: {1}, ASL {2}.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="885"/>
        <source>Codice fiscale valido. {0} il {1} a {2}.</source>
        <translation>Codice fiscale valido. {0} il {1} a {2}.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="902"/>
        <source>Ricavato dal codice fiscale</source>
        <translation>Ricavato dal codice fiscale</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="956"/>
        <source>Controllare il codice.</source>
        <translation>Controllare il codice.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="959"/>
        <source>Controllare il nome e il cognome.</source>
        <translation>Controllare il nome e il cognome.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="974"/>
        <source>Inserire {0}, oppure scegliere «Nessun codice».</source>
        <translation>Inserire {0}, oppure scegliere «Nessun codice».</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="979"/>
        <source>Un codice {0} inizia con «{0}».</source>
        <translation>Un codice {0} inizia con «{0}».</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="985"/>
        <source>Cittadinanza non riconosciuta: sceglierla dall&apos;elenco.</source>
        <translation>Cittadinanza non riconosciuta: sceglierla dall&apos;elenco.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="1035"/>
        <source>Controllo dei possibili doppioni…</source>
        <translation>Controllo dei possibili doppioni…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/registration.py" line="1068"/>
        <source>Controllo dei doppioni non riuscito: {0}</source>
        <translation>Controllo dei doppioni non riuscito: {0}</translation>
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
        <translation>Femminile</translation>
    </message>
    <message>
        <source>Maschile</source>
        <translation>Maschile</translation>
    </message>
    <message>
        <source>Nessun codice</source>
        <translation>Nessun codice</translation>
    </message>
    <message>
        <source>Non indicato</source>
        <translation>Non indicato</translation>
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
        <translation>cotdesk — schermo bloccato</translation>
    </message>
</context>
<context>
    <name>ScreenTools</name>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="555"/>
        <source>&amp;Blocca schermo</source>
        <translation>&amp;Blocca schermo</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="560"/>
        <source>&amp;Nascondi dati sensibili</source>
        <translation>&amp;Nascondi dati sensibili</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="569"/>
        <source>PIN di s&amp;blocco…</source>
        <translation>PIN di s&amp;blocco…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="577"/>
        <source>&amp;Strumenti</source>
        <translation>&amp;Strumenti</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="582"/>
        <source>Dati sensibili nascosti (Ctrl+Shift+H)</source>
        <translation>Dati sensibili nascosti (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="583"/>
        <source>Modalità riservatezza</source>
        <translation>Modalità riservatezza</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="596"/>
        <source>PIN di sblocco aggiornato.</source>
        <translation>PIN di sblocco aggiornato.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="610"/>
        <source>Dati sensibili nascosti: nomi come iniziali, codici e recapiti coperti.</source>
        <translation>Dati sensibili nascosti: nomi come iniziali, codici e recapiti coperti.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/lock_screen.py" line="612"/>
        <source>Dati sensibili di nuovo visibili.</source>
        <translation>Dati sensibili di nuovo visibili.</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="250"/>
        <source>Collega al server della rete</source>
        <translation>Collega al server della rete</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="253"/>
        <source>Verificare il server e confrontare l&apos;impronta del certificato con quella del referente informatico, poi registrare la postazione.</source>
        <translation>Verificare il server e confrontare l&apos;impronta del certificato con quella del referente informatico, poi registrare la postazione.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="261"/>
        <source>Errore</source>
        <translation>Errore</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="265"/>
        <source>Modifica servizio</source>
        <translation>Modifica servizio</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="265"/>
        <source>Nuovo servizio</source>
        <translation>Nuovo servizio</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="270"/>
        <source>&amp;Nome:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="274"/>
        <source>&amp;Descrizione:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="277"/>
        <source>Aree di intervento</source>
        <translation>Aree di intervento</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="281"/>
        <source>&amp;Aree:</source>
        <translation>&amp;Aree:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="284"/>
        <source>Bisogni a cui risponde</source>
        <translation>Bisogni a cui risponde</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="288"/>
        <source>&amp;Bisogni:</source>
        <translation>&amp;Bisogni:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="294"/>
        <source>&amp;Costo:</source>
        <translation>&amp;Costo:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="296"/>
        <source>Note sul cos&amp;to:</source>
        <translation>Note sul cos&amp;to:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="299"/>
        <source>non indicati</source>
        <translation>non indicati</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="301"/>
        <source>&amp;Posti:</source>
        <translation>&amp;Posti:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="304"/>
        <source>Lingue parlate</source>
        <translation>Lingue parlate</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="308"/>
        <source>&amp;Lingue:</source>
        <translation>&amp;Lingue:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="310"/>
        <source>— non indicato —</source>
        <translation>— non indicato —</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="315"/>
        <source>&amp;Municipio:</source>
        <translation>&amp;Municipio:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="317"/>
        <source>&amp;Indirizzo:</source>
        <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="319"/>
        <source>Tele&amp;fono:</source>
        <translation>Tele&amp;fono:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="321"/>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="323"/>
        <source>&amp;Orari:</source>
        <translation>&amp;Orari:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="327"/>
        <source>&amp;Requisiti:</source>
        <translation>&amp;Requisiti:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="328"/>
        <source>Servizio atti&amp;vo</source>
        <translation>Servizio atti&amp;vo</translation>
    </message>
</context>
<context>
    <name>ServiceMatchModel</name>
    <message>
        <location filename="../../cotdesk/ui/service_model.py" line="170"/>
        <source>Servizio</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/service_model.py" line="171"/>
        <source>Ente partner</source>
        <translation>Ente partner</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/service_model.py" line="172"/>
        <source>Protocollo d&apos;intesa</source>
        <translation>Protocollo d&apos;intesa</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/service_model.py" line="173"/>
        <source>Bisogni</source>
        <translation>Bisogni</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/service_model.py" line="174"/>
        <source>Costo</source>
        <translation>Costo</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/service_model.py" line="175"/>
        <source>Posti</source>
        <translation>Posti</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/service_model.py" line="176"/>
        <source>Municipio</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/service_model.py" line="177"/>
        <source>Lingue</source>
        <translation>Lingue</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/service_model.py" line="178"/>
        <source>Orari</source>
        <translation>Orari</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/service_model.py" line="234"/>
        <source> · già inviato ({0})</source>
        <translation> · già inviato ({0})</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/service_model.py" line="247"/>
        <source>Attenzione: protocollo {0}</source>
        <translation>Attenzione: protocollo {0}</translation>
    </message>
</context>
<context>
    <name>ServiceRowModel</name>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="147"/>
        <source>Servizio</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="148"/>
        <source>Aree</source>
        <translation>Aree</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="149"/>
        <source>Costo</source>
        <translation>Costo</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="150"/>
        <source>Municipio</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="151"/>
        <source>Orari</source>
        <translation>Orari</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="152"/>
        <source>Attivo</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="166"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_model.py" line="166"/>
        <source>sì</source>
        <translation>sì</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../cotdesk/ui/settings_dialog.py" line="87"/>
        <location filename="../../cotdesk/ui/settings_dialog.py" line="213"/>
        <source>Impostazioni</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/settings_dialog.py" line="96"/>
        <source>Le impostazioni di questa postazione. Quelle dello sportello valgono per tutte le sue postazioni; i campi non modificabili dicono perché.</source>
        <translation>Le impostazioni di questa postazione. Quelle dello sportello valgono per tutte le sue postazioni; i campi non modificabili dicono perché.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/settings_dialog.py" line="124"/>
        <source>&amp;Salva</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/settings_dialog.py" line="127"/>
        <source>&amp;Valori predefiniti</source>
        <translation>&amp;Valori predefiniti</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/settings_dialog.py" line="130"/>
        <source>Annulla</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/settings_dialog.py" line="158"/>
        <source>Si applica dal prossimo avvio di cotdesk.</source>
        <translation>Si applica dal prossimo avvio di cotdesk.</translation>
    </message>
</context>
<context>
    <name>SeverityDelegate</name>
    <message>
        <location filename="../../cotdesk/ui/assessment_form.py" line="316"/>
        <source>Gravità del bisogno</source>
        <translation>Gravità del bisogno</translation>
    </message>
</context>
<context>
    <name>StartupCheck</name>
    <message>
        <location filename="../../cotdesk/ui/startup_check.py" line="39"/>
        <source>cotdesk: database danneggiato</source>
        <translation>cotdesk: database danneggiato</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/startup_check.py" line="49"/>
        <source>Database danneggiato: ripristinare una copia di sicurezza.</source>
        <translation>Database danneggiato: ripristinare una copia di sicurezza.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/startup_check.py" line="56"/>
        <source>Copia di sicurezza non riuscita: {0}</source>
        <translation>Copia di sicurezza non riuscita: {0}</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="341"/>
        <source>&lt;h2&gt;Statistiche&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Statistiche&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="345"/>
        <source>Periodo</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="347"/>
        <source>Anno in corso</source>
        <translation>Anno in corso</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="348"/>
        <source>Ultimi 12 mesi</source>
        <translation>Ultimi 12 mesi</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="349"/>
        <source>Anno precedente</source>
        <translation>Anno precedente</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="350"/>
        <source>Dall&apos;inizio</source>
        <translation>Dall&apos;inizio</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="351"/>
        <source>Date scelte</source>
        <translation>Date scelte</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="354"/>
        <source>Peri&amp;odo:</source>
        <translation>Peri&amp;odo:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="356"/>
        <source>Dal giorno</source>
        <translation>Dal giorno</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="357"/>
        <source>&amp;Dal:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="359"/>
        <source>Al giorno</source>
        <translation>Al giorno</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="360"/>
        <source>A&amp;l:</source>
        <translation>A&amp;l:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="363"/>
        <source>Municipio</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="364"/>
        <source>Tutti i municipi</source>
        <translation>Tutti i municipi</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="367"/>
        <source>&amp;Municipio:</source>
        <translation>&amp;Municipio:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="370"/>
        <source>Sportello</source>
        <translation>Sportello</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="375"/>
        <source>Il coordinatore vede le statistiche del suo sportello.</source>
        <translation>Il coordinatore vede le statistiche del suo sportello.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="378"/>
        <source>Tutta la rete</source>
        <translation>Tutta la rete</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="381"/>
        <source>Spor&amp;tello:</source>
        <translation>Spor&amp;tello:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="401"/>
        <source>Ogni persona è contata una sola volta per area, anche se ha più prese in carico; chi è seguito in più aree compare in ciascuna, ma una sola volta nel totale, che conta le persone distinte.</source>
        <translation>Ogni persona è contata una sola volta per area, anche se ha più prese in carico; chi è seguito in più aree compare in ciascuna, ma una sola volta nel totale, che conta le persone distinte.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="408"/>
        <source>Come si contano le persone</source>
        <translation>Come si contano le persone</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="413"/>
        <source>Riepilogo</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="418"/>
        <source>Sezioni delle statistiche</source>
        <translation>Sezioni delle statistiche</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="427"/>
        <source>Esito</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="430"/>
        <source>Aggiorna (F5)</source>
        <translation>Aggiorna (F5)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="431"/>
        <source>Esporta CSV… (Ctrl+E)</source>
        <translation>Esporta CSV… (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="432"/>
        <source>Esporta PDF… (Ctrl+P)</source>
        <translation>Esporta PDF… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="476"/>
        <location filename="../../cotdesk/ui/statistics_page.py" line="771"/>
        <source>Persone raggiunte per area</source>
        <translation>Persone raggiunte per area</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="478"/>
        <source>Grafico delle persone per area</source>
        <translation>Grafico delle persone per area</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="484"/>
        <source>Persone raggiunte: prese in carico attive nel periodo (aperte entro l&apos;ultimo giorno e non chiuse prima del primo). Municipio: quello della persona, altrimenti quello dello sportello.</source>
        <translation>Persone raggiunte: prese in carico attive nel periodo (aperte entro l&apos;ultimo giorno e non chiuse prima del primo). Municipio: quello della persona, altrimenti quello dello sportello.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="494"/>
        <source>Persone raggiunte per municipio</source>
        <translation>Persone raggiunte per municipio</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="497"/>
        <source>&amp;Persone raggiunte</source>
        <translation>&amp;Persone raggiunte</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="504"/>
        <source>Bisogni senza risposta registrati nel periodo; «risolti» se un invio successivo li ha coperti.</source>
        <translation>Bisogni senza risposta registrati nel periodo; «risolti» se un invio successivo li ha coperti.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="512"/>
        <source>Grafico dei bisogni senza risposta per area</source>
        <translation>Grafico dei bisogni senza risposta per area</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="515"/>
        <source>Bisogni più spesso senza risposta</source>
        <translation>Bisogni più spesso senza risposta</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="522"/>
        <source>Bisogni senza risposta per municipio e area</source>
        <translation>Bisogni senza risposta per municipio e area</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="525"/>
        <source>&amp;Bisogni senza risposta</source>
        <translation>&amp;Bisogni senza risposta</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="532"/>
        <source>Invii inviati nel periodo. Accettazione: accettati su (accettati + rifiutati). Giorni alla risposta: dall&apos;invio alla risposta dell&apos;ente. Conclusione: conclusi su (conclusi + interrotti).</source>
        <translation>Invii inviati nel periodo. Accettazione: accettati su (accettati + rifiutati). Giorni alla risposta: dall&apos;invio alla risposta dell&apos;ente. Conclusione: conclusi su (conclusi + interrotti).</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="542"/>
        <source>Totale degli invii</source>
        <translation>Totale degli invii</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="546"/>
        <source>Per ente partner</source>
        <translation>Per ente partner</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="547"/>
        <source>Per servizio</source>
        <translation>Per servizio</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="548"/>
        <source>Raggruppa gli invii</source>
        <translation>Raggruppa gli invii</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="549"/>
        <source>Ra&amp;ggruppa:</source>
        <translation>Ra&amp;ggruppa:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="558"/>
        <source>Esiti degli invii per ente</source>
        <translation>Esiti degli invii per ente</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="561"/>
        <source>Esiti degli invii per servizio</source>
        <translation>Esiti degli invii per servizio</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="567"/>
        <source>Esiti degli in&amp;vii</source>
        <translation>Esiti degli in&amp;vii</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="572"/>
        <source>Grafico delle prese in carico per mese</source>
        <translation>Grafico delle prese in carico per mese</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="575"/>
        <location filename="../../cotdesk/ui/statistics_page.py" line="821"/>
        <source>Prese in carico aperte e chiuse per mese</source>
        <translation>Prese in carico aperte e chiuse per mese</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="580"/>
        <source>Prese in carico per m&amp;ese</source>
        <translation>Prese in carico per m&amp;ese</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="646"/>
        <source>Calcolo delle statistiche…</source>
        <translation>Calcolo delle statistiche…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="666"/>
        <source>Impossibile calcolare le statistiche: riprovare (F5).</source>
        <translation>Impossibile calcolare le statistiche: riprovare (F5).</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="683"/>
        <source>{0} · {1} · dal {2} al {3}: persone raggiunte {4} · bisogni senza risposta aperti {5} · invii {6} (accettati {7}) · prese in carico aperte {8}, chiuse {9}.</source>
        <translation>{0} · {1} · dal {2} al {3}: persone raggiunte {4} · bisogni senza risposta aperti {5} · invii {6} (accettati {7}) · prese in carico aperte {8}, chiuse {9}.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="701"/>
        <source>Totale persone distinte</source>
        <translation>Totale persone distinte</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="713"/>
        <source>Invii {0}: accettati {1}, rifiutati {2}, in attesa {3}, annullati {4}; accettazione {5}; giorni alla risposta: mediana {6}, media {7}; conclusione {8}.</source>
        <translation>Invii {0}: accettati {1}, rifiutati {2}, in attesa {3}, annullati {4}; accettazione {5}; giorni alla risposta: mediana {6}, media {7}; conclusione {8}.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="753"/>
        <source>Minori</source>
        <translation>Minori</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="754"/>
        <source>Disabilità</source>
        <translation>Disabilità</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="755"/>
        <source>Anziani</source>
        <translation>Anziani</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="756"/>
        <source>Adulti e famiglie</source>
        <translation>Adulti e famiglie</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="757"/>
        <source>Cultura e agricoltura sociale</source>
        <translation>Cultura e agricoltura sociale</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="773"/>
        <source>Persone</source>
        <translation>Persone</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="797"/>
        <source>Bisogni senza risposta per area</source>
        <translation>Bisogni senza risposta per area</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="799"/>
        <source>Aperti</source>
        <translation>Aperti</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="799"/>
        <source>Risolti</source>
        <translation>Risolti</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="809"/>
        <source>Nessuno</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="823"/>
        <source>Aperte</source>
        <translation>Aperte</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="823"/>
        <source>Chiuse</source>
        <translation>Chiuse</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="858"/>
        <source>Attendere il calcolo delle statistiche.</source>
        <translation>Attendere il calcolo delle statistiche.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="862"/>
        <source>Documento PDF (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="862"/>
        <source>File CSV (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="865"/>
        <source>Esporta le statistiche</source>
        <translation>Esporta le statistiche</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="873"/>
        <source>Esportazione in corso…</source>
        <translation>Esportazione in corso…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="884"/>
        <source>Statistiche esportate in {0}.</source>
        <translation>Statistiche esportate in {0}.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="892"/>
        <source>Impossibile scrivere il file {0}: {1}. Scegliere un&apos;altra cartella.</source>
        <translation>Impossibile scrivere il file {0}: {1}. Scegliere un&apos;altra cartella.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="896"/>
        <source>Esportazione non riuscita: riprovare.</source>
        <translation>Esportazione non riuscita: riprovare.</translation>
    </message>
</context>
<context>
    <name>SyncArea</name>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="219"/>
        <source>Sincronizza &amp;ora</source>
        <translation>Sincronizza &amp;ora</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="221"/>
        <source>&amp;Conflitti e modifiche sospese…</source>
        <translation>&amp;Conflitti e modifiche sospese…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="224"/>
        <source>&amp;Registra la postazione sul server…</source>
        <translation>&amp;Registra la postazione sul server…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="228"/>
        <location filename="../../cotdesk/ui/sync_status.py" line="230"/>
        <source>S&amp;incronizzazione</source>
        <translation>S&amp;incronizzazione</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="241"/>
        <source>Sincronizzazione già in corso.</source>
        <translation>Sincronizzazione già in corso.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="245"/>
        <source>La postazione non è registrata presso un server: usare Sincronizzazione → Registra la postazione (Ctrl+F9).</source>
        <translation>La postazione non è registrata presso un server: usare Sincronizzazione → Registra la postazione (Ctrl+F9).</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="296"/>
        <source>Sincronizzazione: non configurata</source>
        <translation>Sincronizzazione: non configurata</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="297"/>
        <source>La postazione non è registrata presso un server di sincronizzazione: lavora solo in locale. Registrarla dal menu Sincronizzazione (Ctrl+F9).</source>
        <translation>La postazione non è registrata presso un server di sincronizzazione: lavora solo in locale. Registrarla dal menu Sincronizzazione (Ctrl+F9).</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="301"/>
        <source>Sincronizzazione in corso…</source>
        <translation>Sincronizzazione in corso…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="303"/>
        <source>In attesa della prima sincronizzazione</source>
        <translation>In attesa della prima sincronizzazione</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="305"/>
        <source>In linea</source>
        <translation>In linea</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="307"/>
        <source>Postazione non autorizzata</source>
        <translation>Postazione non autorizzata</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="309"/>
        <source>Non in linea: aggiornare cotdesk</source>
        <translation>Non in linea: aggiornare cotdesk</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="311"/>
        <source>Non in linea: aggiornare il server</source>
        <translation>Non in linea: aggiornare il server</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="313"/>
        <source>Non in linea</source>
        <translation>Non in linea</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="324"/>
        <source>sincronizzato: {0}</source>
        <translation>sincronizzato: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="326"/>
        <source>da inviare: {0}</source>
        <translation>da inviare: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="328"/>
        <source>sospese: {0}</source>
        <translation>sospese: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="330"/>
        <source>conflitti: {0}</source>
        <translation>conflitti: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="336"/>
        <source>prima sincronizzazione: casi aperti, {0} righe ricevute</source>
        <translation>prima sincronizzazione: casi aperti, {0} righe ricevute</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="340"/>
        <source>prima sincronizzazione: {0} di circa {1} righe ({2}%)</source>
        <translation>prima sincronizzazione: {0} di circa {1} righe ({2}%)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="348"/>
        <source>Server: {0}</source>
        <translation>Server: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="351"/>
        <source>Ultima sincronizzazione riuscita: {0}</source>
        <translation>Ultima sincronizzazione riuscita: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="356"/>
        <source>Nessuna sincronizzazione riuscita finora.</source>
        <translation>Nessuna sincronizzazione riuscita finora.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="357"/>
        <source>Modifiche da inviare: {0}</source>
        <translation>Modifiche da inviare: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="359"/>
        <source>Modifiche sospese (rifiutate dal server): {0}</source>
        <translation>Modifiche sospese (rifiutate dal server): {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="362"/>
        <source>Conflitti aperti dell&apos;ufficio: {0}</source>
        <translation>Conflitti aperti dell&apos;ufficio: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="364"/>
        <source>Il server chiede una sincronizzazione completa.</source>
        <translation>Il server chiede una sincronizzazione completa.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="366"/>
        <source>Ultimo errore: {0}</source>
        <translation>Ultimo errore: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="368"/>
        <source>Prossimo tentativo: {0}</source>
        <translation>Prossimo tentativo: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="371"/>
        <source>F9: sincronizza ora · Maiusc+F9 o doppio clic qui: conflitti e modifiche sospese</source>
        <translation>F9: sincronizza ora · Maiusc+F9 o doppio clic qui: conflitti e modifiche sospese</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../cotdesk/ui/sync_status.py" line="155"/>
        <source>Errore imprevisto durante la sincronizzazione: {0}</source>
        <translation>Errore imprevisto durante la sincronizzazione: {0}</translation>
    </message>
</context>
<context>
    <name>SyncDetailsDialog</name>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="133"/>
        <source>Conflitti e modifiche sospese</source>
        <translation>Conflitti e modifiche sospese</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="137"/>
        <source>&amp;Conflitti</source>
        <translation>&amp;Conflitti</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="138"/>
        <source>Modifiche &amp;sospese</source>
        <translation>Modifiche &amp;sospese</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="156"/>
        <source>Conflitti aperti</source>
        <translation>Conflitti aperti</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="172"/>
        <source>&amp;Aggiorna</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="193"/>
        <source>Lettura dei conflitti dal server…</source>
        <translation>Lettura dei conflitti dal server…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="207"/>
        <source>&amp;Conflitti ({0})</source>
        <translation>&amp;Conflitti ({0})</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="211"/>
        <source>Questi campi sono stati modificati su due postazioni. Il record contiene il valore arrivato prima al server; l&apos;altro è conservato. Scegliere quale tenere: la scelta vale per tutte le postazioni dell&apos;ufficio.</source>
        <translation>Questi campi sono stati modificati su due postazioni. Il record contiene il valore arrivato prima al server; l&apos;altro è conservato. Scegliere quale tenere: la scelta vale per tutte le postazioni dell&apos;ufficio.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="219"/>
        <source>Nessun conflitto aperto nell&apos;ufficio.</source>
        <translation>Nessun conflitto aperto nell&apos;ufficio.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="226"/>
        <source>Per vedere e risolvere i conflitti serve il server: {0}</source>
        <translation>Per vedere e risolvere i conflitti serve il server: {0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="237"/>
        <source>non noto</source>
        <translation>non noto</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="238"/>
        <source>{0}
{1}
da {2}, {3}</source>
        <translation>{0}
{1}
da {2}, {3}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="247"/>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="264"/>
        <source>Tieni il valore &amp;attuale</source>
        <translation>Tieni il valore &amp;attuale</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="248"/>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="265"/>
        <source>Usa l&apos;a&amp;ltro valore</source>
        <translation>Usa l&apos;a&amp;ltro valore</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="252"/>
        <source>Valore attuale (nel record)</source>
        <translation>Valore attuale (nel record)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="255"/>
        <source>Altro valore (conservato)</source>
        <translation>Altro valore (conservato)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="258"/>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="262"/>
        <source>Prendi il &amp;loro</source>
        <translation>Prendi il &amp;loro</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="259"/>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="261"/>
        <source>Tieni il &amp;mio</source>
        <translation>Tieni il &amp;mio</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="285"/>
        <source>Invio della scelta al server…</source>
        <translation>Invio della scelta al server…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="299"/>
        <source>Il conflitto era già stato risolto su un&apos;altra postazione.</source>
        <translation>Il conflitto era già stato risolto su un&apos;altra postazione.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="313"/>
        <source>Modifiche che il server ha rifiutato, con il motivo. Non sono state applicate e non bloccano le altre; i loro dati sono conservati qui.</source>
        <translation>Modifiche che il server ha rifiutato, con il motivo. Non sono state applicate e non bloccano le altre; i loro dati sono conservati qui.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="319"/>
        <source>Modifiche sospese</source>
        <translation>Modifiche sospese</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="323"/>
        <source>Dettaglio della modifica sospesa</source>
        <translation>Dettaglio della modifica sospesa</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="335"/>
        <source>Modifiche &amp;sospese ({0})</source>
        <translation>Modifiche &amp;sospese ({0})</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="349"/>
        <source>{0} di {1}, {2}</source>
        <translation>{0} di {1}, {2}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="351"/>
        <source>operatore non noto</source>
        <translation>operatore non noto</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/sync_conflicts.py" line="354"/>
        <source>Dati conservati:</source>
        <translation>Dati conservati:</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="309"/>
        <source>Prima sincronizzazione</source>
        <translation>Prima sincronizzazione</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="310"/>
        <source>La postazione riceve dal server i dati del proprio sportello.</source>
        <translation>La postazione riceve dal server i dati del proprio sportello.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="312"/>
        <source>Avanzamento</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="316"/>
        <source>&amp;Riprova la sincronizzazione</source>
        <translation>&amp;Riprova la sincronizzazione</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="342"/>
        <source>Sincronizzazione con il server in corso…</source>
        <translation>Sincronizzazione con il server in corso…</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="359"/>
        <source>La postazione è registrata, ma la prima sincronizzazione non è riuscita:
{0}</source>
        <translation>La postazione è registrata, ma la prima sincronizzazione non è riuscita:
{0}</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="362"/>
        <source>La prima sincronizzazione non è riuscita: gli operatori dello sportello non sono ancora sulla postazione. Riprovare chiudendo e riaprendo cotdesk.</source>
        <translation>La prima sincronizzazione non è riuscita: gli operatori dello sportello non sono ancora sulla postazione. Riprovare chiudendo e riaprendo cotdesk.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="369"/>
        <source>Sincronizzazione completata: {0} dati ricevuti, {1} operatori possono accedere. Premere Fine: il primo operatore accede con le proprie credenziali.</source>
        <translation>Sincronizzazione completata: {0} dati ricevuti, {1} operatori possono accedere. Premere Fine: il primo operatore accede con le proprie credenziali.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="376"/>
        <source>Sincronizzazione completata ({0} dati ricevuti), ma il server non ha ancora inviato gli operatori dello sportello: nessuno può ancora accedere su questa postazione. Chiedere al referente informatico di registrarli sul server; alla prossima apertura cotdesk li riceverà.</source>
        <translation>Sincronizzazione completata ({0} dati ricevuti), ma il server non ha ancora inviato gli operatori dello sportello: nessuno può ancora accedere su questa postazione. Chiedere al referente informatico di registrarli sul server; alla prossima apertura cotdesk li riceverà.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/first_run.py" line="382"/>
        <source>Gli operatori dello sportello non sono ancora arrivati dal server: chiedere al referente informatico di registrarli, poi riaprire cotdesk.</source>
        <translation>Gli operatori dello sportello non sono ancora arrivati dal server: chiedere al referente informatico di registrarli, poi riaprire cotdesk.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../cotdesk/ui/timeline_model.py" line="48"/>
        <source>Data e ora</source>
        <translation>Data e ora</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/timeline_model.py" line="49"/>
        <source>Tipo</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/timeline_model.py" line="50"/>
        <source>Operatore</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/timeline_model.py" line="51"/>
        <source>Testo</source>
        <translation>Testo</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/timeline_model.py" line="54"/>
        <source>Nota</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/timeline_model.py" line="55"/>
        <source>Telefonata</source>
        <translation>Telefonata</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/timeline_model.py" line="56"/>
        <source>Colloquio</source>
        <translation>Colloquio</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/timeline_model.py" line="57"/>
        <source>Valutazione</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/timeline_model.py" line="58"/>
        <source>Invio</source>
        <translation>Invio</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/timeline_model.py" line="59"/>
        <source>Stato</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/timeline_model.py" line="60"/>
        <source>Assegnazione</source>
        <translation>Assegnazione</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/timeline_model.py" line="61"/>
        <source>Prossimo contatto</source>
        <translation>Prossimo contatto</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/timeline_model.py" line="62"/>
        <source>Decisione</source>
        <translation>Decisione</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/timeline_model.py" line="63"/>
        <source>Bisogno senza risposta</source>
        <translation>Bisogno senza risposta</translation>
    </message>
</context>
<context>
    <name>UnmetModel</name>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="146"/>
        <source>Municipio</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="147"/>
        <source>Area di intervento</source>
        <translation>Area di intervento</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="148"/>
        <source>Aperti</source>
        <translation>Aperti</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="149"/>
        <source>Risolti</source>
        <translation>Risolti</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/statistics_page.py" line="150"/>
        <source>Totale</source>
        <translation>Totale</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="251"/>
        <source>Revoca del consenso</source>
        <translation>Revoca del consenso</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="255"/>
        <source>Spuntare i consensi che la persona revoca. La revoca viene registrata con data e operatore; i consensi dati prima restano nello storico.</source>
        <translation>Spuntare i consensi che la persona revoca. La revoca viene registrata con data e operatore; i consensi dati prima restano nello storico.</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="270"/>
        <source>Note sulla revoca</source>
        <translation>Note sulla revoca</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="271"/>
        <source>es. revoca comunicata per telefono</source>
        <translation>es. revoca comunicata per telefono</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="273"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="278"/>
        <source>&amp;Registra la revoca (Ctrl+S)</source>
        <translation>&amp;Registra la revoca (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="280"/>
        <source>Registra la revoca</source>
        <translation>Registra la revoca</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="281"/>
        <source>Annulla (Esc)</source>
        <translation>Annulla (Esc)</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/consent_panel.py" line="297"/>
        <source>Spuntare almeno un consenso da revocare.</source>
        <translation>Spuntare almeno un consenso da revocare.</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="150"/>
        <source>Errore</source>
        <translation>Errore</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="156"/>
        <source>Salva</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location filename="../../cotdesk/ui/directory_page.py" line="157"/>
        <source>Annulla</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../cotdesk/ui/app.py" line="38"/>
        <source>cotdesk: impossibile aprire il database</source>
        <translation>cotdesk: impossibile aprire il database</translation>
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
        <translation>Errore imprevisto ({0}): riprovare o rivolgersi all&apos;assistenza.</translation>
    </message>
</context>
</TS>
