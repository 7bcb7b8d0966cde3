<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>autostart</name>
    <message>
        <location filename="../../core/autostart.py" line="151" />
        <location filename="../../core/autostart.py" line="270" />
        <source>{where}: cannot write the start-at-login entry ({reason})</source>
        <translation>{where}: Der Eintrag für den Start bei der Anmeldung kann nicht geschrieben werden ({reason})</translation>
    </message>
    <message>
        <location filename="../../core/autostart.py" line="156" />
        <source>{where}: cannot remove the start-at-login entry ({reason})</source>
        <translation>{where}: Der Eintrag für den Start bei der Anmeldung kann nicht entfernt werden ({reason})</translation>
    </message>
    <message>
        <location filename="../../core/autostart.py" line="203" />
        <source>Start Unknot in the tray when you log in</source>
        <translation>Unknot bei der Anmeldung im Infobereich starten</translation>
    </message>
    <message>
        <location filename="../../core/autostart.py" line="273" />
        <source>the command has a path that is not valid UTF-8</source>
        <translation>der Befehl enthält einen Pfad, der kein gültiges UTF-8 ist</translation>
    </message>
</context>
<context>
    <name>body_canvas</name>
    <message>
        <location filename="../../ui/body_canvas.py" line="47" />
        <source>Front — facing you</source>
        <translation>Vorderseite — dir zugewandt</translation>
    </message>
    <message>
        <location filename="../../ui/body_canvas.py" line="48" />
        <source>Back — seen from behind</source>
        <translation>Rückseite — von hinten gesehen</translation>
    </message>
    <message>
        <location filename="../../ui/body_canvas.py" line="51" />
        <source>YOUR LEFT</source>
        <translation>DEINE LINKE</translation>
    </message>
    <message>
        <location filename="../../ui/body_canvas.py" line="52" />
        <source>YOUR RIGHT</source>
        <translation>DEINE RECHTE</translation>
    </message>
    <message>
        <location filename="../../ui/body_canvas.py" line="167" />
        <source>Body map, front view</source>
        <translation>Körperkarte, Vorderseite</translation>
    </message>
    <message>
        <location filename="../../ui/body_canvas.py" line="169" />
        <source>Body map, back view</source>
        <translation>Körperkarte, Rückseite</translation>
    </message>
    <message>
        <location filename="../../ui/body_canvas.py" line="172" />
        <source>1 knot.</source>
        <translation>1 Knoten.</translation>
    </message>
    <message>
        <location filename="../../ui/body_canvas.py" line="174" />
        <source>{count} knots.</source>
        <translation>{count} Knoten.</translation>
    </message>
    <message>
        <location filename="../../ui/body_canvas.py" line="176" />
        <source>Press a muscle to mark a knot. Tab moves between knots; on a knot, 0 to 9 rate it, the arrow keys move it and Delete removes it. F and B show the front and the back; plus and minus zoom.</source>
        <translation>Drück auf einen Muskel, um einen Knoten zu markieren. Tab wechselt zwischen den Knoten; auf einem Knoten bewerten ihn 0 bis 9, die Pfeiltasten verschieben ihn und Entf löscht ihn. F und B zeigen Vorder- und Rückseite; Plus und Minus zoomen.</translation>
    </message>
    <message>
        <location filename="../../ui/body_canvas.py" line="246" />
        <source>Could not save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <location filename="../../ui/body_canvas.py" line="255" />
        <source>Tenderness {value} recorded.</source>
        <translation>Empfindlichkeit {value} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/body_canvas.py" line="263" />
        <source>A knot stays on a muscle: it cannot go further that way.</source>
        <translation>Ein Knoten bleibt auf einem Muskel: In diese Richtung geht es nicht weiter.</translation>
    </message>
    <message>
        <location filename="../../ui/body_canvas.py" line="277" />
        <source>Knots go on a muscle: that one stayed where it was.</source>
        <translation>Knoten gehören auf einen Muskel: Dieser ist geblieben, wo er war.</translation>
    </message>
    <message>
        <location filename="../../ui/body_canvas.py" line="412" />
        <source>Marked: {label}. Type 0–9 to rate it.</source>
        <translation>Markiert: {label}. Tippe 0–9, um ihn zu bewerten.</translation>
    </message>
</context>
<context>
    <name>body_drawing</name>
    <message>
        <location filename="../../ui/body_drawing.py" line="162" />
        <source>Body map, front view, with {label} marked</source>
        <translation>Körperkarte, Vorderseite, mit markiertem Knoten „{label}“</translation>
    </message>
    <message>
        <location filename="../../ui/body_drawing.py" line="164" />
        <source>Body map, back view, with {label} marked</source>
        <translation>Körperkarte, Rückseite, mit markiertem Knoten „{label}“</translation>
    </message>
</context>
<context>
    <name>body_map_page</name>
    <message>
        <location filename="../../ui/body_map_page.py" line="33" />
        <source>Point at a muscle to see its name; press it to mark a knot.</source>
        <translation>Zeig auf einen Muskel, um seinen Namen zu sehen; drück darauf, um einen Knoten zu markieren.</translation>
    </message>
    <message>
        <location filename="../../ui/body_map_page.py" line="40" />
        <source>Front</source>
        <translation>Vorderseite</translation>
    </message>
    <message>
        <location filename="../../ui/body_map_page.py" line="41" />
        <source>Back</source>
        <translation>Rückseite</translation>
    </message>
    <message>
        <location filename="../../ui/body_map_page.py" line="51" />
        <source>Colour key: tenderness 0, pale yellow, to 10, deep violet</source>
        <translation>Farbskala: Empfindlichkeit 0, blassgelb, bis 10, tiefviolett</translation>
    </message>
    <message>
        <location filename="../../ui/body_map_page.py" line="53" />
        <source>Marker colours by tenderness, 0 to 10</source>
        <translation>Farben der Markierungen nach Empfindlichkeit, 0 bis 10</translation>
    </message>
    <message>
        <location filename="../../ui/body_map_page.py" line="76" />
        <source>Body map</source>
        <translation>Körperkarte</translation>
    </message>
    <message>
        <location filename="../../ui/body_map_page.py" line="77" />
        <source>Mark each knot where it lies and rate how tender it is.</source>
        <translation>Markiere jeden Knoten dort, wo er sitzt, und bewerte, wie druckempfindlich er ist.</translation>
    </message>
    <message>
        <location filename="../../ui/body_map_page.py" line="104" />
        <source>Show the front of the body (F)</source>
        <translation>Vorderseite des Körpers zeigen (F)</translation>
    </message>
    <message>
        <location filename="../../ui/body_map_page.py" line="105" />
        <source>Show the back of the body (B)</source>
        <translation>Rückseite des Körpers zeigen (B)</translation>
    </message>
    <message>
        <location filename="../../ui/body_map_page.py" line="110" />
        <source>Body view</source>
        <translation>Körperansicht</translation>
    </message>
    <message>
        <location filename="../../ui/body_map_page.py" line="113" />
        <source>Show resolved and archived</source>
        <translation>Abgeklungene und archivierte zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/body_map_page.py" line="115" />
        <source>Also show knots you marked resolved or archived</source>
        <translation>Auch Knoten zeigen, die du als abgeklungen markiert oder archiviert hast</translation>
    </message>
    <message>
        <location filename="../../ui/body_map_page.py" line="122" />
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../../ui/body_map_page.py" line="123" />
        <source>Zoom out (−, or the mouse wheel)</source>
        <translation>Verkleinern (−, oder mit dem Mausrad)</translation>
    </message>
    <message>
        <location filename="../../ui/body_map_page.py" line="129" />
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../../ui/body_map_page.py" line="130" />
        <source>Zoom in (+, or the mouse wheel)</source>
        <translation>Vergrößern (+, oder mit dem Mausrad)</translation>
    </message>
    <message>
        <location filename="../../ui/body_map_page.py" line="132" />
        <source>Whole body</source>
        <translation>Ganzer Körper</translation>
    </message>
    <message>
        <location filename="../../ui/body_map_page.py" line="133" />
        <source>Zoom out to show the whole figure</source>
        <translation>Verkleinern, bis die ganze Figur zu sehen ist</translation>
    </message>
    <message>
        <location filename="../../ui/body_map_page.py" line="161" />
        <source>Knot details</source>
        <translation>Details zum Knoten</translation>
    </message>
    <message>
        <location filename="../../ui/body_map_page.py" line="217" />
        <source>Delete “{label}” and its 1 rating? This cannot be undone. To stop following it but keep its history, archive it.</source>
        <translation>„{label}“ und die zugehörige Bewertung löschen? Das lässt sich nicht rückgängig machen. Um den Knoten nicht mehr zu verfolgen, seinen Verlauf aber zu behalten, archiviere ihn.</translation>
    </message>
    <message>
        <location filename="../../ui/body_map_page.py" line="223" />
        <source>Delete “{label}” and its {count} ratings? This cannot be undone. To stop following it but keep its history, archive it.</source>
        <translation>„{label}“ und die {count} zugehörigen Bewertungen löschen? Das lässt sich nicht rückgängig machen. Um den Knoten nicht mehr zu verfolgen, seinen Verlauf aber zu behalten, archiviere ihn.</translation>
    </message>
    <message>
        <location filename="../../ui/body_map_page.py" line="231" />
        <source>Delete this knot?</source>
        <translation>Diesen Knoten löschen?</translation>
    </message>
    <message>
        <location filename="../../ui/body_map_page.py" line="239" />
        <source>Deleted: {label}.</source>
        <translation>Gelöscht: {label}.</translation>
    </message>
    <message>
        <location filename="../../ui/body_map_page.py" line="249" />
        <source>Front view, 1 knot</source>
        <translation>Vorderseite, 1 Knoten</translation>
    </message>
    <message>
        <location filename="../../ui/body_map_page.py" line="250" />
        <source>Front view, {count} knots</source>
        <translation>Vorderseite, {count} Knoten</translation>
    </message>
    <message>
        <location filename="../../ui/body_map_page.py" line="252" />
        <source>Back view, 1 knot</source>
        <translation>Rückseite, 1 Knoten</translation>
    </message>
    <message>
        <location filename="../../ui/body_map_page.py" line="253" />
        <source>Back view, {count} knots</source>
        <translation>Rückseite, {count} Knoten</translation>
    </message>
</context>
<context>
    <name>check_in_box</name>
    <message>
        <location filename="../../ui/check_in_box.py" line="42" />
        <source>Nothing recorded today yet. Both are optional; change them any time today.</source>
        <translation>Heute ist noch nichts eingetragen. Beides ist freiwillig; du kannst es den ganzen Tag über ändern.</translation>
    </message>
    <message>
        <location filename="../../ui/check_in_box.py" line="47" />
        <source>stress not given</source>
        <translation>Stress nicht angegeben</translation>
    </message>
    <message>
        <location filename="../../ui/check_in_box.py" line="49" />
        <source>stress {value} of {most}</source>
        <translation>Stress {value} von {most}</translation>
    </message>
    <message>
        <location filename="../../ui/check_in_box.py" line="54" />
        <source>hours at the desk not given</source>
        <translation>Stunden am Schreibtisch nicht angegeben</translation>
    </message>
    <message>
        <location filename="../../ui/check_in_box.py" line="56" />
        <source>1 hour at the desk</source>
        <translation>1 Stunde am Schreibtisch</translation>
    </message>
    <message>
        <location filename="../../ui/check_in_box.py" line="58" />
        <source>{hours} hours at the desk</source>
        <translation>{hours} Stunden am Schreibtisch</translation>
    </message>
    <message>
        <location filename="../../ui/check_in_box.py" line="61" />
        <source>Today: {stress}, {desk}.</source>
        <translation>Heute: {stress}, {desk}.</translation>
    </message>
    <message>
        <location filename="../../ui/check_in_box.py" line="83" />
        <location filename="../../ui/check_in_box.py" line="84" />
        <source>How was today?</source>
        <translation>Wie war dein Tag?</translation>
    </message>
    <message>
        <location filename="../../ui/check_in_box.py" line="102" />
        <source>Stress {value} of {most}</source>
        <translation>Stress {value} von {most}</translation>
    </message>
    <message>
        <location filename="../../ui/check_in_box.py" line="107" />
        <source>Stress today: {value} of {most}</source>
        <translation>Stress heute: {value} von {most}</translation>
    </message>
    <message>
        <location filename="../../ui/check_in_box.py" line="121" />
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <location filename="../../ui/check_in_box.py" line="123" />
        <source>Hours at the desk today</source>
        <translation>Stunden am Schreibtisch heute</translation>
    </message>
    <message>
        <location filename="../../ui/check_in_box.py" line="124" />
        <source>Save hours</source>
        <translation>Stunden speichern</translation>
    </message>
    <message>
        <location filename="../../ui/check_in_box.py" line="125" />
        <source>Save the hours at the desk</source>
        <translation>Stunden am Schreibtisch speichern</translation>
    </message>
    <message>
        <location filename="../../ui/check_in_box.py" line="127" />
        <source>Hours at the &amp;desk:</source>
        <translation>Stun&amp;den am Schreibtisch:</translation>
    </message>
    <message>
        <location filename="../../ui/check_in_box.py" line="140" />
        <source>&amp;Stress, from 0 (calm) to 10 (very stressed):</source>
        <translation>&amp;Stress, von 0 (ruhig) bis 10 (sehr gestresst):</translation>
    </message>
    <message>
        <location filename="../../ui/check_in_box.py" line="183" />
        <source>{today} Not saved yet: Unknot will try again.</source>
        <translation>{today} Noch nicht gespeichert: Unknot versucht es noch einmal.</translation>
    </message>
</context>
<context>
    <name>countdown_ring</name>
    <message>
        <location filename="../../ui/countdown_ring.py" line="27" />
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <location filename="../../ui/countdown_ring.py" line="28" />
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location filename="../../ui/countdown_ring.py" line="29" />
        <source>Ease off</source>
        <translation>Langsam loslassen</translation>
    </message>
    <message>
        <location filename="../../ui/countdown_ring.py" line="30" />
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../ui/countdown_ring.py" line="31" />
        <source>Move on</source>
        <translation>Wechseln</translation>
    </message>
    <message>
        <location filename="../../ui/countdown_ring.py" line="92" />
        <source>1 second left, paused</source>
        <translation>noch 1 Sekunde, angehalten</translation>
    </message>
    <message>
        <location filename="../../ui/countdown_ring.py" line="94" />
        <source>{seconds} seconds left, paused</source>
        <translation>noch {seconds} Sekunden, angehalten</translation>
    </message>
    <message>
        <location filename="../../ui/countdown_ring.py" line="98" />
        <source>1 second left</source>
        <translation>noch 1 Sekunde</translation>
    </message>
    <message>
        <location filename="../../ui/countdown_ring.py" line="100" />
        <source>{seconds} seconds left</source>
        <translation>noch {seconds} Sekunden</translation>
    </message>
    <message>
        <location filename="../../ui/countdown_ring.py" line="110" />
        <source>{phase}, paused: 1 second left of {total}</source>
        <translation>{phase}, angehalten: noch 1 von {total} Sekunden</translation>
    </message>
    <message>
        <location filename="../../ui/countdown_ring.py" line="112" />
        <source>{phase}, paused: {seconds} seconds left of {total}</source>
        <translation>{phase}, angehalten: noch {seconds} von {total} Sekunden</translation>
    </message>
    <message>
        <location filename="../../ui/countdown_ring.py" line="118" />
        <source>{phase}: 1 second left of {total}</source>
        <translation>{phase}: noch 1 von {total} Sekunden</translation>
    </message>
    <message>
        <location filename="../../ui/countdown_ring.py" line="120" />
        <source>{phase}: {seconds} seconds left of {total}</source>
        <translation>{phase}: noch {seconds} von {total} Sekunden</translation>
    </message>
    <message>
        <location filename="../../ui/countdown_ring.py" line="164" />
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../../ui/countdown_ring.py" line="166" />
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
</context>
<context>
    <name>cue_settings</name>
    <message>
        <location filename="../../ui/cue_settings.py" line="31" />
        <source>Sound and voice during sessions</source>
        <translation>Ton und Sprachausgabe in den Einheiten</translation>
    </message>
    <message>
        <location filename="../../ui/cue_settings.py" line="36" />
        <source>Play short sounds (start, halfway, 3-2-1, end)</source>
        <translation>Kurze Töne abspielen (Start, Halbzeit, 3-2-1, Ende)</translation>
    </message>
    <message>
        <location filename="../../ui/cue_settings.py" line="39" />
        <source>Speak the step, the side and the count</source>
        <translation>Schritt, Seite und Countdown ansagen</translation>
    </message>
    <message>
        <location filename="../../ui/cue_settings.py" line="45" />
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <location filename="../../ui/cue_settings.py" line="50" />
        <source>Try sound and voice</source>
        <translation>Ton und Sprache testen</translation>
    </message>
    <message>
        <location filename="../../ui/cue_settings.py" line="61" />
        <source>Volume:</source>
        <translation>Lautstärke:</translation>
    </message>
    <message>
        <location filename="../../ui/cue_settings.py" line="80" />
        <source>This is how Unknot sounds in a session.</source>
        <translation>So klingt Unknot in einer Einheit.</translation>
    </message>
</context>
<context>
    <name>cues</name>
    <message>
        <location filename="../../ui/cues.py" line="52" />
        <source>no speech engine is installed (on Debian and Ubuntu: speech-dispatcher and espeak-ng).</source>
        <translation>Es ist keine Sprachausgabe installiert (unter Debian und Ubuntu: speech-dispatcher und espeak-ng).</translation>
    </message>
    <message>
        <location filename="../../ui/cues.py" line="56" />
        <source>speech-dispatcher is not installed ({library} is missing; on Debian and Ubuntu: speech-dispatcher and espeak-ng).</source>
        <translation>speech-dispatcher ist nicht installiert ({library} fehlt; unter Debian und Ubuntu: speech-dispatcher und espeak-ng).</translation>
    </message>
    <message>
        <location filename="../../ui/cues.py" line="61" />
        <source>no audio output device was found.</source>
        <translation>Es wurde kein Audio-Ausgabegerät gefunden.</translation>
    </message>
    <message>
        <location filename="../../ui/cues.py" line="62" />
        <source>speech-dispatcher is not answering (it is stuck; ending its process, or logging out and in again, brings it back).</source>
        <translation>speech-dispatcher antwortet nicht (er hängt; seinen Prozess beenden oder dich ab- und wieder anmelden bringt ihn zurück).</translation>
    </message>
    <message>
        <location filename="../../ui/cues.py" line="69" />
        <source>en</source>
        <translation>de</translation>
    </message>
    <message>
        <location filename="../../ui/cues.py" line="280" />
        <source>Sound is turned off in Settings.</source>
        <translation>Der Ton ist in den Einstellungen ausgeschaltet.</translation>
    </message>
    <message>
        <location filename="../../ui/cues.py" line="282" />
        <source>Sound has not been tried yet; it starts with the first cue.</source>
        <translation>Der Ton wurde noch nicht ausprobiert; er startet mit dem ersten Signal.</translation>
    </message>
    <message>
        <location filename="../../ui/cues.py" line="284" />
        <source>Sound is off: {problem}</source>
        <translation>Kein Ton: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/cues.py" line="289" />
        <source>Sound works.</source>
        <translation>Der Ton funktioniert.</translation>
    </message>
    <message>
        <location filename="../../ui/cues.py" line="291" />
        <source>Sound is off: the cue sounds could not be loaded ({files}).</source>
        <translation>Kein Ton: Die Signaltöne ließen sich nicht laden ({files}).</translation>
    </message>
    <message>
        <location filename="../../ui/cues.py" line="294" />
        <source>Sound works, but some cue sounds could not be loaded: {files}.</source>
        <translation>Der Ton funktioniert, aber einige Signaltöne ließen sich nicht laden: {files}.</translation>
    </message>
    <message>
        <location filename="../../ui/cues.py" line="301" />
        <source>Voice is turned off in Settings.</source>
        <translation>Die Sprachausgabe ist in den Einstellungen ausgeschaltet.</translation>
    </message>
    <message>
        <location filename="../../ui/cues.py" line="303" />
        <source>Voice has not been tried yet; it starts with the first spoken cue.</source>
        <translation>Die Sprachausgabe wurde noch nicht ausprobiert; sie startet mit der ersten Ansage.</translation>
    </message>
    <message>
        <location filename="../../ui/cues.py" line="307" />
        <source>Voice is off: {problem}</source>
        <translation>Keine Sprachausgabe: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/cues.py" line="310" />
        <source>Voice works (speech engine: {engine}).</source>
        <translation>Die Sprachausgabe funktioniert (Sprach-Engine: {engine}).</translation>
    </message>
    <message>
        <location filename="../../ui/cues.py" line="324" />
        <source>Qt Multimedia could not load ({reason}). Install your system's PulseAudio or PipeWire client library.</source>
        <translation>Qt Multimedia ließ sich nicht laden ({reason}). Installiere die PulseAudio- oder PipeWire-Client-Bibliothek deines Systems.</translation>
    </message>
    <message>
        <location filename="../../ui/cues.py" line="332" />
        <source>Qt Multimedia could not load ({reason}).</source>
        <translation>Qt Multimedia ließ sich nicht laden ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/cues.py" line="379" />
        <source>Qt Text to Speech could not load ({reason}).</source>
        <translation>Qt Text to Speech ließ sich nicht laden ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/cues.py" line="395" />
        <source>the speech engine {engine} did not start ({reason}).</source>
        <translation>Die Sprach-Engine {engine} ist nicht gestartet ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/cues.py" line="396" />
        <source>the speech engine {engine} did not start (no reason given).</source>
        <translation>Die Sprach-Engine {engine} ist nicht gestartet (ohne Angabe von Gründen).</translation>
    </message>
    <message>
        <location filename="../../ui/cues.py" line="422" />
        <source>the speech engine {engine} failed ({reason}).</source>
        <translation>Die Sprach-Engine {engine} ist ausgefallen ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/cues.py" line="423" />
        <source>the speech engine {engine} failed (no reason given).</source>
        <translation>Die Sprach-Engine {engine} ist ausgefallen (ohne Angabe von Gründen).</translation>
    </message>
</context>
<context>
    <name>data_transfer</name>
    <message>
        <location filename="../../ui/data_transfer.py" line="50" />
        <source>Export as JSON…</source>
        <translation>Als JSON exportieren …</translation>
    </message>
    <message>
        <location filename="../../ui/data_transfer.py" line="51" />
        <source>Export as CSV…</source>
        <translation>Als CSV exportieren …</translation>
    </message>
    <message>
        <location filename="../../ui/data_transfer.py" line="52" />
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <location filename="../../ui/data_transfer.py" line="54" />
        <source>Add an Unknot export to this journal; rows already here are skipped</source>
        <translation>Einen Unknot-Export zu diesem Tagebuch hinzufügen; was schon da ist, wird übersprungen</translation>
    </message>
    <message>
        <location filename="../../ui/data_transfer.py" line="77" />
        <source>Export the journal</source>
        <translation>Tagebuch exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/data_transfer.py" line="79" />
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/data_transfer.py" line="91" />
        <source>Export the journal as CSV into</source>
        <translation>Tagebuch als CSV exportieren nach</translation>
    </message>
    <message>
        <location filename="../../ui/data_transfer.py" line="110" />
        <source>The journal was not exported</source>
        <translation>Das Tagebuch wurde nicht exportiert</translation>
    </message>
    <message>
        <location filename="../../ui/data_transfer.py" line="115" />
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <location filename="../../ui/data_transfer.py" line="116" />
        <source>{rows} rows written to {target}.</source>
        <translation>{rows} Zeilen in {target} geschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/data_transfer.py" line="125" />
        <source>Import an Unknot export</source>
        <translation>Einen Unknot-Export importieren</translation>
    </message>
    <message>
        <location filename="../../ui/data_transfer.py" line="127" />
        <source>Unknot exports (*.json)</source>
        <translation>Unknot-Exporte (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/data_transfer.py" line="136" />
        <source>Nothing was imported</source>
        <translation>Es wurde nichts importiert</translation>
    </message>
    <message>
        <location filename="../../ui/data_transfer.py" line="141" />
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
</context>
<context>
    <name>error_hook</name>
    <message>
        <location filename="../../ui/error_hook.py" line="48" />
        <source>Something went wrong; your data is safe; details are in the log at {path}.</source>
        <translation>Etwas ist schiefgegangen; deine Daten sind sicher; Einzelheiten stehen im Protokoll unter {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_hook.py" line="72" />
        <source>Unknot</source>
        <translation>Unknot</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <location filename="../../core/exchange.py" line="51" />
        <source>nothing new</source>
        <translation>nichts Neues</translation>
    </message>
    <message>
        <location filename="../../core/exchange.py" line="55" />
        <source>added {added}; {present} rows were already in the journal</source>
        <translation>hinzugefügt: {added}; {present} Zeilen waren schon im Tagebuch</translation>
    </message>
    <message>
        <location filename="../../core/exchange.py" line="124" />
        <source>{path}: already exists; choose a new name (nothing was written)</source>
        <translation>{path}: existiert bereits; wähle einen neuen Namen (nichts wurde geschrieben)</translation>
    </message>
    <message>
        <location filename="../../core/exchange.py" line="129" />
        <source>{path}: no such folder (nothing was written)</source>
        <translation>{path}: diesen Ordner gibt es nicht (nichts wurde geschrieben)</translation>
    </message>
    <message>
        <location filename="../../core/exchange.py" line="153" />
        <source>the file written is not whole JSON ({reason})</source>
        <translation>die geschriebene Datei ist kein vollständiges JSON ({reason})</translation>
    </message>
    <message>
        <location filename="../../core/exchange.py" line="156" />
        <source>the file written has {found} of {rows} rows</source>
        <translation>die geschriebene Datei hat {found} von {rows} Zeilen</translation>
    </message>
    <message>
        <location filename="../../core/exchange.py" line="171" />
        <location filename="../../core/exchange.py" line="183" />
        <location filename="../../core/exchange.py" line="206" />
        <source>{path}: cannot write the export ({reason})</source>
        <translation>{path}: der Export kann nicht geschrieben werden ({reason})</translation>
    </message>
    <message>
        <location filename="../../core/exchange.py" line="217" />
        <source>{name} is not whole CSV ({reason})</source>
        <translation>{name} ist kein vollständiges CSV ({reason})</translation>
    </message>
    <message>
        <location filename="../../core/exchange.py" line="220" />
        <source>{name} has {found} of {rows} rows</source>
        <translation>{name} hat {found} von {rows} Zeilen</translation>
    </message>
    <message>
        <location filename="../../core/exchange.py" line="274" />
        <source>{path}: cannot read ({reason})</source>
        <translation>{path}: kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <location filename="../../core/exchange.py" line="263" />
        <source>{path}: {size} MB is larger than the {limit} MB an Unknot export can be</source>
        <translation>{path}: {size} MB sind mehr als die {limit} MB, die ein Unknot-Export haben darf</translation>
    </message>
    <message>
        <location filename="../../core/exchange.py" line="53" />
        <source>added {added}; 1 row was already in the journal</source>
        <translation>hinzugefügt: {added}; 1 Zeile war schon im Tagebuch</translation>
    </message>
    <message>
        <location filename="../../core/exchange.py" line="65" />
        <source>1 knot</source>
        <translation>1 Knoten</translation>
    </message>
    <message>
        <location filename="../../core/exchange.py" line="66" />
        <source>{count} knots</source>
        <translation>{count} Knoten</translation>
    </message>
    <message>
        <location filename="../../core/exchange.py" line="69" />
        <source>1 session</source>
        <translation>1 Einheit</translation>
    </message>
    <message>
        <location filename="../../core/exchange.py" line="70" />
        <source>{count} sessions</source>
        <translation>{count} Einheiten</translation>
    </message>
    <message>
        <location filename="../../core/exchange.py" line="73" />
        <source>1 rating</source>
        <translation>1 Bewertung</translation>
    </message>
    <message>
        <location filename="../../core/exchange.py" line="74" />
        <source>{count} ratings</source>
        <translation>{count} Bewertungen</translation>
    </message>
    <message>
        <location filename="../../core/exchange.py" line="77" />
        <source>1 step</source>
        <translation>1 Schritt</translation>
    </message>
    <message>
        <location filename="../../core/exchange.py" line="78" />
        <source>{count} steps</source>
        <translation>{count} Schritte</translation>
    </message>
    <message>
        <location filename="../../core/exchange.py" line="81" />
        <source>1 treatment</source>
        <translation>1 Behandlung</translation>
    </message>
    <message>
        <location filename="../../core/exchange.py" line="82" />
        <source>{count} treatments</source>
        <translation>{count} Behandlungen</translation>
    </message>
    <message>
        <location filename="../../core/exchange.py" line="85" />
        <source>1 treatment knot</source>
        <translation>1 Knoten einer Behandlung</translation>
    </message>
    <message>
        <location filename="../../core/exchange.py" line="86" />
        <source>{count} treatment knots</source>
        <translation>{count} Knoten von Behandlungen</translation>
    </message>
    <message>
        <location filename="../../core/exchange.py" line="89" />
        <source>1 water entry</source>
        <translation>1 Wassereintrag</translation>
    </message>
    <message>
        <location filename="../../core/exchange.py" line="90" />
        <source>{count} water entries</source>
        <translation>{count} Wassereinträge</translation>
    </message>
    <message>
        <location filename="../../core/exchange.py" line="93" />
        <source>1 posture check</source>
        <translation>1 Haltungscheck</translation>
    </message>
    <message>
        <location filename="../../core/exchange.py" line="94" />
        <source>{count} posture checks</source>
        <translation>{count} Haltungschecks</translation>
    </message>
    <message>
        <location filename="../../core/exchange.py" line="97" />
        <source>1 reminder event</source>
        <translation>1 Erinnerung</translation>
    </message>
    <message>
        <location filename="../../core/exchange.py" line="98" />
        <source>{count} reminder events</source>
        <translation>{count} Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../core/exchange.py" line="101" />
        <source>1 note</source>
        <translation>1 Notiz</translation>
    </message>
    <message>
        <location filename="../../core/exchange.py" line="102" />
        <source>{count} notes</source>
        <translation>{count} Notizen</translation>
    </message>
    <message>
        <location filename="../../core/exchange.py" line="105" />
        <source>1 daily check-in</source>
        <translation>1 täglicher Check-in</translation>
    </message>
    <message>
        <location filename="../../core/exchange.py" line="106" />
        <source>{count} daily check-ins</source>
        <translation>{count} tägliche Check-ins</translation>
    </message>
    <message>
        <location filename="../../core/exchange.py" line="283" />
        <source>{path}: byte {byte}: not UTF-8 text</source>
        <translation>{path}: Byte {byte}: kein UTF-8-Text</translation>
    </message>
    <message>
        <location filename="../../core/exchange.py" line="286" />
        <source>{path}:{line}:{column}: not valid JSON ({reason})</source>
        <translation>{path}:{line}:{column}: kein gültiges JSON ({reason})</translation>
    </message>
    <message>
        <location filename="../../core/exchange.py" line="291" />
        <source>{path}: not an Unknot export (nested too deeply)</source>
        <translation>{path}: kein Unknot-Export (zu tief verschachtelt)</translation>
    </message>
    <message>
        <location filename="../../core/exchange.py" line="294" />
        <source>{path}: not an Unknot export (more objects than its size allows)</source>
        <translation>{path}: kein Unknot-Export (mehr Objekte, als seine Größe zulässt)</translation>
    </message>
    <message>
        <location filename="../../core/exchange.py" line="299" />
        <source>{path}: not valid JSON ({reason})</source>
        <translation>{path}: kein gültiges JSON ({reason})</translation>
    </message>
    <message>
        <location filename="../../core/exchange.py" line="308" />
        <source>{path}: not an Unknot journal export (no "format": "{format}")</source>
        <translation>{path}: kein Export eines Unknot-Tagebuchs (kein "format": "{format}")</translation>
    </message>
    <message>
        <location filename="../../core/exchange.py" line="314" />
        <source>{path}: unknown format version {version} (this Unknot reads version {ours})</source>
        <translation>{path}: unbekannte Formatversion {version} (dieses Unknot liest Version {ours})</translation>
    </message>
    <message>
        <location filename="../../core/exchange.py" line="323" />
        <source>{path}: tables: missing or not an object</source>
        <translation>{path}: tables: fehlt oder ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../../core/exchange.py" line="327" />
        <source>{path}: tables.{table}: not a journal table</source>
        <translation>{path}: tables.{table}: keine Tabelle des Tagebuchs</translation>
    </message>
    <message>
        <location filename="../../core/exchange.py" line="333" />
        <source>{path}: tables.{table}: not a list</source>
        <translation>{path}: tables.{table}: keine Liste</translation>
    </message>
    <message>
        <location filename="../../core/exchange.py" line="345" />
        <source>{where}: the same {key} appears twice</source>
        <translation>{where}: derselbe Wert von {key} kommt zweimal vor</translation>
    </message>
    <message>
        <location filename="../../core/exchange.py" line="369" />
        <source>{path}: tables.{table}[{index}].{column}: refers to {target} {value}, which is neither in the file nor in the journal</source>
        <translation>{path}: tables.{table}[{index}].{column}: verweist auf {target} {value}, das weder in der Datei noch im Tagebuch steht</translation>
    </message>
</context>
<context>
    <name>factors</name>
    <message>
        <location filename="../../core/factors.py" line="202" />
        <source>with 3 or more stretching days</source>
        <translation>mit 3 oder mehr Dehnungstagen</translation>
    </message>
    <message>
        <location filename="../../core/factors.py" line="207" />
        <source>when you met the water goal on 4 or more days</source>
        <translation>mit erreichtem Trinkziel an 4 oder mehr Tagen</translation>
    </message>
    <message>
        <location filename="../../core/factors.py" line="212" />
        <source>when stress averaged 5 or more</source>
        <translation>mit einem Stress von durchschnittlich 5 oder mehr</translation>
    </message>
    <message>
        <location filename="../../core/factors.py" line="215" />
        <source>with 8 or more hours a day at the desk</source>
        <translation>mit 8 oder mehr Stunden am Tag am Schreibtisch</translation>
    </message>
    <message>
        <location filename="../../core/factors.py" line="251" />
        <source>You met the water goal on {total} of the {days} days this week.</source>
        <translation>Du hast dein Trinkziel diese Woche an {total} von {days} Tagen erreicht.</translation>
    </message>
    <message>
        <location filename="../../core/factors.py" line="252" />
        <source>You met the water goal on {average} of 7 days a week on average over the last {weeks} weeks.</source>
        <translation>Du hast dein Trinkziel in den letzten {weeks} Wochen im Schnitt an {average} von 7 Tagen pro Woche erreicht.</translation>
    </message>
    <message>
        <location filename="../../core/factors.py" line="261" />
        <source>No water was logged this week.</source>
        <translation>Diese Woche wurde kein Wasser eingetragen.</translation>
    </message>
    <message>
        <location filename="../../core/factors.py" line="262" />
        <source>No water was logged over the last {weeks} weeks.</source>
        <translation>In den letzten {weeks} Wochen wurde kein Wasser eingetragen.</translation>
    </message>
    <message>
        <location filename="../../core/factors.py" line="268" />
        <source>You stretched on {total} of the {days} days this week.</source>
        <translation>Du hast diese Woche an {total} von {days} Tagen gedehnt.</translation>
    </message>
    <message>
        <location filename="../../core/factors.py" line="269" />
        <source>You stretched on {average} of 7 days a week on average over the last {weeks} weeks.</source>
        <translation>Du hast in den letzten {weeks} Wochen im Schnitt an {average} von 7 Tagen pro Woche gedehnt.</translation>
    </message>
    <message>
        <location filename="../../core/factors.py" line="278" />
        <source>No stretching was logged this week.</source>
        <translation>Diese Woche wurde keine Dehnung eingetragen.</translation>
    </message>
    <message>
        <location filename="../../core/factors.py" line="279" />
        <source>No stretching was logged over the last {weeks} weeks.</source>
        <translation>In den letzten {weeks} Wochen wurde keine Dehnung eingetragen.</translation>
    </message>
    <message>
        <location filename="../../core/factors.py" line="285" />
        <source>You gave a knot focused care (ball holds, or a treatment) on {total} of the {days} days this week.</source>
        <translation>Du hast diese Woche an {total} von {days} Tagen einen Knoten gezielt versorgt (Druckhalten mit dem Ball oder eine Behandlung).</translation>
    </message>
    <message>
        <location filename="../../core/factors.py" line="290" />
        <source>You gave a knot focused care (ball holds, or a treatment) on {average} of 7 days a week on average over the last {weeks} weeks.</source>
        <translation>Du hast in den letzten {weeks} Wochen im Schnitt an {average} von 7 Tagen pro Woche einen Knoten gezielt versorgt (Druckhalten mit dem Ball oder eine Behandlung).</translation>
    </message>
    <message>
        <location filename="../../core/factors.py" line="299" />
        <source>No ball holds on a knot and no treatments were logged this week.</source>
        <translation>Diese Woche wurden weder Druckhalten an einem Knoten noch Behandlungen eingetragen.</translation>
    </message>
    <message>
        <location filename="../../core/factors.py" line="302" />
        <source>No ball holds on a knot and no treatments were logged over the last {weeks} weeks.</source>
        <translation>In den letzten {weeks} Wochen wurden weder Druckhalten an einem Knoten noch Behandlungen eingetragen.</translation>
    </message>
    <message>
        <location filename="../../core/factors.py" line="323" />
        <source>You logged 1 posture check-in this week.</source>
        <translation>Du hast diese Woche 1 Haltungscheck eingetragen.</translation>
    </message>
    <message>
        <location filename="../../core/factors.py" line="325" />
        <source>You logged {count} posture check-ins this week.</source>
        <translation>Du hast diese Woche {count} Haltungschecks eingetragen.</translation>
    </message>
    <message>
        <location filename="../../core/factors.py" line="328" />
        <source>You logged {average} posture check-ins a week on average over the last {weeks} weeks.</source>
        <translation>Du hast in den letzten {weeks} Wochen im Schnitt {average} Haltungschecks pro Woche eingetragen.</translation>
    </message>
    <message>
        <location filename="../../core/factors.py" line="337" />
        <source>You answered {answered} of 1 posture reminder; {missed} was missed or skipped.</source>
        <translation>Du hast {answered} von 1 Haltungserinnerung beantwortet; {missed} wurde verpasst oder übersprungen.</translation>
    </message>
    <message>
        <location filename="../../core/factors.py" line="342" />
        <source>You answered {answered} of 1 posture reminder; {missed} were missed or skipped.</source>
        <translation>Du hast {answered} von 1 Haltungserinnerung beantwortet; {missed} wurden verpasst oder übersprungen.</translation>
    </message>
    <message>
        <location filename="../../core/factors.py" line="347" />
        <source>You answered {answered} of {total} posture reminders; {missed} was missed or skipped.</source>
        <translation>Du hast {answered} von {total} Haltungserinnerungen beantwortet; {missed} wurde verpasst oder übersprungen.</translation>
    </message>
    <message>
        <location filename="../../core/factors.py" line="352" />
        <source>You answered {answered} of {total} posture reminders; {missed} were missed or skipped.</source>
        <translation>Du hast {answered} von {total} Haltungserinnerungen beantwortet; {missed} wurden verpasst oder übersprungen.</translation>
    </message>
    <message>
        <location filename="../../core/factors.py" line="371" />
        <source>On the 1 day you checked in, stress averaged {stress} out of 10 and hours at the desk {hours} a day.</source>
        <translation>An dem 1 Tag mit Check-in lag dein Stress bei {stress} von 10 und deine Zeit am Schreibtisch bei {hours} Stunden am Tag.</translation>
    </message>
    <message>
        <location filename="../../core/factors.py" line="377" />
        <source>On the {days} days you checked in, stress averaged {stress} out of 10 and hours at the desk {hours} a day.</source>
        <translation>An den {days} Tagen mit Check-in lag dein Stress im Schnitt bei {stress} von 10 und deine Zeit am Schreibtisch bei {hours} Stunden am Tag.</translation>
    </message>
    <message>
        <location filename="../../core/factors.py" line="385" />
        <source>On the 1 day you checked in, stress averaged {stress} out of 10.</source>
        <translation>An dem 1 Tag mit Check-in lag dein Stress bei {stress} von 10.</translation>
    </message>
    <message>
        <location filename="../../core/factors.py" line="387" />
        <source>On the {days} days you checked in, stress averaged {stress} out of 10.</source>
        <translation>An den {days} Tagen mit Check-in lag dein Stress im Schnitt bei {stress} von 10.</translation>
    </message>
    <message>
        <location filename="../../core/factors.py" line="393" />
        <source>On the 1 day you checked in, hours at the desk {hours} a day.</source>
        <translation>An dem 1 Tag mit Check-in lag deine Zeit am Schreibtisch bei {hours} Stunden am Tag.</translation>
    </message>
    <message>
        <location filename="../../core/factors.py" line="395" />
        <source>On the {days} days you checked in, hours at the desk {hours} a day.</source>
        <translation>An den {days} Tagen mit Check-in lag deine Zeit am Schreibtisch im Schnitt bei {hours} Stunden am Tag.</translation>
    </message>
    <message>
        <location filename="../../core/factors.py" line="420" />
        <source>In the {more} weeks {which}, average tenderness was {high}, about the same as in the other {less} weeks ({low}).</source>
        <translation>In den {more} Wochen {which} lag die Empfindlichkeit im Schnitt bei {high}, etwa so hoch wie in den übrigen {less} Wochen ({low}).</translation>
    </message>
    <message>
        <location filename="../../core/factors.py" line="426" />
        <source>In the {more} weeks {which}, average tenderness was {high}; in the other {less} weeks, {low}. This shows they went together, not that one caused the other.</source>
        <translation>In den {more} Wochen {which} lag die Empfindlichkeit im Schnitt bei {high}, in den übrigen {less} Wochen bei {low}. Das zeigt nur, dass beides zusammen auftrat, nicht, dass das eine das andere verursacht hat.</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <location filename="../../core/files.py" line="36" />
        <source>the file written has {stored} of {written} bytes</source>
        <translation>die geschriebene Datei hat {stored} von {written} Bytes</translation>
    </message>
</context>
<context>
    <name>general_settings</name>
    <message>
        <location filename="../../ui/general_settings.py" line="30" />
        <location filename="../../ui/general_settings.py" line="172" />
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../ui/general_settings.py" line="31" />
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../ui/general_settings.py" line="32" />
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../ui/general_settings.py" line="82" />
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <location filename="../../ui/general_settings.py" line="91" />
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location filename="../../ui/general_settings.py" line="93" />
        <source>Ball hold length</source>
        <translation>Dauer des Druckhaltens</translation>
    </message>
    <message>
        <location filename="../../ui/general_settings.py" line="94" />
        <source>Stretch length</source>
        <translation>Dauer der Dehnung</translation>
    </message>
    <message>
        <location filename="../../ui/general_settings.py" line="99" />
        <source>For the session built from your knots. A hold lasts 30–90 s, a stretch 10–60 s; routines keep their own times.</source>
        <translation>Für die Einheit aus deinen Knoten. Druckhalten dauert 30–90 s, eine Dehnung 10–60 s; Abläufe behalten ihre eigenen Zeiten.</translation>
    </message>
    <message>
        <location filename="../../ui/general_settings.py" line="109" />
        <source>Ball &amp;hold:</source>
        <translation>&amp;Druckhalten:</translation>
    </message>
    <message>
        <location filename="../../ui/general_settings.py" line="115" />
        <source>S&amp;tretch:</source>
        <translation>D&amp;ehnung:</translation>
    </message>
    <message>
        <location filename="../../ui/general_settings.py" line="164" />
        <source>Appearance and start</source>
        <translation>Aussehen und Start</translation>
    </message>
    <message>
        <location filename="../../ui/general_settings.py" line="179" />
        <source>Start Unknot in the tray when I log in</source>
        <translation>Unknot bei der Anmeldung im Infobereich starten</translation>
    </message>
    <message>
        <location filename="../../ui/general_settings.py" line="184" />
        <source>T&amp;heme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <location filename="../../ui/general_settings.py" line="186" />
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../ui/general_settings.py" line="189" />
        <source>&amp;Water in:</source>
        <translation>&amp;Wasser in:</translation>
    </message>
    <message>
        <location filename="../../ui/general_settings.py" line="193" />
        <source>Text follows your system's font size; change it there to make Unknot's text larger.</source>
        <translation>Die Schrift folgt der Schriftgröße deines Systems; stell sie dort größer, um Unknots Text zu vergrößern.</translation>
    </message>
    <message>
        <location filename="../../ui/general_settings.py" line="224" />
        <source>Not available on this system.</source>
        <translation>Auf diesem System nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../../ui/general_settings.py" line="248" />
        <source>The new language is used when Unknot starts again.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Unknot.</translation>
    </message>
</context>
<context>
    <name>instance_lock</name>
    <message>
        <location filename="../../core/instance_lock.py" line="69" />
        <source>{folder}: Unknot is already using this journal; quit it first</source>
        <translation>{folder}: Unknot benutzt dieses Tagebuch bereits; beende es zuerst</translation>
    </message>
    <message>
        <location filename="../../core/instance_lock.py" line="73" />
        <source>{folder}: Unknot is already running with this journal (process {pid}); quit it first</source>
        <translation>{folder}: Unknot läuft bereits mit diesem Tagebuch (Prozess {pid}); beende es zuerst</translation>
    </message>
    <message>
        <location filename="../../core/instance_lock.py" line="78" />
        <source>{folder}: Unknot is busy with this journal ({role}, process {pid}); try again later</source>
        <translation>{folder}: Unknot arbeitet gerade mit diesem Tagebuch ({role}, Prozess {pid}); versuch es später noch einmal</translation>
    </message>
    <message>
        <location filename="../../core/instance_lock.py" line="113" />
        <source>{path}: cannot open the lock file ({reason})</source>
        <translation>{path}: Die Sperrdatei kann nicht geöffnet werden ({reason})</translation>
    </message>
</context>
<context>
    <name>journal</name>
    <message>
        <location filename="../../core/journal.py" line="146" />
        <source>Part of your journal was damaged ({damage}), so its newest changes may be missing. Nothing was deleted: a copy was kept as {path}.</source>
        <translation>Ein Teil deines Tagebuchs war beschädigt ({damage}), daher fehlen vielleicht die neuesten Änderungen. Nichts wurde gelöscht: Eine Kopie liegt unter {path}.</translation>
    </message>
    <message>
        <location filename="../../core/journal.py" line="182" />
        <source>SQLite cannot open it ({error})</source>
        <translation>SQLite kann die Datei nicht öffnen ({error})</translation>
    </message>
    <message>
        <location filename="../../core/journal.py" line="192" />
        <source>SQLite cannot read it ({error})</source>
        <translation>SQLite kann die Datei nicht lesen ({error})</translation>
    </message>
    <message>
        <location filename="../../core/journal.py" line="197" />
        <source>PRAGMA quick_check found damage: {damage}</source>
        <translation>PRAGMA quick_check hat Schäden gefunden: {damage}</translation>
    </message>
    <message>
        <location filename="../../core/journal.py" line="200" />
        <source>it is an SQLite database, but not an Unknot journal</source>
        <translation>es ist eine SQLite-Datenbank, aber kein Unknot-Tagebuch</translation>
    </message>
    <message>
        <location filename="../../core/journal.py" line="214" />
        <source>{path}: cannot open the journal ({error})</source>
        <translation>{path}: das Tagebuch kann nicht geöffnet werden ({error})</translation>
    </message>
    <message>
        <location filename="../../core/journal.py" line="216" />
        <source>{path}: cannot open the journal: its folder is read-only ({error})</source>
        <translation>{path}: das Tagebuch kann nicht geöffnet werden: sein Ordner ist schreibgeschützt ({error})</translation>
    </message>
    <message>
        <location filename="../../core/journal.py" line="246" />
        <source>{path}: its -wal file does not match it and no copy of it could be kept ({reason}); the journal was not opened, nothing was changed</source>
        <translation>{path}: Die zugehörige -wal-Datei passt nicht dazu, und es konnte keine Kopie davon angelegt werden ({reason}); das Tagebuch wurde nicht geöffnet, nichts wurde geändert</translation>
    </message>
    <message>
        <location filename="../../core/journal.py" line="256" />
        <location filename="../../core/journal.py" line="1178" />
        <source>{path}: cannot read the journal ({reason})</source>
        <translation>{path}: das Tagebuch kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <location filename="../../core/journal.py" line="260" />
        <source>{path}: written by a newer Unknot (journal version {version}; this one reads up to {readable}); it was left untouched, update Unknot</source>
        <translation>{path}: von einem neueren Unknot geschrieben (Tagebuchversion {version}; dieses liest bis {readable}); es wurde nicht verändert, aktualisiere Unknot</translation>
    </message>
    <message>
        <location filename="../../core/journal.py" line="272" />
        <source>{path}: the journal could not be read ({damage}) nor moved aside ({reason}); it was left as it is</source>
        <translation>{path}: das Tagebuch konnte weder gelesen ({damage}) noch beiseitegelegt werden ({reason}); es wurde so gelassen, wie es ist</translation>
    </message>
    <message>
        <location filename="../../core/journal.py" line="310" />
        <source>{path}: cannot create the journal ({reason})</source>
        <translation>{path}: das Tagebuch kann nicht angelegt werden ({reason})</translation>
    </message>
    <message>
        <location filename="../../core/journal.py" line="495" />
        <source>{path}: cannot write the journal ({error})</source>
        <translation>{path}: in das Tagebuch kann nicht geschrieben werden ({error})</translation>
    </message>
    <message>
        <location filename="../../core/journal.py" line="504" />
        <source>{path}: cannot save to the journal ({error})</source>
        <translation>{path}: im Tagebuch kann nicht gespeichert werden ({error})</translation>
    </message>
    <message>
        <location filename="../../core/journal.py" line="608" />
        <source>no knot with id {id}</source>
        <translation>kein Knoten mit der ID {id}</translation>
    </message>
    <message>
        <location filename="../../core/journal.py" line="650" />
        <source>no rating of knot {id} at {at}</source>
        <translation>keine Bewertung des Knotens {id} um {at}</translation>
    </message>
    <message>
        <location filename="../../core/journal.py" line="1019" />
        <source>daily_check_ins: the check-in of {day} needs stress or desk_hours (or both)</source>
        <translation>daily_check_ins: der Check-in vom {day} braucht stress oder desk_hours (oder beides)</translation>
    </message>
    <message>
        <location filename="../../core/backups.py" line="141" />
        <location filename="../../core/journal.py" line="1306" />
        <source>{path}: backup failed ({error})</source>
        <translation>{path}: Sicherung fehlgeschlagen ({error})</translation>
    </message>
    <message>
        <location filename="../../core/journal.py" line="1314" />
        <source>{path}: cannot restore this backup: {damage}</source>
        <translation>{path}: diese Sicherung kann nicht wiederhergestellt werden: {damage}</translation>
    </message>
    <message>
        <location filename="../../core/journal.py" line="1317" />
        <source>{path}: made by a newer Unknot (version {version})</source>
        <translation>{path}: von einem neueren Unknot erstellt (Version {version})</translation>
    </message>
    <message>
        <location filename="../../core/journal.py" line="1324" />
        <source>{path}: restore failed ({error})</source>
        <translation>{path}: Wiederherstellen fehlgeschlagen ({error})</translation>
    </message>
</context>
<context>
    <name>journal_dialogs</name>
    <message>
        <location filename="../../ui/journal_dialogs.py" line="34" />
        <source>Your journal could not be read</source>
        <translation>Dein Tagebuch ließ sich nicht lesen</translation>
    </message>
    <message>
        <location filename="../../ui/journal_dialogs.py" line="36" />
        <source>Unknot could not read your journal, so it started a new, empty one.</source>
        <translation>Unknot konnte dein Tagebuch nicht lesen und hat deshalb ein neues, leeres angelegt.</translation>
    </message>
    <message>
        <location filename="../../ui/journal_dialogs.py" line="41" />
        <source>Nothing was deleted: the damaged file was kept as
{path}</source>
        <translation>Nichts wurde gelöscht: Die beschädigte Datei ist aufbewahrt als
{path}</translation>
    </message>
    <message>
        <location filename="../../ui/journal_dialogs.py" line="44" />
        <source>What was wrong: {damage}.</source>
        <translation>Was nicht stimmte: {damage}.</translation>
    </message>
    <message>
        <location filename="../../ui/journal_dialogs.py" line="48" />
        <source>The newest backup is from {day}.</source>
        <translation>Die neueste Sicherung ist vom {day}.</translation>
    </message>
    <message>
        <location filename="../../ui/journal_dialogs.py" line="56" />
        <source>Restore the backup of {day}</source>
        <translation>Sicherung vom {day} wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/journal_dialogs.py" line="62" />
        <source>Start with an empty journal</source>
        <translation>Mit leerem Tagebuch beginnen</translation>
    </message>
    <message>
        <location filename="../../ui/journal_dialogs.py" line="64" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/journal_dialogs.py" line="79" />
        <source>Restore failed</source>
        <translation>Wiederherstellen fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/journal_dialogs.py" line="83" />
        <source>Backup restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../ui/journal_dialogs.py" line="84" />
        <source>The journal now holds the backup of {day}.

The journal as it was just before is kept as
{path}</source>
        <translation>Das Tagebuch enthält jetzt die Sicherung vom {day}.

Das Tagebuch, wie es kurz davor war, ist aufbewahrt als
{path}</translation>
    </message>
    <message>
        <location filename="../../ui/journal_dialogs.py" line="99" />
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/journal_dialogs.py" line="101" />
        <source>Unknot backups ({pattern})</source>
        <translation>Unknot-Sicherungen ({pattern})</translation>
    </message>
    <message>
        <location filename="../../ui/journal_dialogs.py" line="110" />
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../../ui/journal_dialogs.py" line="111" />
        <source>Replace the journal with the backup {name}?

The journal as it is now is saved first, so nothing is lost.</source>
        <translation>Das Tagebuch durch die Sicherung {name} ersetzen?

Das Tagebuch, wie es jetzt ist, wird vorher gesichert, es geht also nichts verloren.</translation>
    </message>
</context>
<context>
    <name>knot_charts</name>
    <message>
        <location filename="../../ui/knot_charts.py" line="72" />
        <source>MMM yyyy</source>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/knot_charts.py" line="72" />
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <location filename="../../ui/knot_charts.py" line="84" />
        <source>1 session rated before and after; on average {points} points less tender just after the hold.</source>
        <translation>1 Einheit vorher und nachher bewertet; direkt nach dem Halten im Schnitt {points} Punkte weniger empfindlich.</translation>
    </message>
    <message>
        <location filename="../../ui/knot_charts.py" line="90" />
        <source>{count} sessions rated before and after; on average {points} points less tender just after the hold.</source>
        <translation>{count} Einheiten vorher und nachher bewertet; direkt nach dem Halten im Schnitt {points} Punkte weniger empfindlich.</translation>
    </message>
    <message>
        <location filename="../../ui/knot_charts.py" line="96" />
        <source>1 session rated before and after; on average {points} points more tender just after the hold.</source>
        <translation>1 Einheit vorher und nachher bewertet; direkt nach dem Halten im Schnitt {points} Punkte empfindlicher.</translation>
    </message>
    <message>
        <location filename="../../ui/knot_charts.py" line="102" />
        <source>{count} sessions rated before and after; on average {points} points more tender just after the hold.</source>
        <translation>{count} Einheiten vorher und nachher bewertet; direkt nach dem Halten im Schnitt {points} Punkte empfindlicher.</translation>
    </message>
    <message>
        <location filename="../../ui/knot_charts.py" line="166" />
        <source>Tenderness (0–10)</source>
        <translation>Druckempfindlichkeit (0–10)</translation>
    </message>
    <message>
        <location filename="../../ui/knot_charts.py" line="168" />
        <source>Focused care</source>
        <translation>Gezielte Einheiten</translation>
    </message>
    <message>
        <location filename="../../ui/knot_charts.py" line="169" />
        <source>Before → after, each session</source>
        <translation>Vorher → nachher, je Einheit</translation>
    </message>
    <message>
        <location filename="../../ui/knot_charts.py" line="190" />
        <source>Each day</source>
        <translation>Tageswerte</translation>
    </message>
    <message>
        <location filename="../../ui/knot_charts.py" line="197" />
        <source>Weekly mean</source>
        <translation>Wochenmittel</translation>
    </message>
    <message>
        <location filename="../../ui/knot_charts.py" line="217" />
        <source>Tenderness {first} on {first_day}, 1 day rated.</source>
        <translation>Empfindlichkeit {first} am {first_day}, an 1 Tag bewertet.</translation>
    </message>
    <message>
        <location filename="../../ui/knot_charts.py" line="221" />
        <source>Tenderness from {first} on {first_day} to {last} on {last_day}, {count} days rated.</source>
        <translation>Empfindlichkeit von {first} am {first_day} bis {last} am {last_day}, an {count} Tagen bewertet.</translation>
    </message>
    <message>
        <location filename="../../ui/knot_charts.py" line="234" />
        <source>No resting ratings in this span.</source>
        <translation>Keine Ruhebewertungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../../ui/knot_charts.py" line="241" />
        <source>Focused care per month</source>
        <translation>Gezielte Einheiten pro Monat</translation>
    </message>
    <message>
        <location filename="../../ui/knot_charts.py" line="243" />
        <source>Focused care per week</source>
        <translation>Gezielte Einheiten pro Woche</translation>
    </message>
    <message>
        <location filename="../../ui/knot_charts.py" line="245" />
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location filename="../../ui/knot_charts.py" line="248" />
        <source>Minutes of hold</source>
        <translation>Minuten Halten</translation>
    </message>
    <message>
        <location filename="../../ui/knot_charts.py" line="272" />
        <source>sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location filename="../../ui/knot_charts.py" line="278" />
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../ui/knot_charts.py" line="289" />
        <source>1 focused session and {minutes} minutes of hold from {start} to {end}.</source>
        <translation>1 gezielte Einheit und {minutes} Minuten Halten vom {start} bis zum {end}.</translation>
    </message>
    <message>
        <location filename="../../ui/knot_charts.py" line="294" />
        <source>{count} focused sessions and {minutes} minutes of hold from {start} to {end}.</source>
        <translation>{count} gezielte Einheiten und {minutes} Minuten Halten vom {start} bis zum {end}.</translation>
    </message>
    <message>
        <location filename="../../ui/knot_charts.py" line="310" />
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../../ui/knot_charts.py" line="312" />
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../../ui/knot_charts.py" line="330" />
        <source>No session rated this knot before and after a hold in this span.</source>
        <translation>In diesem Zeitraum wurde dieser Knoten in keiner Einheit vor und nach dem Halten bewertet.</translation>
    </message>
    <message>
        <location filename="../../ui/knot_charts.py" line="337" />
        <source>Before → after, the last session</source>
        <translation>Vorher → nachher, die letzte Einheit</translation>
    </message>
    <message>
        <location filename="../../ui/knot_charts.py" line="339" />
        <source>Before → after, the last {count} sessions</source>
        <translation>Vorher → nachher, die letzten {count} Einheiten</translation>
    </message>
</context>
<context>
    <name>knot_detail</name>
    <message>
        <location filename="../../ui/knot_detail.py" line="37" />
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <location filename="../../ui/knot_detail.py" line="38" />
        <source>Last 12 weeks</source>
        <translation>Letzte 12 Wochen</translation>
    </message>
    <message>
        <location filename="../../ui/knot_detail.py" line="39" />
        <source>Last 6 months</source>
        <translation>Letzte 6 Monate</translation>
    </message>
    <message>
        <location filename="../../ui/knot_detail.py" line="40" />
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <location filename="../../ui/knot_detail.py" line="41" />
        <source>Since it was marked</source>
        <translation>Seit der Markierung</translation>
    </message>
    <message>
        <location filename="../../ui/knot_detail.py" line="45" />
        <source>Acute knot: {standing}.</source>
        <translation>Akuter Knoten: {standing}.</translation>
    </message>
    <message>
        <location filename="../../ui/knot_detail.py" line="46" />
        <source>Chronic knot: {standing}.</source>
        <translation>Chronischer Knoten: {standing}.</translation>
    </message>
    <message>
        <location filename="../../ui/knot_detail.py" line="74" />
        <source>When to see a professional…</source>
        <translation>Wann du es fachlich abklären lassen solltest…</translation>
    </message>
    <message>
        <location filename="../../ui/knot_detail.py" line="76" />
        <source>Log a massage or treatment…</source>
        <translation>Massage oder Behandlung eintragen…</translation>
    </message>
    <message>
        <location filename="../../ui/knot_detail.py" line="96" />
        <source>Span of the charts</source>
        <translation>Zeitraum der Diagramme</translation>
    </message>
    <message>
        <location filename="../../ui/knot_detail.py" line="98" />
        <source>&amp;Show:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location filename="../../ui/knot_detail.py" line="100" />
        <source>Export this knot as CSV…</source>
        <translation>Diesen Knoten als CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/knot_detail.py" line="128" />
        <source>since {day}</source>
        <translation>seit {day}</translation>
    </message>
    <message>
        <location filename="../../ui/knot_detail.py" line="130" />
        <source>marked on {day}</source>
        <translation>markiert am {day}</translation>
    </message>
    <message>
        <location filename="../../ui/knot_detail.py" line="134" />
        <source>{activity}, {depth}, {since}.</source>
        <translation>{activity}, {depth}, {since}.</translation>
    </message>
    <message>
        <location filename="../../ui/knot_detail.py" line="139" />
        <source>After the last hold: {value}.</source>
        <translation>Nach dem letzten Halten: {value}.</translation>
    </message>
    <message>
        <location filename="../../ui/knot_detail.py" line="146" />
        <source>A focused session is due today.</source>
        <translation>Heute ist eine gezielte Einheit fällig.</translation>
    </message>
    <message>
        <location filename="../../ui/knot_detail.py" line="148" />
        <source>No session due today.</source>
        <translation>Heute ist keine Einheit fällig.</translation>
    </message>
    <message>
        <location filename="../../ui/knot_detail.py" line="152" />
        <source>{suggestion}: {reason}.</source>
        <translation>{suggestion}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/knot_detail.py" line="159" />
        <source>{knot}. {standing} {due} {suggestion}</source>
        <translation>{knot}. {standing} {due} {suggestion}</translation>
    </message>
</context>
<context>
    <name>knot_map</name>
    <message>
        <location filename="../../core/knot_map.py" line="77" />
        <source>not rated yet</source>
        <translation>noch nicht bewertet</translation>
    </message>
    <message>
        <location filename="../../core/knot_map.py" line="79" />
        <source>tenderness {n}</source>
        <translation>Empfindlichkeit {n}</translation>
    </message>
    <message>
        <location filename="../../core/knot_map.py" line="105" />
        <source>No muscle of the map there. Press inside a muscle to mark a knot.</source>
        <translation>Dort ist kein Muskel der Karte. Klicke in einen Muskel, um einen Knoten zu markieren.</translation>
    </message>
</context>
<context>
    <name>knot_marker</name>
    <message>
        <location filename="../../ui/knot_marker.py" line="131" />
        <source>0 to 9 rate it, the arrow keys move it, Delete removes it, Escape deselects it</source>
        <translation>0 bis 9 bewerten ihn, die Pfeiltasten verschieben ihn, Entf löscht ihn, Esc hebt die Auswahl auf</translation>
    </message>
</context>
<context>
    <name>knot_panel</name>
    <message>
        <location filename="../../ui/knot_panel.py" line="46" />
        <source>Tab and Shift+Tab move between knots · 0–9 rate (1 then 0 is 10) · arrows move the knot (Shift: further) · Delete removes it · F and B show front and back · + and − zoom</source>
        <translation>Tab und Umschalt+Tab wechseln zwischen den Knoten · 0–9 bewerten (1, dann 0 ist 10) · die Pfeiltasten verschieben den Knoten (mit Umschalt: weiter) · Entf löscht ihn · F und B zeigen Vorder- und Rückseite · + und − zoomen</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="52" />
        <source>days ago</source>
        <translation>Tage her</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="53" />
        <source>weeks ago</source>
        <translation>Wochen her</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="54" />
        <source>months ago</source>
        <translation>Monate her</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="55" />
        <source>years ago</source>
        <translation>Jahre her</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="106" />
        <source>No knot selected</source>
        <translation>Kein Knoten ausgewählt</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="111" />
        <source>Press a muscle on the map to mark a knot there, or choose the muscle here.</source>
        <translation>Drück auf der Karte auf einen Muskel, um dort einen Knoten zu markieren, oder wähl den Muskel hier aus.</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="118" />
        <source>Mark a knot</source>
        <translation>Knoten markieren</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="120" />
        <source>&amp;Muscle:</source>
        <translation>&amp;Muskel:</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="145" />
        <location filename="../../ui/knot_panel.py" line="152" />
        <source>Muscle</source>
        <translation>Muskel</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="159" />
        <source>How it hurts</source>
        <translation>Wie er schmerzt</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="161" />
        <source>Active: hurts at rest</source>
        <translation>Aktiv: schmerzt auch in Ruhe</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="162" />
        <source>Latent: only when pressed</source>
        <translation>Latent: nur bei Druck</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="167" />
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="169" />
        <source>Superficial</source>
        <translation>Oberflächlich</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="170" />
        <source>Deep</source>
        <translation>Tief</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="175" />
        <location filename="../../ui/knot_panel.py" line="182" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="177" />
        <source>What makes it worse or better, what you tried…</source>
        <translation>Was es schlimmer oder besser macht, was du ausprobiert hast …</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="185" />
        <source>Mark resolved</source>
        <translation>Als abgeklungen markieren</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="187" />
        <source>This knot has gone: hide it from the map</source>
        <translation>Dieser Knoten ist weg: auf der Karte ausblenden</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="190" />
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="192" />
        <source>Stop following this knot but keep its history</source>
        <translation>Diesen Knoten nicht mehr verfolgen, seinen Verlauf aber behalten</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="195" />
        <source>Follow again</source>
        <translation>Wieder verfolgen</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="197" />
        <source>Show this knot on the map again and follow it</source>
        <translation>Diesen Knoten wieder auf der Karte zeigen und verfolgen</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="200" />
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="202" />
        <source>Delete this knot and its ratings (asks first)</source>
        <translation>Diesen Knoten und seine Bewertungen löschen (mit Rückfrage)</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="218" />
        <source>Tenderness now</source>
        <translation>Empfindlichkeit jetzt</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="233" />
        <source>Tenderness, 0 to 10</source>
        <translation>Druckempfindlichkeit, 0 bis 10</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="247" />
        <source>Rate {value}</source>
        <translation>Mit {value} bewerten</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="260" />
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="261" />
        <source>Some time ago</source>
        <translation>Vor einiger Zeit</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="262" />
        <source>On a date</source>
        <translation>An einem Datum</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="268" />
        <source>How long ago</source>
        <translation>Wie lange her</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="271" />
        <source>Unit of time</source>
        <translation>Zeiteinheit</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="282" />
        <location filename="../../ui/knot_panel.py" line="411" />
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="283" />
        <source>Date it started</source>
        <translation>Datum des Beginns</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="288" />
        <source>&amp;Started</source>
        <translation>&amp;Seit wann</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="356" />
        <source>{muscle} (under the knot)</source>
        <translation>{muscle} (unter dem Knoten)</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="362" />
        <source>Tenderness not rated yet</source>
        <translation>Empfindlichkeit noch nicht bewertet</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="364" />
        <source>Tenderness {value} out of 10</source>
        <translation>Empfindlichkeit {value} von 10</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="549" />
        <source>Not rated yet.</source>
        <translation>Noch nicht bewertet.</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="551" />
        <source>No resting rating yet: rate it now, before a hold.</source>
        <translation>Noch keine Ruhebewertung: Bewerte ihn jetzt, vor dem Halten.</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="555" />
        <source>Last rated {when}.</source>
        <translation>Zuletzt bewertet {when}.</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="409" />
        <source>Started {ago} ({date}).</source>
        <translation>Begonnen {ago} ({date}).</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="538" />
        <source>{label} (resolved)</source>
        <translation>{label} (abgeklungen)</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="540" />
        <source>{label} (archived)</source>
        <translation>{label} (archiviert)</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="557" />
        <source>After the last hold: {value}.</source>
        <translation>Nach dem letzten Halten: {value}.</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="567" />
        <source>today at {time}</source>
        <translation>heute um {time}</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="569" />
        <source>yesterday at {time}</source>
        <translation>gestern um {time}</translation>
    </message>
    <message>
        <location filename="../../ui/knot_panel.py" line="570" />
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
</context>
<context>
    <name>logs</name>
    <message>
        <location filename="../../core/logs.py" line="37" />
        <source>{path}: cannot write the log ({reason})</source>
        <translation>{path}: Das Protokoll kann nicht geschrieben werden ({reason})</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <location filename="../../ui/main_window.py" line="52" />
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="53" />
        <source>Body map</source>
        <translation>Körperkarte</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="54" />
        <source>Session</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="55" />
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="56" />
        <source>Routines</source>
        <translation>Abläufe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="57" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96" />
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264" />
        <location filename="../../ui/main_window.py" line="268" />
        <source>Safety information</source>
        <translation>Sicherheitshinweise</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266" />
        <source>When to stop, where not to press (F1)</source>
        <translation>Wann du aufhören solltest, wo du nicht drücken darfst (F1)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="290" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297" />
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305" />
        <source>&amp;Safety information</source>
        <translation>&amp;Sicherheitshinweise</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="309" />
        <source>&amp;Welcome and first steps…</source>
        <translation>&amp;Willkommen und erste Schritte …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="311" />
        <source>&amp;About {app}</source>
        <translation>Ü&amp;ber {app}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="345" />
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="347" />
        <source>Find, treat and follow your muscle knots.</source>
        <translation>Muskelknoten finden, behandeln und verfolgen.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349" />
        <source>Not medical advice. See Help → Safety information.</source>
        <translation>Kein medizinischer Rat. Siehe Hilfe → Sicherheitshinweise.</translation>
    </message>
</context>
<context>
    <name>muscles</name>
    <message>
        <location filename="../../core/muscles.py" line="21" />
        <source>Do not press into the front or side of the neck (the carotid area). Use gentle stretches here, or ask a professional.</source>
        <translation>Drücke nicht auf die Vorderseite oder die Seite des Halses (Bereich der Halsschlagader). Nutze hier sanfte Dehnungen oder frag eine Fachperson.</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="26" />
        <source>Press the muscle beside the spine, never the spine itself.</source>
        <translation>Drücke auf den Muskel neben der Wirbelsäule, nie auf die Wirbelsäule selbst.</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="29" />
        <source>Keep off the back of the knee.</source>
        <translation>Lass die Kniekehle aus.</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="30" />
        <source>Left {muscle}</source>
        <translation>{muscle} links</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="31" />
        <source>Right {muscle}</source>
        <translation>{muscle} rechts</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="89" />
        <source>Temporalis</source>
        <translation>Schläfenmuskel (Temporalis)</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="92" />
        <source>The temple, above and in front of the ear.</source>
        <translation>Die Schläfe, über und vor dem Ohr.</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="96" />
        <source>Masseter</source>
        <translation>Kaumuskel (Masseter)</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="99" />
        <source>The jaw muscle in front of the ear lobe.</source>
        <translation>Der Kiefermuskel vor dem Ohrläppchen.</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="103" />
        <source>Suboccipitals</source>
        <translation>Subokzipitale Muskeln</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="106" />
        <source>Under the base of the skull, either side of the neck's midline.</source>
        <translation>Unter dem Schädelrand, beiderseits der Mitte des Nackens.</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="113" />
        <source>Sternocleidomastoid</source>
        <translation>Kopfwender (Sternocleidomastoideus)</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="116" />
        <source>The diagonal cord at the side of the neck, from behind the ear to the collarbone.</source>
        <translation>Der schräge Strang an der Halsseite, von hinter dem Ohr bis zum Schlüsselbein.</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="124" />
        <source>Scalenes</source>
        <translation>Treppenmuskeln (Skalenus)</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="127" />
        <source>Deep in the side of the neck, above the collarbone.</source>
        <translation>Tief in der Halsseite, über dem Schlüsselbein.</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="132" />
        <source>Upper trapezius</source>
        <translation>Oberer Trapezius</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="135" />
        <source>The top of the shoulder, from the neck to the shoulder tip.</source>
        <translation>Die Schulteroberseite, vom Hals bis zur Schulterspitze.</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="139" />
        <source>Levator scapulae</source>
        <translation>Schulterblattheber (Levator scapulae)</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="142" />
        <source>Back of the neck's side, down to the upper inner corner of the shoulder blade.</source>
        <translation>Hintere Halsseite, hinunter bis zum oberen inneren Winkel des Schulterblatts.</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="149" />
        <source>Middle trapezius</source>
        <translation>Mittlerer Trapezius</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="152" />
        <source>Between the spine and the top of the shoulder blade.</source>
        <translation>Zwischen der Wirbelsäule und dem oberen Teil des Schulterblatts.</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="156" />
        <source>Lower trapezius</source>
        <translation>Unterer Trapezius</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="159" />
        <source>From the lower shoulder blade down towards the middle of the back.</source>
        <translation>Vom unteren Schulterblatt hinunter zur Mitte des Rückens.</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="165" />
        <source>Rhomboids</source>
        <translation>Rautenmuskeln (Rhomboideen)</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="168" />
        <source>Between the spine and the inner edge of the shoulder blade.</source>
        <translation>Zwischen der Wirbelsäule und dem inneren Rand des Schulterblatts.</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="173" />
        <source>Supraspinatus</source>
        <translation>Obergrätenmuskel (Supraspinatus)</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="176" />
        <source>Above the ridge of the shoulder blade, under the upper trapezius.</source>
        <translation>Über der Schulterblattgräte, unter dem oberen Trapezius.</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="182" />
        <source>Infraspinatus</source>
        <translation>Untergrätenmuskel (Infraspinatus)</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="185" />
        <source>The flat of the shoulder blade, below its ridge.</source>
        <translation>Die Fläche des Schulterblatts, unter seiner Gräte.</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="189" />
        <source>Teres minor</source>
        <translation>Kleiner Rundmuskel (Teres minor)</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="192" />
        <source>The outer edge of the shoulder blade, just below the back of the shoulder.</source>
        <translation>Der äußere Rand des Schulterblatts, knapp unter der Schulterrückseite.</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="198" />
        <source>Teres major</source>
        <translation>Großer Rundmuskel (Teres major)</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="201" />
        <source>The lower outer corner of the shoulder blade, towards the armpit.</source>
        <translation>Der untere äußere Winkel des Schulterblatts, zur Achsel hin.</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="207" />
        <source>Deltoid</source>
        <translation>Deltamuskel</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="210" />
        <source>The cap of the shoulder.</source>
        <translation>Die Schulterkappe.</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="214" />
        <source>Pectoralis major</source>
        <translation>Großer Brustmuskel</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="217" />
        <source>The broad chest muscle, from the breastbone to the front of the armpit.</source>
        <translation>Der breite Brustmuskel, vom Brustbein bis zur Vorderseite der Achsel.</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="223" />
        <source>Pectoralis minor area</source>
        <translation>Bereich des kleinen Brustmuskels</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="226" />
        <source>Under the chest muscle, just below the outer end of the collarbone.</source>
        <translation>Unter dem Brustmuskel, knapp unter dem äußeren Ende des Schlüsselbeins.</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="232" />
        <source>Latissimus dorsi</source>
        <translation>Breiter Rückenmuskel (Latissimus)</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="235" />
        <source>The wide muscle of the side of the back, from below the armpit to the low back.</source>
        <translation>Der breite Muskel an der Seite des Rückens, von unterhalb der Achsel bis zum unteren Rücken.</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="242" />
        <source>Erector spinae</source>
        <translation>Rückenstrecker</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="245" />
        <source>The long columns either side of the spine.</source>
        <translation>Die langen Muskelstränge beiderseits der Wirbelsäule.</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="250" />
        <source>Quadratus lumborum</source>
        <translation>Quadratischer Lendenmuskel</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="253" />
        <source>Deep in the low back, between the lowest rib and the top of the hip bone.</source>
        <translation>Tief im unteren Rücken, zwischen der untersten Rippe und dem oberen Rand des Beckenknochens.</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="260" />
        <source>Biceps</source>
        <translation>Bizeps</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="263" />
        <source>The front of the upper arm.</source>
        <translation>Die Vorderseite des Oberarms.</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="267" />
        <source>Triceps</source>
        <translation>Trizeps</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="270" />
        <source>The back of the upper arm.</source>
        <translation>Die Rückseite des Oberarms.</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="274" />
        <source>Wrist flexors</source>
        <translation>Handgelenkbeuger</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="277" />
        <source>The palm side of the forearm, below the elbow.</source>
        <translation>Die Innenseite des Unterarms (Handflächenseite), unterhalb des Ellbogens.</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="281" />
        <source>Wrist extensors</source>
        <translation>Handgelenkstrecker</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="284" />
        <source>The back of the forearm below the elbow: the side that faces up at a mouse.</source>
        <translation>Die Oberseite des Unterarms unterhalb des Ellbogens: die Seite, die an der Maus nach oben zeigt.</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="290" />
        <source>Gluteus medius</source>
        <translation>Mittlerer Gesäßmuskel</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="293" />
        <source>The upper outer buttock, just below the rim of the hip bone.</source>
        <translation>Der obere äußere Teil des Gesäßes, knapp unter dem Rand des Beckenknochens.</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="299" />
        <source>Gluteus maximus</source>
        <translation>Großer Gesäßmuskel</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="302" />
        <source>The bulk of the buttock.</source>
        <translation>Der Hauptteil des Gesäßes.</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="306" />
        <source>Piriformis</source>
        <translation>Piriformis</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="309" />
        <source>Deep in the middle of the buttock, under the gluteus maximus.</source>
        <translation>Tief in der Mitte des Gesäßes, unter dem großen Gesäßmuskel.</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="315" />
        <source>Tensor fasciae latae</source>
        <translation>Schenkelbindenspanner (Tensor fasciae latae)</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="318" />
        <source>The front of the hip's outer side, just below the hip bone.</source>
        <translation>Der vordere Teil der Hüftaußenseite, knapp unter dem Beckenknochen.</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="322" />
        <source>Quadriceps</source>
        <translation>Quadrizeps</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="325" />
        <source>The front of the thigh.</source>
        <translation>Die Vorderseite des Oberschenkels.</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="329" />
        <source>Hamstrings</source>
        <translation>Hintere Oberschenkelmuskeln</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="332" />
        <source>The back of the thigh.</source>
        <translation>Die Rückseite des Oberschenkels.</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="337" />
        <source>Calves</source>
        <translation>Waden</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="340" />
        <source>The back of the lower leg.</source>
        <translation>Die Rückseite des Unterschenkels.</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="345" />
        <source>Sole of the foot</source>
        <translation>Fußsohle</translation>
    </message>
    <message>
        <location filename="../../core/muscles.py" line="348" />
        <source>The underside of the foot.</source>
        <translation>Die Unterseite des Fußes.</translation>
    </message>
</context>
<context>
    <name>odd_times</name>
    <message>
        <location filename="../../core/odd_times.py" line="24" />
        <source>knot</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../../core/odd_times.py" line="25" />
        <source>session</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../../core/odd_times.py" line="26" />
        <source>rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../core/odd_times.py" line="27" />
        <source>session step</source>
        <translation>Schritt einer Einheit</translation>
    </message>
    <message>
        <location filename="../../core/odd_times.py" line="28" />
        <source>glass of water</source>
        <translation>Glas Wasser</translation>
    </message>
    <message>
        <location filename="../../core/odd_times.py" line="29" />
        <source>posture check</source>
        <translation>Haltungscheck</translation>
    </message>
    <message>
        <location filename="../../core/odd_times.py" line="30" />
        <source>reminder answer</source>
        <translation>Antwort auf eine Erinnerung</translation>
    </message>
    <message>
        <location filename="../../core/odd_times.py" line="31" />
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../core/odd_times.py" line="32" />
        <source>daily check-in</source>
        <translation>täglicher Check-in</translation>
    </message>
    <message>
        <location filename="../../core/odd_times.py" line="35" />
        <source>hold step</source>
        <translation>Halteschritt</translation>
    </message>
    <message>
        <location filename="../../core/odd_times.py" line="36" />
        <source>stretch step</source>
        <translation>Dehnschritt</translation>
    </message>
    <message>
        <location filename="../../core/odd_times.py" line="37" />
        <source>foam-roll step</source>
        <translation>Faszienrollen-Schritt</translation>
    </message>
    <message>
        <location filename="../../core/odd_times.py" line="38" />
        <source>rest step</source>
        <translation>Pausenschritt</translation>
    </message>
    <message>
        <location filename="../../core/odd_times.py" line="68" />
        <source>a {what} whose time is not a number</source>
        <translation>{what} mit einer Zeit, die keine Zahl ist</translation>
    </message>
    <message>
        <location filename="../../core/odd_times.py" line="70" />
        <source>a {what} dated after the year 9999</source>
        <translation>{what} mit einem Datum nach dem Jahr 9999</translation>
    </message>
    <message>
        <location filename="../../core/odd_times.py" line="72" />
        <source>a {what} dated before the year 1</source>
        <translation>{what} mit einem Datum vor dem Jahr 1</translation>
    </message>
    <message>
        <location filename="../../core/odd_times.py" line="74" />
        <source>a {what} dated {when}</source>
        <translation>{what} mit Datum {when}</translation>
    </message>
</context>
<context>
    <name>odd_times_notice</name>
    <message>
        <location filename="../../ui/odd_times_notice.py" line="36" />
        <source>Your journal holds times that cannot be right. Unknot shows them at the nearest date it can; remove or fix them here.</source>
        <translation>Dein Tagebuch enthält Zeiten, die nicht stimmen können. Unknot zeigt sie beim nächsten Datum, das es darstellen kann; entferne oder korrigiere sie hier.</translation>
    </message>
    <message>
        <location filename="../../ui/odd_times_notice.py" line="76" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/odd_times_notice.py" line="78" />
        <source>Fix</source>
        <translation>Korrigieren</translation>
    </message>
    <message>
        <location filename="../../ui/odd_times_notice.py" line="87" />
        <source>and {count} more</source>
        <translation>und {count} weitere</translation>
    </message>
    <message>
        <location filename="../../ui/odd_times_notice.py" line="102" />
        <source>Remove this row?</source>
        <translation>Diesen Eintrag entfernen?</translation>
    </message>
    <message>
        <location filename="../../ui/odd_times_notice.py" line="103" />
        <source>Remove {row} from your journal?</source>
        <translation>{row} aus deinem Tagebuch entfernen?</translation>
    </message>
    <message>
        <location filename="../../ui/odd_times_notice.py" line="105" />
        <source>Fix this time?</source>
        <translation>Diese Zeit korrigieren?</translation>
    </message>
    <message>
        <location filename="../../ui/odd_times_notice.py" line="106" />
        <source>Give {row} a time that can be right (now, or its first rating)?</source>
        <translation>{row} eine Zeit geben, die stimmen kann (jetzt oder die seiner ersten Bewertung)?</translation>
    </message>
</context>
<context>
    <name>onset</name>
    <message>
        <location filename="../../core/onset.py" line="28" />
        <source>Jan</source>
        <translation>Jan.</translation>
    </message>
    <message>
        <location filename="../../core/onset.py" line="29" />
        <source>Feb</source>
        <translation>Feb.</translation>
    </message>
    <message>
        <location filename="../../core/onset.py" line="30" />
        <source>Mar</source>
        <translation>März</translation>
    </message>
    <message>
        <location filename="../../core/onset.py" line="31" />
        <source>Apr</source>
        <translation>Apr.</translation>
    </message>
    <message>
        <location filename="../../core/onset.py" line="32" />
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location filename="../../core/onset.py" line="33" />
        <source>Jun</source>
        <translation>Juni</translation>
    </message>
    <message>
        <location filename="../../core/onset.py" line="34" />
        <source>Jul</source>
        <translation>Juli</translation>
    </message>
    <message>
        <location filename="../../core/onset.py" line="35" />
        <source>Aug</source>
        <translation>Aug.</translation>
    </message>
    <message>
        <location filename="../../core/onset.py" line="36" />
        <source>Sep</source>
        <translation>Sept.</translation>
    </message>
    <message>
        <location filename="../../core/onset.py" line="37" />
        <source>Oct</source>
        <translation>Okt.</translation>
    </message>
    <message>
        <location filename="../../core/onset.py" line="38" />
        <source>Nov</source>
        <translation>Nov.</translation>
    </message>
    <message>
        <location filename="../../core/onset.py" line="39" />
        <source>Dec</source>
        <translation>Dez.</translation>
    </message>
    <message>
        <location filename="../../core/onset.py" line="77" />
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../../core/onset.py" line="79" />
        <source>in the future</source>
        <translation>in der Zukunft</translation>
    </message>
    <message>
        <location filename="../../core/onset.py" line="83" />
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../../core/onset.py" line="85" />
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <location filename="../../core/onset.py" line="86" />
        <source>{n} days ago</source>
        <translation>vor {n} Tagen</translation>
    </message>
    <message>
        <location filename="../../core/onset.py" line="89" />
        <source>about {n} weeks ago</source>
        <translation>vor etwa {n} Wochen</translation>
    </message>
    <message>
        <location filename="../../core/onset.py" line="91" />
        <source>about {n} months ago</source>
        <translation>vor etwa {n} Monaten</translation>
    </message>
    <message>
        <location filename="../../core/onset.py" line="93" />
        <source>about {n} years ago</source>
        <translation>vor etwa {n} Jahren</translation>
    </message>
    <message>
        <location filename="../../core/onset.py" line="106" />
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <location filename="../../core/onset.py" line="109" />
        <source>{day} {month}</source>
        <translation>{day}. {month}</translation>
    </message>
</context>
<context>
    <name>paths</name>
    <message>
        <location filename="../../core/paths.py" line="75" />
        <source>{path}: cannot use this folder ({reason})</source>
        <translation>{path}: dieser Ordner kann nicht benutzt werden ({reason})</translation>
    </message>
    <message>
        <location filename="../../core/paths.py" line="79" />
        <source>{path}: exists but is not a folder</source>
        <translation>{path}: existiert, ist aber kein Ordner</translation>
    </message>
    <message>
        <location filename="../../core/paths.py" line="86" />
        <source>{path}: cannot create folder ({reason})</source>
        <translation>{path}: der Ordner kann nicht angelegt werden ({reason})</translation>
    </message>
</context>
<context>
    <name>pending_writes</name>
    <message>
        <location filename="../../core/pending_writes.py" line="79" />
        <source>not a moment: {text}</source>
        <translation>kein Zeitpunkt: {text}</translation>
    </message>
    <message>
        <location filename="../../core/pending_writes.py" line="122" />
        <source>not a list of knots</source>
        <translation>keine Liste von Knoten</translation>
    </message>
    <message>
        <location filename="../../core/pending_writes.py" line="196" />
        <source>not a write</source>
        <translation>kein Schreibvorgang</translation>
    </message>
    <message>
        <location filename="../../core/pending_writes.py" line="202" />
        <source>not a knot</source>
        <translation>kein Knoten</translation>
    </message>
    <message>
        <location filename="../../core/pending_writes.py" line="243" />
        <source>no table</source>
        <translation>keine Tabelle</translation>
    </message>
    <message>
        <location filename="../../core/pending_writes.py" line="248" />
        <source>not a journal write: {operation}</source>
        <translation>kein Schreibvorgang des Tagebuchs: {operation}</translation>
    </message>
    <message>
        <location filename="../../core/pending_writes.py" line="315" />
        <source>something went wrong; see the log</source>
        <translation>etwas ist schiefgegangen; sieh im Protokoll nach</translation>
    </message>
    <message>
        <location filename="../../core/pending_writes.py" line="317" />
        <source>Not saved yet: {error}</source>
        <translation>Noch nicht gespeichert: {error}</translation>
    </message>
    <message>
        <location filename="../../core/pending_writes.py" line="323" />
        <source>Not saved: {error}</source>
        <translation>Nicht gespeichert: {error}</translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <location filename="../../core/plan.py" line="68" />
        <source>A long-standing knot: plan one focused session a week for four to eight weeks, with stretching, water and posture care in between. Deep knots usually take longer.</source>
        <translation>Ein länger bestehender Knoten: Plane vier bis acht Wochen lang eine gezielte Einheit pro Woche, dazwischen Dehnen, genug Wasser und ein Blick auf die Haltung. Tiefe Knoten brauchen meist länger.</translation>
    </message>
    <message>
        <location filename="../../core/plan.py" line="74" />
        <source>A long-standing knot: plan one focused session a week for four to eight weeks, with stretching, water and posture care in between.</source>
        <translation>Ein länger bestehender Knoten: Plane vier bis acht Wochen lang eine gezielte Einheit pro Woche, dazwischen Dehnen, genug Wasser und ein Blick auf die Haltung.</translation>
    </message>
    <message>
        <location filename="../../core/plan.py" line="109" />
        <source>Carry on with the plan</source>
        <translation>Weiter nach Plan</translation>
    </message>
    <message>
        <location filename="../../core/plan.py" line="110" />
        <source>This knot looks resolved</source>
        <translation>Dieser Knoten scheint abgeklungen</translation>
    </message>
    <message>
        <location filename="../../core/plan.py" line="111" />
        <source>Rising: consider seeing a professional</source>
        <translation>Steigend: lass es fachlich abklären</translation>
    </message>
    <message>
        <location filename="../../core/plan.py" line="114" />
        <source>Not improving: consider seeing a professional</source>
        <translation>Keine Besserung: lass es fachlich abklären</translation>
    </message>
    <message>
        <location filename="../../core/plan.py" line="56" />
        <source>A recent knot: one to three focused sessions may bring clear relief. Rate it again tomorrow and treat it again in a day or two. Deep knots usually take longer.</source>
        <translation>Ein frischer Knoten: Ein bis drei gezielte Einheiten können deutliche Linderung bringen. Bewerte ihn morgen wieder und behandle ihn in ein, zwei Tagen erneut. Tiefe Knoten brauchen meist länger.</translation>
    </message>
    <message>
        <location filename="../../core/plan.py" line="62" />
        <source>A recent knot: one to three focused sessions may bring clear relief. Rate it again tomorrow and treat it again in a day or two.</source>
        <translation>Ein frischer Knoten: Ein bis drei gezielte Einheiten können deutliche Linderung bringen. Bewerte ihn morgen wieder und behandle ihn in ein, zwei Tagen erneut.</translation>
    </message>
    <message>
        <location filename="../../core/plan.py" line="117" />
        <source>No resting rating yet: rate it before a hold or in a check-in</source>
        <translation>Noch keine Ruhebewertung: Bewerte ihn vor dem Halten oder im Check-in</translation>
    </message>
    <message>
        <location filename="../../core/plan.py" line="189" />
        <source>not started: {low}–{high} focused sessions may bring relief</source>
        <translation>noch nicht begonnen: {low}–{high} gezielte Einheiten können Linderung bringen</translation>
    </message>
    <message>
        <location filename="../../core/plan.py" line="191" />
        <source>session {session} (usually {low}–{high})</source>
        <translation>Einheit {session} (meist {low}–{high})</translation>
    </message>
    <message>
        <location filename="../../core/plan.py" line="193" />
        <source>session {session} of {low}–{high}</source>
        <translation>Einheit {session} von {low}–{high}</translation>
    </message>
    <message>
        <location filename="../../core/plan.py" line="198" />
        <source>not started: a session a week for {low}–{high} weeks, deep knots nearer {high}</source>
        <translation>noch nicht begonnen: eine Einheit pro Woche für {low}–{high} Wochen, bei tiefen Knoten eher {high}</translation>
    </message>
    <message>
        <location filename="../../core/plan.py" line="202" />
        <source>not started: a session a week for {low}–{high} weeks</source>
        <translation>noch nicht begonnen: eine Einheit pro Woche für {low}–{high} Wochen</translation>
    </message>
    <message>
        <location filename="../../core/plan.py" line="204" />
        <source>week {week} (the first phase is usually {low}–{high} weeks)</source>
        <translation>Woche {week} (die erste Phase dauert meist {low}–{high} Wochen)</translation>
    </message>
    <message>
        <location filename="../../core/plan.py" line="206" />
        <source>week {week} of {low}–{high}, deep knots nearer {high}</source>
        <translation>Woche {week} von {low}–{high}, bei tiefen Knoten eher {high}</translation>
    </message>
    <message>
        <location filename="../../core/plan.py" line="208" />
        <source>week {week} of {low}–{high}</source>
        <translation>Woche {week} von {low}–{high}</translation>
    </message>
    <message>
        <location filename="../../core/plan.py" line="230" />
        <source>only ratings after a hold so far: {values}</source>
        <translation>bisher nur Bewertungen nach dem Halten: {values}</translation>
    </message>
    <message>
        <location filename="../../core/plan.py" line="243" />
        <source>the last {count} ratings were {values} over {days} days</source>
        <translation>die letzten {count} Bewertungen waren {values}, über {days} Tage</translation>
    </message>
    <message>
        <location filename="../../core/plan.py" line="249" />
        <source>tenderness rose from {first} to {last} over the last {days} days</source>
        <translation>die Empfindlichkeit stieg in den letzten {days} Tagen von {first} auf {last}</translation>
    </message>
    <message>
        <location filename="../../core/plan.py" line="275" />
        <source>{weeks} weeks on the plan and tenderness rose by {rise}, from {baseline} to {current} (its mean over the last 7 days)</source>
        <translation>{weeks} Wochen nach Plan, und die Empfindlichkeit stieg um {rise}, von {baseline} auf {current} (ihr Mittel der letzten 7 Tage)</translation>
    </message>
    <message>
        <location filename="../../core/plan.py" line="281" />
        <source>{weeks} weeks on the plan and tenderness rose by {rise}, from {baseline} to {current} (its tenderness now)</source>
        <translation>{weeks} Wochen nach Plan, und die Empfindlichkeit stieg um {rise}, von {baseline} auf {current} (ihre Empfindlichkeit jetzt)</translation>
    </message>
    <message>
        <location filename="../../core/plan.py" line="287" />
        <source>{weeks} weeks on the plan and tenderness went from {baseline} to {current} (its mean over the last 7 days), a drop of {drop} (less than {needed})</source>
        <translation>{weeks} Wochen nach Plan, und die Empfindlichkeit ging von {baseline} auf {current} (ihr Mittel der letzten 7 Tage), ein Rückgang um {drop} (weniger als {needed})</translation>
    </message>
    <message>
        <location filename="../../core/plan.py" line="293" />
        <source>{weeks} weeks on the plan and tenderness went from {baseline} to {current} (its tenderness now), a drop of {drop} (less than {needed})</source>
        <translation>{weeks} Wochen nach Plan, und die Empfindlichkeit ging von {baseline} auf {current} (ihre Empfindlichkeit jetzt), ein Rückgang um {drop} (weniger als {needed})</translation>
    </message>
</context>
<context>
    <name>progress_page</name>
    <message>
        <location filename="../../ui/progress_page.py" line="47" />
        <source>Knot</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../../ui/progress_page.py" line="48" />
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../../ui/progress_page.py" line="49" />
        <source>2 weeks</source>
        <translation>2 Wochen</translation>
    </message>
    <message>
        <location filename="../../ui/progress_page.py" line="50" />
        <source>4 weeks</source>
        <translation>4 Wochen</translation>
    </message>
    <message>
        <location filename="../../ui/progress_page.py" line="51" />
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../../ui/progress_page.py" line="52" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/progress_page.py" line="56" />
        <source>rising</source>
        <translation>steigend</translation>
    </message>
    <message>
        <location filename="../../ui/progress_page.py" line="57" />
        <source>easing</source>
        <translation>nachlassend</translation>
    </message>
    <message>
        <location filename="../../ui/progress_page.py" line="58" />
        <source>steady</source>
        <translation>gleichbleibend</translation>
    </message>
    <message>
        <location filename="../../ui/progress_page.py" line="59" />
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../../ui/progress_page.py" line="83" />
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../ui/progress_page.py" line="84" />
        <source>Is each knot getting better? Tenderness week by week.</source>
        <translation>Wird jeder Knoten besser? Die Empfindlichkeit Woche für Woche.</translation>
    </message>
    <message>
        <location filename="../../ui/progress_page.py" line="96" />
        <source>Report for your therapist (PDF)…</source>
        <translation>Bericht für die Therapie (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/progress_page.py" line="100" />
        <source>Log a massage or treatment…</source>
        <translation>Massage oder Behandlung eintragen…</translation>
    </message>
    <message>
        <location filename="../../ui/progress_page.py" line="103" />
        <source>Export the table as CSV…</source>
        <translation>Tabelle als CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/progress_page.py" line="112" />
        <source>No knots yet. Mark one on the Body map to follow it here.</source>
        <translation>Noch keine Knoten. Markiere einen auf der Körperkarte, um ihn hier zu verfolgen.</translation>
    </message>
    <message>
        <location filename="../../ui/progress_page.py" line="116" />
        <source>Knots, most tender first</source>
        <translation>Knoten, die empfindlichsten zuerst</translation>
    </message>
    <message>
        <location filename="../../ui/progress_page.py" line="162" />
        <source>After the last hold: {value}</source>
        <translation>Nach dem letzten Halten: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/progress_page.py" line="220" />
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/progress_page.py" line="221" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>reading</name>
    <message>
        <location filename="../../core/reading.py" line="39" />
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <location filename="../../core/reading.py" line="41" />
        <source>a named pipe</source>
        <translation>eine benannte Pipe</translation>
    </message>
    <message>
        <location filename="../../core/reading.py" line="43" />
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <location filename="../../core/reading.py" line="45" />
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <location filename="../../core/reading.py" line="46" />
        <source>not a regular file</source>
        <translation>keine normale Datei</translation>
    </message>
    <message>
        <location filename="../../core/reading.py" line="50" />
        <source>{path}: is {kind}, not a regular file</source>
        <translation>{path}: ist {kind}, keine normale Datei</translation>
    </message>
    <message>
        <location filename="../../core/reading.py" line="100" />
        <source>{path}: {size} bytes is more than the {limit} this file may hold</source>
        <translation>{path}: {size} Bytes sind mehr als die {limit}, die diese Datei enthalten darf</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../../core/records.py" line="140" />
        <source>front</source>
        <translation>Vorderseite</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="141" />
        <source>back</source>
        <translation>Rückseite</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="142" />
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="143" />
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="144" />
        <source>both sides</source>
        <translation>beide Seiten</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="145" />
        <source>centre</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="146" />
        <location filename="../../core/records.py" line="150" />
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="147" />
        <source>latent</source>
        <translation>latent</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="148" />
        <source>superficial</source>
        <translation>oberflächlich</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="149" />
        <source>deep</source>
        <translation>tief</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="151" />
        <source>resolved</source>
        <translation>abgeklungen</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="152" />
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="153" />
        <source>before a hold</source>
        <translation>vor dem Halten</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="154" />
        <source>after a hold</source>
        <translation>nach dem Halten</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="155" />
        <source>check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="156" />
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="157" />
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="158" />
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="159" />
        <source>aborted</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="160" />
        <source>ball hold</source>
        <translation>Druckhalten</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="161" />
        <source>stretch</source>
        <translation>Dehnung</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="162" />
        <source>foam roll</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="163" />
        <source>rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="164" />
        <source>move on</source>
        <translation>Wechsel</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="165" />
        <source>Deep-tissue massage</source>
        <translation>Tiefengewebsmassage</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="168" />
        <source>Trigger-point therapy</source>
        <translation>Triggerpunkt-Therapie</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="171" />
        <source>Myofascial release</source>
        <translation>Myofasziale Release-Technik</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="174" />
        <source>Other treatment</source>
        <translation>Andere Behandlung</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="175" />
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="176" />
        <source>adjusted</source>
        <translation>korrigiert</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="177" />
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="178" />
        <source>snoozed</source>
        <translation>später erinnert</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="179" />
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="180" />
        <source>missed</source>
        <translation>verpasst</translation>
    </message>
</context>
<context>
    <name>recovery_file</name>
    <message>
        <location filename="../../core/recovery_file.py" line="58" />
        <source>Unsaved changes from the last time could not be read; the file was kept as {path} ({damage}).</source>
        <translation>Ungespeicherte Änderungen vom letzten Mal konnten nicht gelesen werden; die Datei wurde als {path} aufbewahrt ({damage}).</translation>
    </message>
    <message>
        <location filename="../../core/recovery_file.py" line="65" />
        <source>Changes that could not be saved last time are in the journal now ({count}).</source>
        <translation>Änderungen, die letztes Mal nicht gespeichert werden konnten, stehen jetzt im Tagebuch ({count}).</translation>
    </message>
    <message>
        <location filename="../../core/recovery_file.py" line="71" />
        <source>Changes that could not be saved last time ({count}) still wait to be saved; Unknot keeps trying.</source>
        <translation>Änderungen, die letztes Mal nicht gespeichert werden konnten ({count}), warten noch aufs Speichern; Unknot versucht es weiter.</translation>
    </message>
    <message>
        <location filename="../../core/recovery_file.py" line="78" />
        <source>Changes that could not be saved yet are not in this (kept in {path}); Unknot saves them as soon as it can write the journal.</source>
        <translation>Änderungen, die noch nicht gespeichert werden konnten, sind hier nicht enthalten (aufbewahrt in {path}); Unknot speichert sie, sobald es ins Tagebuch schreiben kann.</translation>
    </message>
    <message>
        <location filename="../../core/recovery_file.py" line="144" />
        <source>not an Unknot recovery file</source>
        <translation>keine Wiederherstellungsdatei von Unknot</translation>
    </message>
    <message>
        <location filename="../../core/recovery_file.py" line="146" />
        <source>version {version} is not {expected}</source>
        <translation>Version {version} ist nicht {expected}</translation>
    </message>
    <message>
        <location filename="../../core/recovery_file.py" line="154" />
        <source>write {number}: {error}</source>
        <translation>Schreibvorgang {number}: {error}</translation>
    </message>
    <message>
        <location filename="../../core/recovery_file.py" line="164" />
        <source>add_row does not write {table}</source>
        <translation>add_row schreibt nicht in {table}</translation>
    </message>
    <message>
        <location filename="../../core/recovery_file.py" line="185" />
        <source>{path}: the unsaved changes cannot be read ({reason})</source>
        <translation>{path}: Die ungespeicherten Änderungen können nicht gelesen werden ({reason})</translation>
    </message>
</context>
<context>
    <name>reminder_card</name>
    <message>
        <location filename="../../ui/reminder_card.py" line="59" />
        <source>Reminder: {title}</source>
        <translation>Erinnerung: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/reminder_card.py" line="81" />
        <source>Snooze</source>
        <translation>Später erinnern</translation>
    </message>
    <message>
        <location filename="../../ui/reminder_card.py" line="83" />
        <source>Snooze {reminder}</source>
        <translation>{reminder} später erinnern</translation>
    </message>
    <message>
        <location filename="../../ui/reminder_card.py" line="88" />
        <source>{minutes} minutes</source>
        <translation>{minutes} Minuten</translation>
    </message>
    <message>
        <location filename="../../ui/reminder_card.py" line="92" />
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../../ui/reminder_card.py" line="94" />
        <source>Skip {reminder}</source>
        <translation>{reminder} überspringen</translation>
    </message>
</context>
<context>
    <name>reminder_popup</name>
    <message>
        <location filename="../../ui/reminder_popup.py" line="44" />
        <source>{app} reminder</source>
        <translation>{app}-Erinnerung</translation>
    </message>
    <message>
        <location filename="../../ui/reminder_popup.py" line="45" />
        <source>{app} reminders</source>
        <translation>{app}-Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../ui/reminder_popup.py" line="57" />
        <source>Hide (the reminders wait on the Today page)</source>
        <translation>Ausblenden (die Erinnerungen warten auf der Seite „Heute“)</translation>
    </message>
    <message>
        <location filename="../../ui/reminder_popup.py" line="59" />
        <source>Hide the reminders</source>
        <translation>Erinnerungen ausblenden</translation>
    </message>
</context>
<context>
    <name>reminder_presenter</name>
    <message>
        <location filename="../../ui/reminder_presenter.py" line="76" />
        <source>{app}: {count} reminders</source>
        <translation>{app}: {count} Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../ui/reminder_presenter.py" line="79" />
        <source>{reminders}. Click to answer.</source>
        <translation>{reminders}. Klicke, um zu antworten.</translation>
    </message>
</context>
<context>
    <name>reminder_settings</name>
    <message>
        <location filename="../../ui/reminder_settings.py" line="124" />
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../ui/reminder_settings.py" line="136" />
        <source>Working hours from</source>
        <translation>Arbeitszeit von</translation>
    </message>
    <message>
        <location filename="../../ui/reminder_settings.py" line="137" />
        <source>Working hours until</source>
        <translation>Arbeitszeit bis</translation>
    </message>
    <message>
        <location filename="../../ui/reminder_settings.py" line="138" />
        <source>Quiet hours from</source>
        <translation>Ruhezeit von</translation>
    </message>
    <message>
        <location filename="../../ui/reminder_settings.py" line="139" />
        <source>Quiet hours until</source>
        <translation>Ruhezeit bis</translation>
    </message>
    <message>
        <location filename="../../ui/reminder_settings.py" line="149" />
        <location filename="../../ui/reminder_settings.py" line="178" />
        <source>{reminder} reminder</source>
        <translation>Erinnerung: {reminder}</translation>
    </message>
    <message>
        <location filename="../../ui/reminder_settings.py" line="152" />
        <source>{reminder}: every, in minutes</source>
        <translation>{reminder}: alle, in Minuten</translation>
    </message>
    <message>
        <location filename="../../ui/reminder_settings.py" line="155" />
        <source>every {n} min</source>
        <translation>alle {n} Min.</translation>
    </message>
    <message>
        <location filename="../../ui/reminder_settings.py" line="162" />
        <source>Working hours</source>
        <translation>Arbeitszeit</translation>
    </message>
    <message>
        <location filename="../../ui/reminder_settings.py" line="163" />
        <source>Own hours</source>
        <translation>Eigene Zeiten</translation>
    </message>
    <message>
        <location filename="../../ui/reminder_settings.py" line="167" />
        <source>{reminder}: active hours</source>
        <translation>{reminder}: aktive Zeiten</translation>
    </message>
    <message>
        <location filename="../../ui/reminder_settings.py" line="170" />
        <source>{reminder}: own hours from</source>
        <translation>{reminder}: eigene Zeiten von</translation>
    </message>
    <message>
        <location filename="../../ui/reminder_settings.py" line="173" />
        <source>{reminder}: own hours until</source>
        <translation>{reminder}: eigene Zeiten bis</translation>
    </message>
    <message>
        <location filename="../../ui/reminder_settings.py" line="181" />
        <source>{reminder} at</source>
        <translation>{reminder} um</translation>
    </message>
    <message>
        <location filename="../../ui/reminder_settings.py" line="184" />
        <source>Water goal per day</source>
        <translation>Trinkziel pro Tag</translation>
    </message>
    <message>
        <location filename="../../ui/reminder_settings.py" line="186" />
        <source>Glass size</source>
        <translation>Glasgröße</translation>
    </message>
    <message>
        <location filename="../../ui/reminder_settings.py" line="188" />
        <source>Bring a reminder to the front</source>
        <translation>Erinnerung in den Vordergrund holen</translation>
    </message>
    <message>
        <location filename="../../ui/reminder_settings.py" line="189" />
        <source>after {n} ignored in a row</source>
        <translation>wenn {n}-mal in Folge ignoriert</translation>
    </message>
    <message>
        <location filename="../../ui/reminder_settings.py" line="193" />
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../../ui/reminder_settings.py" line="195" />
        <source>Only quiet notifications while a full-screen window is in front</source>
        <translation>Nur stille Benachrichtigungen, solange ein Vollbildfenster im Vordergrund ist</translation>
    </message>
    <message>
        <location filename="../../ui/reminder_settings.py" line="268" />
        <source>Working days:</source>
        <translation>Arbeitstage:</translation>
    </message>
    <message>
        <location filename="../../ui/reminder_settings.py" line="275" />
        <source>Working hours:</source>
        <translation>Arbeitszeit:</translation>
    </message>
    <message>
        <location filename="../../ui/reminder_settings.py" line="282" />
        <source>Quiet hours:</source>
        <translation>Ruhezeit:</translation>
    </message>
    <message>
        <location filename="../../ui/reminder_settings.py" line="286" />
        <source>no reminders then</source>
        <translation>dann keine Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../ui/reminder_settings.py" line="291" />
        <location filename="../../ui/reminder_settings.py" line="310" />
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../ui/reminder_settings.py" line="325" />
        <source>at</source>
        <translation>um</translation>
    </message>
    <message>
        <location filename="../../ui/reminder_settings.py" line="343" />
        <source>Water goal per day:</source>
        <translation>Trinkziel pro Tag:</translation>
    </message>
    <message>
        <location filename="../../ui/reminder_settings.py" line="347" />
        <source>Glass size:</source>
        <translation>Glasgröße:</translation>
    </message>
    <message>
        <location filename="../../ui/reminder_settings.py" line="349" />
        <source>Bring a reminder to the front:</source>
        <translation>Erinnerung in den Vordergrund holen:</translation>
    </message>
</context>
<context>
    <name>reminder_texts</name>
    <message>
        <location filename="../../core/reminder_texts.py" line="54" />
        <source>Water</source>
        <translation>Wasser</translation>
    </message>
    <message>
        <location filename="../../core/reminder_texts.py" line="55" />
        <source>Time for a glass of water</source>
        <translation>Zeit für ein Glas Wasser</translation>
    </message>
    <message>
        <location filename="../../core/reminder_texts.py" line="56" />
        <source>A drink now keeps you on the way to today's goal.</source>
        <translation>Ein Glas jetzt hält dich auf dem Weg zu deinem heutigen Trinkziel.</translation>
    </message>
    <message>
        <location filename="../../core/reminder_texts.py" line="60" />
        <location filename="../../core/reminder_texts.py" line="61" />
        <source>Posture check</source>
        <translation>Haltungscheck</translation>
    </message>
    <message>
        <location filename="../../core/reminder_texts.py" line="62" />
        <source>Feet flat on the floor. Shoulders down and loose. The top of the screen at or a little below eye level, about an arm's length away.</source>
        <translation>Füße flach auf dem Boden. Schultern unten und locker. Die Oberkante des Bildschirms auf oder etwas unter Augenhöhe, etwa eine Armlänge entfernt.</translation>
    </message>
    <message>
        <location filename="../../core/reminder_texts.py" line="70" />
        <source>Micro-break</source>
        <translation>Mikropause</translation>
    </message>
    <message>
        <location filename="../../core/reminder_texts.py" line="71" />
        <source>Micro-break: rest your eyes</source>
        <translation>Mikropause: Gönn deinen Augen Ruhe</translation>
    </message>
    <message>
        <location filename="../../core/reminder_texts.py" line="72" />
        <source>Look at something about 6 metres away for 20 seconds. Then stand up, or roll your shoulders, for half a minute.</source>
        <translation>Schau 20 Sekunden lang auf etwas, das etwa 6 Meter entfernt ist. Steh dann eine halbe Minute lang auf oder kreise die Schultern.</translation>
    </message>
    <message>
        <location filename="../../core/reminder_texts.py" line="80" />
        <source>Movement break</source>
        <translation>Bewegungspause</translation>
    </message>
    <message>
        <location filename="../../core/reminder_texts.py" line="81" />
        <source>Time to move</source>
        <translation>Zeit für Bewegung</translation>
    </message>
    <message>
        <location filename="../../core/reminder_texts.py" line="82" />
        <source>Stand up and move for a couple of minutes: walk about, or follow a short routine with Unknot.</source>
        <translation>Steh auf und beweg dich ein paar Minuten: Geh ein wenig umher oder mach einen kurzen Ablauf mit Unknot.</translation>
    </message>
    <message>
        <location filename="../../core/reminder_texts.py" line="90" />
        <source>Today's session</source>
        <translation>Heutige Einheit</translation>
    </message>
    <message>
        <location filename="../../core/reminder_texts.py" line="91" />
        <source>Time for today's session</source>
        <translation>Zeit für die heutige Einheit</translation>
    </message>
    <message>
        <location filename="../../core/reminder_texts.py" line="92" />
        <source>Your knots are due for care today: a few holds on a ball and a stretch or two, at your own pace.</source>
        <translation>Deine Knoten sind heute dran: ein paar Druckhalten mit dem Ball und ein, zwei Dehnungen, in deinem eigenen Tempo.</translation>
    </message>
    <message>
        <location filename="../../core/reminder_texts.py" line="107" />
        <source>+{amount}</source>
        <translation>+{amount}</translation>
    </message>
    <message>
        <location filename="../../core/reminder_texts.py" line="111" />
        <source>Posture OK</source>
        <translation>Haltung ok</translation>
    </message>
    <message>
        <location filename="../../core/reminder_texts.py" line="112" />
        <source>Fixed it</source>
        <translation>Korrigiert</translation>
    </message>
    <message>
        <location filename="../../core/reminder_texts.py" line="113" />
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../core/reminder_texts.py" line="114" />
        <source>Start the 2-minute break</source>
        <translation>2-Minuten-Pause starten</translation>
    </message>
    <message>
        <location filename="../../core/reminder_texts.py" line="115" />
        <source>Start today's session</source>
        <translation>Heutige Einheit starten</translation>
    </message>
</context>
<context>
    <name>report_data</name>
    <message>
        <location filename="../../core/report_data.py" line="30" />
        <source>Recorded by the patient with Unknot, a self-care app. Tenderness is self-rated from 0 (none) to 10 (worst), by pressing on the knot. This is not a diagnosis.</source>
        <translation>Von der Patientin oder dem Patienten mit Unknot, einer App zur Selbstbehandlung, aufgezeichnet. Die Druckempfindlichkeit ist selbst bewertet, von 0 (keine) bis 10 (am stärksten), durch Druck auf den Knoten. Dies ist keine Diagnose.</translation>
    </message>
    <message>
        <location filename="../../core/report_data.py" line="86" />
        <source>Tenderness now: not rated at rest yet.</source>
        <translation>Empfindlichkeit jetzt: noch nicht in Ruhe bewertet.</translation>
    </message>
    <message>
        <location filename="../../core/report_data.py" line="88" />
        <source>Tenderness now: {value}.</source>
        <translation>Empfindlichkeit jetzt: {value}.</translation>
    </message>
    <message>
        <location filename="../../core/report_data.py" line="90" />
        <source>After the last hold: {value}.</source>
        <translation>Nach dem letzten Halten: {value}.</translation>
    </message>
    <message>
        <location filename="../../core/report_data.py" line="93" />
        <source>Plan: {standing}; a session is due today.</source>
        <translation>Plan: {standing}; heute ist eine Einheit fällig.</translation>
    </message>
    <message>
        <location filename="../../core/report_data.py" line="95" />
        <source>Plan: {standing}; no session is due today.</source>
        <translation>Plan: {standing}; heute ist keine Einheit fällig.</translation>
    </message>
    <message>
        <location filename="../../core/report_data.py" line="97" />
        <source>{headline} ({reason}).</source>
        <translation>{headline} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../core/report_data.py" line="99" />
        <source>{headline}.</source>
        <translation>{headline}.</translation>
    </message>
    <message>
        <location filename="../../core/report_data.py" line="137" />
        <source>1 week: {first} – {last}</source>
        <translation>1 Woche: {first} – {last}</translation>
    </message>
    <message>
        <location filename="../../core/report_data.py" line="139" />
        <source>{weeks} weeks: {first} – {last}</source>
        <translation>{weeks} Wochen: {first} – {last}</translation>
    </message>
    <message>
        <location filename="../../core/report_data.py" line="148" />
        <source>--weeks {weeks}: the report covers {low} to {high} weeks</source>
        <translation>--weeks {weeks}: der Bericht umfasst {low} bis {high} Wochen</translation>
    </message>
    <message>
        <location filename="../../core/report_data.py" line="168" />
        <source>since {day}</source>
        <translation>seit {day}</translation>
    </message>
    <message>
        <location filename="../../core/report_data.py" line="178" />
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
</context>
<context>
    <name>report_dialog</name>
    <message>
        <location filename="../../ui/report_dialog.py" line="39" />
        <source>Report for your therapist</source>
        <translation>Bericht für deine Therapeutin oder deinen Therapeuten</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="41" />
        <source>A PDF of one to three pages to show a physiotherapist or massage therapist: your knots on the body map, a table of them with their tenderness, a chart for each, your self-care week by week, treatments and your notes.</source>
        <translation>Ein PDF mit ein bis drei Seiten zum Vorzeigen in der Physiotherapie oder bei der Massage: deine Knoten auf der Körperkarte, eine Tabelle mit ihrer Empfindlichkeit, ein Diagramm für jeden, deine Selbstfürsorge Woche für Woche, Behandlungen und deine Notizen.</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="52" />
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="53" />
        <source>Weeks the report covers</source>
        <translation>Wochen, die der Bericht umfasst</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="55" />
        <source>&amp;Cover the last:</source>
        <translation>Die &amp;letzten:</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="58" />
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="87" />
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="89" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="101" />
        <source>The report was not saved</source>
        <translation>Der Bericht wurde nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="106" />
        <source>Report saved</source>
        <translation>Bericht gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="107" />
        <source>Saved a {pages}-page report for {period} as {file}.</source>
        <translation>Bericht für {period} ({pages} S.) als {file} gespeichert.</translation>
    </message>
</context>
<context>
    <name>report_pdf</name>
    <message>
        <location filename="../../ui/report_pdf.py" line="54" />
        <source>Muscle</source>
        <translation>Muskel</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="55" />
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="56" />
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="57" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="58" />
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="59" />
        <source>Tenderness</source>
        <translation>Empfindl.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="60" />
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="61" />
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="65" />
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="66" />
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="67" />
        <source>both</source>
        <translation>beide</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="68" />
        <source>centre</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="69" />
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="70" />
        <source>latent</source>
        <translation>latent</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="71" />
        <source>superficial</source>
        <translation>oberfl.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="72" />
        <source>deep</source>
        <translation>tief</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="73" />
        <source>rising</source>
        <translation>steigend</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="74" />
        <source>easing</source>
        <translation>sinkend</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="75" />
        <source>steady</source>
        <translation>stabil</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="76" />
        <source>unknown</source>
        <translation>unklar</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="77" />
        <source>acute</source>
        <translation>akut</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="78" />
        <source>chronic</source>
        <translation>chronisch</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="90" />
        <source>d MMM yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="90" />
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="97" />
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="98" />
        <source>{count} days</source>
        <translation>{count} Tage</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="104" />
        <source>{met} of 1 day</source>
        <translation>{met} von 1 Tag</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="105" />
        <source>{met} of {count} days</source>
        <translation>{met} von {count} Tagen</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="111" />
        <source>1 check-in</source>
        <translation>1 Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="112" />
        <source>{count} check-ins</source>
        <translation>{count} Check-ins</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="220" />
        <source>{app} {version} · self-recorded, not a diagnosis · page {page}</source>
        <translation>{app} {version} · selbst erfasst, keine Diagnose · Seite {page}</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="243" />
        <source>{app} report, {period}</source>
        <translation>{app}-Bericht, {period}</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="284" />
        <source>the PDF has no header</source>
        <translation>dem PDF fehlt der Kopf</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="286" />
        <source>the PDF is cut short (no end of file)</source>
        <translation>das PDF ist abgeschnitten (kein Dateiende)</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="289" />
        <source>the PDF has {found} of {pages} pages</source>
        <translation>das PDF hat {found} von {pages} Seiten</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="297" />
        <source>{file}: cannot write the report ({reason})</source>
        <translation>{file}: Der Bericht kann nicht gespeichert werden ({reason})</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="303" />
        <source>Muscle knots: a report for your therapist</source>
        <translation>Muskelknoten: ein Bericht für die Therapie</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="306" />
        <source>{period}. Made on {day}.</source>
        <translation>{period}. Erstellt am {day}.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="322" />
        <source>The rest did not fit on three pages; a report of fewer weeks has room for it.</source>
        <translation>Der Rest passte nicht auf drei Seiten; ein Bericht über weniger Wochen hat Platz dafür.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="338" />
        <source>Front (facing you)</source>
        <translation>Vorderseite (zugewandt)</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="339" />
        <source>Back</source>
        <translation>Rückseite</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="352" />
        <source>How to read it</source>
        <translation>Lesehilfe</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="357" />
        <source>Each disc is a knot, numbered as in the table below and coloured by its tenderness now, its newest resting rating (0 none, 10 worst). Sides are the patient's own.</source>
        <translation>Jeder Kreis ist ein Knoten, nummeriert wie in der Tabelle unten und gefärbt nach seiner Empfindlichkeit jetzt, seiner neuesten Ruhebewertung (0 keine, 10 am stärksten). Links und rechts aus Sicht der Patientin bzw. des Patienten.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="364" />
        <source>Tenderness here is the mean of a day's resting ratings (a check-in, or a rating before a hold); ratings just after a hold are left out of it.</source>
        <translation>Die Empfindlichkeit ist hier der Mittelwert der Ruhebewertungen eines Tages (ein Check-in oder eine Bewertung vor dem Halten); Bewertungen direkt nach dem Halten zählen nicht mit.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="378" />
        <source>1 knot followed, {active} active.</source>
        <translation>1 Knoten verfolgt, {active} aktiv.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="380" />
        <source>{knots} knots followed, {active} active.</source>
        <translation>{knots} Knoten verfolgt, {active} aktiv.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="382" />
        <source>1 focused session on them in the period (a day with ball holds on a knot, or a treatment).</source>
        <translation>1 gezielte Einheit an ihnen im Zeitraum (ein Tag mit Druckhalten mit dem Ball an einem Knoten oder eine Behandlung).</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="388" />
        <source>{sessions} focused sessions on them in the period (a day with ball holds on a knot, or a treatment).</source>
        <translation>{sessions} gezielte Einheiten an ihnen im Zeitraum (ein Tag mit Druckhalten mit dem Ball an einem Knoten oder eine Behandlung).</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="437" />
        <source>Knots, most tender first</source>
        <translation>Knoten, die empfindlichsten zuerst</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="439" />
        <source>No knots are marked.</source>
        <translation>Es sind keine Knoten markiert.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="461" />
        <source>Sessions: focused sessions in the period, and whether the knot counts as acute (began under six weeks ago) or chronic. Trend: the last two weeks.</source>
        <translation>Einheiten: gezielte Einheiten im Zeitraum, und ob der Knoten als akut (vor weniger als sechs Wochen begonnen) oder chronisch gilt. Trend: die letzten zwei Wochen.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="475" />
        <source>Plan and suggestion, knot by knot</source>
        <translation>Plan und Vorschlag, Knoten für Knoten</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="485" />
        <source>Tenderness over the period</source>
        <translation>Empfindlichkeit im Zeitraum</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="500" />
        <source>Charts for the {shown} most tender; {left_out} more in the app.</source>
        <translation>Diagramme für die {shown} empfindlichsten; {left_out} weitere in der App.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="506" />
        <source>Dots: each day's tenderness. Line: the weekly mean. Green ticks: days of focused care.</source>
        <translation>Punkte: die Empfindlichkeit jedes Tages. Linie: das Wochenmittel. Grüne Striche: Tage mit gezielter Einheit.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="575" />
        <source>Week of</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="576" />
        <source>Water goal met</source>
        <translation>Trinkziel</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="577" />
        <source>Posture</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="578" />
        <source>Stretching</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="579" />
        <source>Focused care</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="580" />
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="581" />
        <source>Desk hours</source>
        <translation>Schreibtisch</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="590" />
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="604" />
        <source>Self-care between sessions</source>
        <translation>Selbstfürsorge zwischen den Einheiten</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="611" />
        <source>Water goal: days with {ml} ml or more logged.</source>
        <translation>Trinkziel: Tage mit {ml} ml oder mehr eingetragen.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="617" />
        <source>The last {shown} of {weeks} weeks are shown.</source>
        <translation>Gezeigt sind die letzten {shown} von {weeks} Wochen.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="622" />
        <source>Stress (0–10) and desk hours: the patient's daily check-in, weekly mean.</source>
        <translation>Stress (0–10) und Stunden am Schreibtisch: der tägliche Check-in der Patientin bzw. des Patienten, Wochenmittel.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="630" />
        <source>What Unknot told the patient about these weeks:</source>
        <translation>Was Unknot der Patientin bzw. dem Patienten zu diesen Wochen gesagt hat:</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="642" />
        <source>Treatments logged</source>
        <translation>Eingetragene Behandlungen</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="648" />
        <source>{treatment} (knot {numbers})</source>
        <translation>{treatment} (Knoten {numbers})</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="650" />
        <source>{treatment} (knots {numbers})</source>
        <translation>{treatment} (Knoten {numbers})</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="654" />
        <source>{day}: {treatment}: {notes}</source>
        <translation>{day}: {treatment}: {notes}</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="656" />
        <source>{day}: {treatment}</source>
        <translation>{day}: {treatment}</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="666" />
        <source>The patient's notes</source>
        <translation>Notizen der Patientin bzw. des Patienten</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="669" />
        <source>{about}, {when}: {note}</source>
        <translation>{about}, {when}: {note}</translation>
    </message>
</context>
<context>
    <name>routine_files</name>
    <message>
        <location filename="../../core/routine_files.py" line="145" />
        <source>{what} is missing</source>
        <translation>{what} fehlt</translation>
    </message>
    <message>
        <location filename="../../core/routine_files.py" line="149" />
        <source>{what} must be text</source>
        <translation>{what} muss Text sein</translation>
    </message>
    <message>
        <location filename="../../core/routine_files.py" line="152" />
        <source>{what} is {length} characters long; at most {limit}</source>
        <translation>{what} ist {length} Zeichen lang; höchstens {limit}</translation>
    </message>
    <message>
        <location filename="../../core/routine_files.py" line="158" />
        <source>{what} must be a whole number from {low} to {high}</source>
        <translation>{what} muss eine ganze Zahl von {low} bis {high} sein</translation>
    </message>
    <message>
        <location filename="../../core/routine_files.py" line="162" />
        <source>{what} is {value}; it must be from {low} to {high}</source>
        <translation>{what} ist {value}; erlaubt ist {low} bis {high}</translation>
    </message>
    <message>
        <location filename="../../core/routine_files.py" line="179" />
        <source>unknown key '{key}'</source>
        <translation>unbekannter Schlüssel „{key}“</translation>
    </message>
    <message>
        <location filename="../../core/routine_files.py" line="188" />
        <source>a routine needs at least one [[steps]]</source>
        <translation>ein Ablauf braucht mindestens einen [[steps]]-Eintrag</translation>
    </message>
    <message>
        <location filename="../../core/routine_files.py" line="205" />
        <source>each step must be a [[steps]] table</source>
        <translation>jeder Schritt muss eine [[steps]]-Tabelle sein</translation>
    </message>
    <message>
        <location filename="../../core/routine_files.py" line="209" />
        <source>unknown key '{key}' in a step</source>
        <translation>unbekannter Schlüssel „{key}“ in einem Schritt</translation>
    </message>
    <message>
        <location filename="../../core/routine_files.py" line="212" />
        <source>the step's kind is missing</source>
        <translation>die Art des Schritts (kind) fehlt</translation>
    </message>
    <message>
        <location filename="../../core/routine_files.py" line="214" />
        <source>unknown step kind '{value}' (one of: {choices})</source>
        <translation>unbekannte Schrittart „{value}“ (möglich: {choices})</translation>
    </message>
    <message>
        <location filename="../../core/routine_files.py" line="223" />
        <source>a {kind} step needs the muscle it works on</source>
        <translation>ein Schritt der Art {kind} braucht den Muskel, an dem er arbeitet</translation>
    </message>
    <message>
        <location filename="../../core/routine_files.py" line="227" />
        <source>unknown muscle '{muscle}' (see docs/routines.md)</source>
        <translation>unbekannter Muskel „{muscle}“ (siehe docs/routines.md)</translation>
    </message>
    <message>
        <location filename="../../core/routine_files.py" line="240" />
        <source>seconds {seconds} lies outside {low}–{high}</source>
        <translation>seconds {seconds} liegt außerhalb von {low}–{high}</translation>
    </message>
    <message>
        <location filename="../../core/routine_files.py" line="252" />
        <source>unknown sides '{value}' (one of: {choices})</source>
        <translation>unbekannte Seitenangabe „{value}“ (möglich: {choices})</translation>
    </message>
    <message>
        <location filename="../../core/routine_files.py" line="287" />
        <source>unknown equipment '{value}' (one of: {choices})</source>
        <translation>unbekannte Ausrüstung „{value}“ (möglich: {choices})</translation>
    </message>
    <message>
        <location filename="../../core/routine_files.py" line="302" />
        <source>TOML syntax error: {message}</source>
        <translation>TOML-Syntaxfehler: {message}</translation>
    </message>
    <message>
        <location filename="../../core/routine_files.py" line="311" />
        <source>{size} bytes is too big for a routine file</source>
        <translation>{size} Bytes sind zu groß für eine Ablaufdatei</translation>
    </message>
    <message>
        <location filename="../../core/routine_files.py" line="318" />
        <location filename="../../core/routine_files.py" line="322" />
        <source>cannot read ({reason})</source>
        <translation>kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <location filename="../../core/routine_files.py" line="326" />
        <source>not UTF-8 text</source>
        <translation>kein UTF-8-Text</translation>
    </message>
    <message>
        <location filename="../../core/routine_files.py" line="334" />
        <source>TOML nested too deeply for a routine file</source>
        <translation>TOML zu tief verschachtelt für eine Ablaufdatei</translation>
    </message>
    <message>
        <location filename="../../core/routine_files.py" line="358" />
        <source>has the name of a built-in routine; rename the file</source>
        <translation>hat den Namen eines mitgelieferten Ablaufs; benenne die Datei um</translation>
    </message>
</context>
<context>
    <name>routines</name>
    <message>
        <location filename="../../core/routines.py" line="39" />
        <source>massage ball</source>
        <translation>Massageball</translation>
    </message>
    <message>
        <location filename="../../core/routines.py" line="40" />
        <source>foam roller</source>
        <translation>Faszienrolle</translation>
    </message>
    <message>
        <location filename="../../core/routines.py" line="41" />
        <source>wall</source>
        <translation>Wand</translation>
    </message>
    <message>
        <location filename="../../core/routines.py" line="42" />
        <source>floor</source>
        <translation>Boden</translation>
    </message>
    <message>
        <location filename="../../core/routines.py" line="43" />
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../../core/routines.py" line="44" />
        <source>at the desk</source>
        <translation>am Schreibtisch</translation>
    </message>
    <message>
        <location filename="../../core/routines.py" line="160" />
        <source>Ball hold</source>
        <translation>Druckhalten</translation>
    </message>
    <message>
        <location filename="../../core/routines.py" line="161" />
        <source>Stretch</source>
        <translation>Dehnung</translation>
    </message>
    <message>
        <location filename="../../core/routines.py" line="162" />
        <source>Foam roll</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../../core/routines.py" line="163" />
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../core/routines.py" line="164" />
        <source>Move on</source>
        <translation>Wechsel</translation>
    </message>
    <message>
        <location filename="../../core/routines.py" line="168" />
        <source>{kind}: {muscle}</source>
        <translation>{kind} – {muscle}</translation>
    </message>
    <message>
        <location filename="../../core/todays_knots.py" line="28" />
        <source>Today's knots</source>
        <translation>Heutige Knoten</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="10" />
        <source>Foam roller: back and legs</source>
        <translation>Faszienrolle: Rücken und Beine</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="11" />
        <source>Slow passes with the foam roller over the upper back, the sides of the back, the buttocks and the legs, with a short rest. About 10 minutes on the floor.</source>
        <translation>Langsames Rollen mit der Faszienrolle über den oberen Rücken, die Seiten des Rückens, das Gesäß und die Beine, mit einer kurzen Pause. Etwa 10 Minuten auf dem Boden.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="32" />
        <source>Forearms for mouse users</source>
        <translation>Unterarme für Mausnutzer</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="33" />
        <source>Ball holds on the top and the underside of each forearm on the desk, then two wrist stretches for both arms at once. About 4 minutes.</source>
        <translation>Druckhalten mit dem Ball auf der Ober- und Unterseite jedes Unterarms auf dem Schreibtisch, dann zwei Dehnungen der Handgelenke für beide Arme zugleich. Etwa 4 Minuten.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="46" />
        <source>Low back and hips with a ball</source>
        <translation>Unterer Rücken und Hüften mit dem Ball</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="47" />
        <source>Ball holds beside the lower spine and on the hips, at a wall and on the floor, then stretches for the buttock and the low back. About 10 minutes.</source>
        <translation>Druckhalten mit dem Ball neben der unteren Wirbelsäule und an den Hüften, an der Wand und auf dem Boden, dann Dehnungen für das Gesäß und den unteren Rücken. Etwa 10 Minuten.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="70" />
        <source>Two-minute micro-break</source>
        <translation>Zwei-Minuten-Mikropause</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="71" />
        <source>Stand up, roll the shoulders, round the back, stretch the calves, then rest your eyes on something far away, the 20-20-20 rule. About 2 minutes.</source>
        <translation>Aufstehen, die Schultern kreisen, den Rücken runden, die Waden dehnen und dann den Blick auf etwas weit Entferntes ruhen lassen, nach der 20-20-20-Regel. Etwa 2 Minuten.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="83" />
        <source>Neck and shoulders at the desk</source>
        <translation>Nacken und Schultern am Schreibtisch</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="84" />
        <source>Ball holds on the top of the shoulder and the upper corner of the shoulder blade, then an ear to shoulder stretch and a chin tuck. About 5 minutes at a wall and your chair.</source>
        <translation>Druckhalten mit dem Ball auf der Schulteroberseite und am oberen Winkel des Schulterblatts, dann eine Ohr-zur-Schulter-Dehnung und ein Kinn-Zurückziehen. Etwa 5 Minuten an einer Wand und auf deinem Stuhl.</translation>
    </message>
</context>
<context>
    <name>routines_page</name>
    <message>
        <location filename="../../ui/routines_page.py" line="27" />
        <source>left then right</source>
        <translation>links, dann rechts</translation>
    </message>
    <message>
        <location filename="../../ui/routines_page.py" line="28" />
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <location filename="../../ui/routines_page.py" line="29" />
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
    <message>
        <location filename="../../ui/routines_page.py" line="35" />
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location filename="../../ui/routines_page.py" line="37" />
        <source>{reps} × {seconds} s</source>
        <translation>{reps} × {seconds} s</translation>
    </message>
    <message>
        <location filename="../../ui/routines_page.py" line="55" />
        <location filename="../../ui/routines_page.py" line="65" />
        <source>Routines</source>
        <translation>Abläufe</translation>
    </message>
    <message>
        <location filename="../../ui/routines_page.py" line="56" />
        <source>Ready-made routines and your own: ball holds, stretches and foam-roller passes.</source>
        <translation>Fertige Abläufe und deine eigenen: Druckhalten mit dem Ball, Dehnungen und Rollen mit der Faszienrolle.</translation>
    </message>
    <message>
        <location filename="../../ui/routines_page.py" line="76" />
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../../ui/routines_page.py" line="82" />
        <source>Start this routine</source>
        <translation>Diesen Ablauf starten</translation>
    </message>
    <message>
        <location filename="../../ui/routines_page.py" line="101" />
        <source>Your own routines go in {folder} (see docs/routines.md).</source>
        <translation>Deine eigenen Abläufe gehören in {folder} (siehe docs/routines.md).</translation>
    </message>
    <message>
        <location filename="../../ui/routines_page.py" line="106" />
        <source>Open that folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/routines_page.py" line="108" />
        <source>Load the files again</source>
        <translation>Dateien neu laden</translation>
    </message>
    <message>
        <location filename="../../ui/routines_page.py" line="124" />
        <source>{name}
about {minutes} min</source>
        <translation>{name}
etwa {minutes} Min.</translation>
    </message>
    <message>
        <location filename="../../ui/routines_page.py" line="125" />
        <source>{name}, about {minutes} minutes</source>
        <translation>{name}, etwa {minutes} Minuten</translation>
    </message>
    <message>
        <location filename="../../ui/routines_page.py" line="127" />
        <source>{name}  (yours)
about {minutes} min</source>
        <translation>{name}  (eigener)
etwa {minutes} Min.</translation>
    </message>
    <message>
        <location filename="../../ui/routines_page.py" line="128" />
        <source>{name}  (yours), about {minutes} minutes</source>
        <translation>{name}  (eigener), etwa {minutes} Minuten</translation>
    </message>
    <message>
        <location filename="../../ui/routines_page.py" line="139" />
        <source>These files did not load:
{lines}</source>
        <translation>Diese Dateien ließen sich nicht laden:
{lines}</translation>
    </message>
    <message>
        <location filename="../../ui/routines_page.py" line="160" />
        <source>No routine</source>
        <translation>Kein Ablauf</translation>
    </message>
    <message>
        <location filename="../../ui/routines_page.py" line="164" />
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../../ui/routines_page.py" line="168" />
        <source>{summary}
About {minutes} min · you need: {needs}</source>
        <translation>{summary}
Etwa {minutes} Min. · du brauchst: {needs}</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <location filename="../../core/safety.py" line="34" />
        <source>Unknot helps you look after your own muscles. It is not medical advice and it cannot diagnose anything. Self-care with a ball, a roller or a stretch can ease tenderness for some people; it is not promised to cure anything.</source>
        <translation>Unknot hilft dir, dich selbst um deine Muskeln zu kümmern. Es ist keine medizinische Beratung und kann nichts diagnostizieren. Selbstbehandlung mit einem Ball, einer Rolle oder einer Dehnung kann bei manchen Menschen die Druckempfindlichkeit lindern; eine Heilung wird nicht versprochen.</translation>
    </message>
    <message>
        <location filename="../../core/safety.py" line="50" />
        <source>Stop and see a doctor or physiotherapist if you notice</source>
        <translation>Hör auf und geh zu einer Ärztin, einem Arzt oder in die Physiotherapie, wenn du Folgendes bemerkst</translation>
    </message>
    <message>
        <location filename="../../core/safety.py" line="52" />
        <source>numbness, tingling or weakness</source>
        <translation>Taubheit, Kribbeln oder Schwäche</translation>
    </message>
    <message>
        <location filename="../../core/safety.py" line="53" />
        <source>pain that spreads, or pain that wakes you at night</source>
        <translation>Schmerzen, die ausstrahlen, oder Schmerzen, die dich nachts wecken</translation>
    </message>
    <message>
        <location filename="../../core/safety.py" line="54" />
        <source>swelling, redness or warmth over the sore spot</source>
        <translation>Schwellung, Rötung oder Wärme an der schmerzenden Stelle</translation>
    </message>
    <message>
        <location filename="../../core/safety.py" line="55" />
        <source>pain that began with a fall or an injury</source>
        <translation>Schmerzen, die mit einem Sturz oder einer Verletzung begonnen haben</translation>
    </message>
    <message>
        <location filename="../../core/safety.py" line="56" />
        <source>a fever, or weight loss you cannot explain</source>
        <translation>Fieber oder Gewichtsverlust, den du dir nicht erklären kannst</translation>
    </message>
    <message>
        <location filename="../../core/safety.py" line="60" />
        <source>Never press on</source>
        <translation>Drücke nie auf</translation>
    </message>
    <message>
        <location filename="../../core/safety.py" line="62" />
        <source>the front and sides of your neck (where the big blood vessels run)</source>
        <translation>die Vorderseite und die Seiten deines Halses (dort verlaufen die großen Blutgefäße)</translation>
    </message>
    <message>
        <location filename="../../core/safety.py" line="66" />
        <source>the spine itself: work beside it, not on it</source>
        <translation>die Wirbelsäule selbst: arbeite daneben, nicht darauf</translation>
    </message>
    <message>
        <location filename="../../core/safety.py" line="67" />
        <source>the back of the knee</source>
        <translation>die Kniekehle</translation>
    </message>
    <message>
        <location filename="../../core/safety.py" line="68" />
        <source>varicose veins, bruises or a recent injury</source>
        <translation>Krampfadern, Blutergüsse oder eine frische Verletzung</translation>
    </message>
    <message>
        <location filename="../../core/safety.py" line="72" />
        <source>Ask a professional before you start if you</source>
        <translation>Frag vor dem Beginn eine Fachperson, wenn du</translation>
    </message>
    <message>
        <location filename="../../core/safety.py" line="74" />
        <source>are pregnant</source>
        <translation>schwanger bist</translation>
    </message>
    <message>
        <location filename="../../core/safety.py" line="75" />
        <source>take blood thinners</source>
        <translation>Blutverdünner nimmst</translation>
    </message>
    <message>
        <location filename="../../core/safety.py" line="76" />
        <source>have osteoporosis</source>
        <translation>Osteoporose hast</translation>
    </message>
    <message>
        <location filename="../../core/safety.py" line="80" />
        <source>While you press</source>
        <translation>Während du drückst</translation>
    </message>
    <message>
        <location filename="../../core/safety.py" line="82" />
        <source>aim for a discomfort of about 6 or 7 out of 10 that you can breathe through; sharp pain means ease off</source>
        <translation>peile ein unangenehmes Druckgefühl von etwa 6 oder 7 von 10 an, bei dem du ruhig weiteratmen kannst; stechender Schmerz heißt: nachlassen</translation>
    </message>
    <message>
        <location filename="../../core/safety.py" line="87" />
        <source>if a knot is no better after about four weeks of regular care, or is getting worse, have it looked at by a professional</source>
        <translation>wenn ein Knoten nach etwa vier Wochen regelmäßiger Pflege nicht besser ist oder schlimmer wird, lass ihn fachlich abklären</translation>
    </message>
</context>
<context>
    <name>safety_dialog</name>
    <message>
        <location filename="../../ui/safety_dialog.py" line="28" />
        <source>Safety — Unknot</source>
        <translation>Sicherheitshinweise — Unknot</translation>
    </message>
    <message>
        <location filename="../../ui/safety_dialog.py" line="29" />
        <source>Safety information</source>
        <translation>Sicherheitshinweise</translation>
    </message>
    <message>
        <location filename="../../ui/safety_dialog.py" line="32" />
        <source>Safety text</source>
        <translation>Text der Sicherheitshinweise</translation>
    </message>
</context>
<context>
    <name>self_care_box</name>
    <message>
        <location filename="../../ui/self_care_box.py" line="29" />
        <source>Water goal met</source>
        <translation>Trinkziel erreicht</translation>
    </message>
    <message>
        <location filename="../../ui/self_care_box.py" line="30" />
        <source>Posture check-ins</source>
        <translation>Haltungschecks</translation>
    </message>
    <message>
        <location filename="../../ui/self_care_box.py" line="31" />
        <source>Stretching</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <location filename="../../ui/self_care_box.py" line="32" />
        <source>Focused care</source>
        <translation>Gezielte Einheiten</translation>
    </message>
    <message>
        <location filename="../../ui/self_care_box.py" line="33" />
        <source>Stress (0–10)</source>
        <translation>Stress (0–10)</translation>
    </message>
    <message>
        <location filename="../../ui/self_care_box.py" line="34" />
        <source>Hours at the desk</source>
        <translation>Stunden am Schreibtisch</translation>
    </message>
    <message>
        <location filename="../../ui/self_care_box.py" line="35" />
        <source>Mean tenderness</source>
        <translation>Mittlere Empfindlichkeit</translation>
    </message>
    <message>
        <location filename="../../ui/self_care_box.py" line="47" />
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location filename="../../ui/self_care_box.py" line="52" />
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../../ui/self_care_box.py" line="53" />
        <source>{count} days</source>
        <translation>{count} Tage</translation>
    </message>
    <message>
        <location filename="../../ui/self_care_box.py" line="56" />
        <source>{met}/{count} days</source>
        <translation>{met}/{count} Tage</translation>
    </message>
    <message>
        <location filename="../../ui/self_care_box.py" line="75" />
        <source>Self-care, the last {weeks} weeks</source>
        <translation>Selbstfürsorge, die letzten {weeks} Wochen</translation>
    </message>
    <message>
        <location filename="../../ui/self_care_box.py" line="83" />
        <source>Self-care week by week</source>
        <translation>Selbstfürsorge Woche für Woche</translation>
    </message>
    <message>
        <location filename="../../ui/self_care_box.py" line="95" />
        <source>What the self-care shows</source>
        <translation>Was die Selbstfürsorge zeigt</translation>
    </message>
    <message>
        <location filename="../../ui/self_care_box.py" line="124" />
        <source>Nothing logged yet: water, posture answers and sessions will show here.</source>
        <translation>Noch nichts eingetragen: Wasser, Antworten zur Haltung und Einheiten erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <location filename="../../core/session.py" line="52" />
        <source>The computer was asleep, so the clock stopped.</source>
        <translation>Der Computer war im Ruhezustand, deshalb wurde die Uhr angehalten.</translation>
    </message>
    <message>
        <location filename="../../core/session.py" line="144" />
        <source>Session done</source>
        <translation>Einheit beendet</translation>
    </message>
    <message>
        <location filename="../../core/session.py" line="247" />
        <source>The session is done.</source>
        <translation>Die Einheit ist beendet.</translation>
    </message>
    <message>
        <location filename="../../core/session.py" line="304" />
        <location filename="../../core/session.py" line="340" />
        <source>Paused.</source>
        <translation>Pausiert.</translation>
    </message>
    <message>
        <location filename="../../core/session.py" line="351" />
        <source>Go on.</source>
        <translation>Weiter.</translation>
    </message>
</context>
<context>
    <name>session_page</name>
    <message>
        <location filename="../../ui/session_page.py" line="45" />
        <source>Session done: {routine}</source>
        <translation>Einheit erledigt: {routine}</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="46" />
        <source>Session stopped: {routine}</source>
        <translation>Einheit abgebrochen: {routine}</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="47" />
        <source>Session interrupted: {routine}</source>
        <translation>Einheit unterbrochen: {routine}</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="48" />
        <source>Session running: {routine}</source>
        <translation>Einheit läuft: {routine}</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="51" />
        <source>Last session: {routine}, {when}, was interrupted (Unknot closed or crashed); its finished steps are kept.</source>
        <translation>Letzte Einheit: {routine}, {when}, wurde unterbrochen (Unknot wurde geschlossen oder ist abgestürzt); ihre erledigten Schritte sind gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="56" />
        <source>Last session: {routine}, {when}, was stopped early; its finished steps are kept.</source>
        <translation>Letzte Einheit: {routine}, {when}, wurde vorzeitig abgebrochen; ihre erledigten Schritte sind gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="60" />
        <source>Last session: {routine}, {when}, was completed.</source>
        <translation>Letzte Einheit: {routine}, {when}, wurde abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="63" />
        <source>Last session: {routine}, {when}, is open.</source>
        <translation>Letzte Einheit: {routine}, {when}, ist noch offen.</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="85" />
        <source>Back to sessions</source>
        <translation>Zurück zu den Einheiten</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="104" />
        <source>{time} of holds, stretches and rests; {steps}{holds}. Everything is saved in your journal.</source>
        <translation>{time} Halten, Dehnungen und Pausen; {steps}{holds}. Alles ist in deinem Tagebuch gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="120" />
        <source>{label}: tenderness {change}. {advice}</source>
        <translation>{label}: Empfindlichkeit {change}. {advice}</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="125" />
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="143" />
        <source>Session</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="144" />
        <source>Timed ball holds, stretches and foam-roller passes, with voice cues.</source>
        <translation>Druckhalten mit dem Ball, Dehnungen und Rollen mit der Faszienrolle – nach Zeit und mit Sprachansagen.</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="177" />
        <source>Today's knots</source>
        <translation>Heutige Knoten</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="183" />
        <source>How many knots</source>
        <translation>Wie viele Knoten</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="184" />
        <source> knots</source>
        <translation> Knoten</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="186" />
        <source>Start today's knots</source>
        <translation>Heutige Knoten starten</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="189" />
        <source>Treat up to</source>
        <translation>Behandle bis zu</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="199" />
        <source>Routines</source>
        <translation>Abläufe</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="203" />
        <source>Show that session</source>
        <translation>Diese Einheit zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="232" />
        <source>Mark your knots on the Body map, and Unknot builds a session of ball holds and stretches for the most tender ones.</source>
        <translation>Markiere deine Knoten auf der Körperkarte, dann stellt Unknot für die empfindlichsten eine Einheit aus Druckhalten mit dem Ball und Dehnungen zusammen.</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="241" />
        <source>{summary} About {minutes} min.</source>
        <translation>{summary} Etwa {minutes} Min.</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="263" />
        <source>{name}  ·  about {minutes} min</source>
        <translation>{name}  ·  etwa {minutes} Min.</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="269" />
        <source>Start {name}, about {minutes} minutes</source>
        <translation>{name} starten, etwa {minutes} Minuten</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="275" />
        <source>All routines and their steps…</source>
        <translation>Alle Abläufe und ihre Schritte …</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="283" />
        <source>No session yet.</source>
        <translation>Noch keine Einheit.</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="289" />
        <source>ddd d MMM</source>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="323" />
        <source>Stop the running session?</source>
        <translation>Laufende Einheit beenden?</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="324" />
        <source>A session is running. Stop it and start “{name}”? What you have done so far is kept.</source>
        <translation>Eine Einheit läuft. Soll sie enden und „{name}“ starten? Was du bisher gemacht hast, bleibt gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="337" />
        <source>knot</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="368" />
        <source>Stop the session?</source>
        <translation>Einheit beenden?</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="369" />
        <source>Stop here? The steps you have finished and your ratings are kept.</source>
        <translation>Hier aufhören? Deine erledigten Schritte und deine Bewertungen bleiben gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="409" />
        <source>1 step done</source>
        <translation>1 Schritt erledigt</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="410" />
        <source>{count} steps done</source>
        <translation>{count} Schritte erledigt</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="418" />
        <source>, 1 ball hold</source>
        <translation>, davon 1 Druckhalten mit dem Ball</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="419" />
        <source>, {count} ball holds</source>
        <translation>, davon {count} Druckhalten mit dem Ball</translation>
    </message>
</context>
<context>
    <name>session_plan</name>
    <message>
        <location filename="../../core/session_plan.py" line="178" />
        <source>Left side. {heading}. {text}</source>
        <translation>Linke Seite. {heading}. {text}</translation>
    </message>
    <message>
        <location filename="../../core/session_plan.py" line="180" />
        <source>Right side. {heading}. {text}</source>
        <translation>Rechte Seite. {heading}. {text}</translation>
    </message>
    <message>
        <location filename="../../core/session_plan.py" line="182" />
        <source>{heading}. {text}</source>
        <translation>{heading}. {text}</translation>
    </message>
    <message>
        <location filename="../../core/session_plan.py" line="188" />
        <source>Stretch.</source>
        <translation>Dehnen.</translation>
    </message>
    <message>
        <location filename="../../core/session_plan.py" line="189" />
        <source>Roll slowly.</source>
        <translation>Langsam rollen.</translation>
    </message>
    <message>
        <location filename="../../core/session_plan.py" line="191" />
        <source>Hold.</source>
        <translation>Halten.</translation>
    </message>
    <message>
        <location filename="../../core/session_plan.py" line="193" />
        <source>Stretch {seconds} s</source>
        <translation>Dehnen {seconds} s</translation>
    </message>
    <message>
        <location filename="../../core/session_plan.py" line="194" />
        <source>Roll slowly {seconds} s</source>
        <translation>Langsam rollen {seconds} s</translation>
    </message>
    <message>
        <location filename="../../core/session_plan.py" line="196" />
        <source>Hold {seconds} s</source>
        <translation>Halten {seconds} s</translation>
    </message>
    <message>
        <location filename="../../core/session_plan.py" line="205" />
        <source>{words} Rate it now.</source>
        <translation>{words} Jetzt bewerten.</translation>
    </message>
    <message>
        <location filename="../../core/session_plan.py" line="206" />
        <source>Rate it now.</source>
        <translation>Jetzt bewerten.</translation>
    </message>
    <message>
        <location filename="../../core/session_plan.py" line="209" />
        <source>Release.</source>
        <translation>Loslassen.</translation>
    </message>
    <message>
        <location filename="../../core/session_plan.py" line="210" />
        <source>Ease off.</source>
        <translation>Nachlassen.</translation>
    </message>
    <message>
        <location filename="../../core/session_plan.py" line="222" />
        <source>Rest. {text}</source>
        <translation>Pause. {text}</translation>
    </message>
    <message>
        <location filename="../../core/session_plan.py" line="226" />
        <source>Switch sides. {words}</source>
        <translation>Seite wechseln. {words}</translation>
    </message>
    <message>
        <location filename="../../core/session_plan.py" line="242" />
        <source>Ten seconds.</source>
        <translation>Noch zehn Sekunden.</translation>
    </message>
    <message>
        <location filename="../../core/session_plan.py" line="260" />
        <source>The end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../core/session_plan.py" line="262" />
        <source>Rate the tenderness</source>
        <translation>Empfindlichkeit bewerten</translation>
    </message>
    <message>
        <location filename="../../core/session_plan.py" line="264" />
        <source>Ease off</source>
        <translation>Nachlassen</translation>
    </message>
    <message>
        <location filename="../../core/session_plan.py" line="269" />
        <source>{heading}, left side</source>
        <translation>{heading}, linke Seite</translation>
    </message>
    <message>
        <location filename="../../core/session_plan.py" line="271" />
        <source>{heading}, right side</source>
        <translation>{heading}, rechte Seite</translation>
    </message>
</context>
<context>
    <name>session_summary</name>
    <message>
        <location filename="../../core/session_summary.py" line="50" />
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <location filename="../../core/session_summary.py" line="52" />
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
</context>
<context>
    <name>session_view</name>
    <message>
        <location filename="../../ui/session_view.py" line="33" />
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="34" />
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="35" />
        <source>Ease off</source>
        <translation>Langsam loslassen</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="36" />
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="37" />
        <source>Move on</source>
        <translation>Wechseln</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="38" />
        <source>Before the hold</source>
        <translation>Vor dem Halten</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="39" />
        <source>After the hold</source>
        <translation>Nach dem Halten</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="40" />
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="126" />
        <location filename="../../ui/session_view.py" line="246" />
        <source>Pause  (Space)</source>
        <translation>Anhalten  (Leertaste)</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="127" />
        <source>Skip  (→)</source>
        <translation>Überspringen  (→)</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="128" />
        <source>+15 s  (+)</source>
        <translation>+15 s  (+)</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="129" />
        <source>Released  (R)</source>
        <translation>Gelöst  (R)</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="130" />
        <source>Stop…  (Esc)</source>
        <translation>Beenden …  (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="134" />
        <source>Pause or go on</source>
        <translation>Anhalten oder weiter</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="135" />
        <source>Skip this step</source>
        <translation>Diesen Schritt überspringen</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="136" />
        <source>Add 15 seconds</source>
        <translation>15 Sekunden dazugeben</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="140" />
        <source>Released: the point has softened</source>
        <translation>Gelöst: Der Punkt ist weicher geworden</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="142" />
        <source>Stop the session</source>
        <translation>Einheit beenden</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="156" />
        <source>Press the ball on the point, then a number key: 0 no tenderness, 10 the worst. For 10 press 1 then 0. Right arrow skips.</source>
        <translation>Drück den Ball auf den Punkt, dann eine Zahlentaste: 0 gar nicht empfindlich, 10 am schlimmsten. Für 10 drück 1, dann 0. Pfeil nach rechts überspringt.</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="171" />
        <source>Tenderness {value}</source>
        <translation>Empfindlichkeit {value}</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="210" />
        <source>Step {number} of {count} · repetition {rep} of {reps}</source>
        <translation>Schritt {number} von {count} · Wiederholung {rep} von {reps}</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="212" />
        <source>Step {number} of {count}</source>
        <translation>Schritt {number} von {count}</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="224" />
        <source>Next: {step}</source>
        <translation>Als Nächstes: {step}</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="244" />
        <source>Go on  (Space)</source>
        <translation>Weiter  (Leertaste)</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="254" />
        <source>LEFT SIDE</source>
        <translation>LINKE SEITE</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="255" />
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="257" />
        <source>RIGHT SIDE</source>
        <translation>RECHTE SEITE</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="258" />
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="260" />
        <source>No side</source>
        <translation>Keine Seite</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="270" />
        <source>How tender is the knot in your {where} before the hold?</source>
        <translation>{where}: Wie empfindlich ist der Knoten vor dem Halten?</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="274" />
        <source>How tender is the knot in your {where} after the hold?</source>
        <translation>{where}: Wie empfindlich ist der Knoten nach dem Halten?</translation>
    </message>
</context>
<context>
    <name>settings_page</name>
    <message>
        <location filename="../../ui/settings_page.py" line="25" />
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="26" />
        <location filename="../../ui/settings_page.py" line="116" />
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="27" />
        <location filename="../../ui/settings_page.py" line="52" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="28" />
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="53" />
        <source>Where your data lives, and how Unknot behaves.</source>
        <translation>Wo deine Daten liegen und wie Unknot sich verhält.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="84" />
        <source>Your data</source>
        <translation>Deine Daten</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="99" />
        <source>{name} folder</source>
        <translation>Ordner „{name}“</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="100" />
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="102" />
        <source>Open the {name} folder</source>
        <translation>Ordner „{name}“ öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="109" />
        <source>{name}:</source>
        <translation>{name}:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="120" />
        <source>Restore a backup…</source>
        <translation>Sicherung wiederherstellen …</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="141" />
        <source>Unknot backs up the journal once a day and keeps the last {days} days and {weeks} weeks.</source>
        <translation>Unknot sichert das Tagebuch einmal am Tag und behält die letzten {days} Tage und {weeks} Wochen.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="147" />
        <source>Newest: {backup}.</source>
        <translation>Neueste: {backup}.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="149" />
        <source>No backup yet.</source>
        <translation>Noch keine Sicherung.</translation>
    </message>
</context>
<context>
    <name>single_instance</name>
    <message>
        <location filename="../../ui/single_instance.py" line="128" />
        <source>Unknot is already running</source>
        <translation>Unknot läuft bereits</translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message>
        <location filename="data_strings.py" line="12" />
        <source>Roller across the upper back</source>
        <translation>Rolle quer unter dem oberen Rücken</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="13" />
        <source>Lie back with the roller across your upper back, knees bent and hands behind your head, and roll slowly up and down between the shoulder blades. Stay above the lowest ribs, never on the lower back, and keep the pressure tolerable, never sharp.</source>
        <translation>Leg dich mit der Rolle quer unter dem oberen Rücken hin, Knie angewinkelt und Hände hinter dem Kopf, und roll langsam zwischen den Schulterblättern auf und ab. Bleib oberhalb der untersten Rippen, nie auf dem unteren Rücken, und halte den Druck erträglich, nie stechend.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="14" />
        <source>Roller on the side of the back</source>
        <translation>Rolle an der Seite des Rückens</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="15" />
        <source>Lie on your side with the roller under the side of your back just below the armpit, lower arm stretched overhead. Roll slowly a hand's length down towards the waist and back, at a pressure of about 6 out of 10, never sharp.</source>
        <translation>Leg dich auf die Seite, die Rolle unter der Seite deines Rückens knapp unterhalb der Achsel, den unteren Arm über den Kopf gestreckt. Roll langsam eine Handlänge zur Taille hin und zurück, mit einem Druck von etwa 6 von 10, nie stechend.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="16" />
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="17" />
        <source>Rest on your back for a moment with the roller beside you. Breathe slowly.</source>
        <translation>Ruh dich einen Moment auf dem Rücken aus, die Rolle neben dir. Atme langsam.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="18" />
        <source>Roller under the buttocks</source>
        <translation>Rolle unter dem Gesäß</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="19" />
        <source>Sit on the roller with your hands on the floor behind you and roll slowly over the buttocks. Lean a little more onto whichever side feels tighter, keeping the pressure tolerable and never sharp.</source>
        <translation>Setz dich auf die Rolle, die Hände hinter dir auf dem Boden, und roll langsam über das Gesäß. Verlagere etwas mehr Gewicht auf die Seite, die sich fester anfühlt, und halte den Druck erträglich, nie stechend.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="20" />
        <source>Roller under the backs of the thighs</source>
        <translation>Rolle unter den Oberschenkelrückseiten</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="21" />
        <source>Sit with the roller under the backs of both thighs, hands behind you, and roll slowly from below the buttocks to a hand's width above the knees. Stay well off the back of the knee and keep the pressure tolerable, never sharp.</source>
        <translation>Setz dich mit der Rolle unter die Rückseiten beider Oberschenkel, die Hände hinter dir, und roll langsam von unterhalb des Gesäßes bis eine Handbreit über die Knie. Bleib weit weg von der Kniekehle und halte den Druck erträglich, nie stechend.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="22" />
        <source>Roller under the calves</source>
        <translation>Rolle unter den Waden</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="23" />
        <source>Move the roller under both calves, lift your hips on your hands, and roll slowly between just above the ankles and a hand's width below the knees. Keep off the back of the knee and any varicose veins, and ease off if anything feels sharp.</source>
        <translation>Schieb die Rolle unter beide Waden, heb die Hüfte auf die Hände und roll langsam zwischen knapp über den Knöcheln und eine Handbreit unter den Knien. Lass die Kniekehle und Krampfadern aus und lass nach, wenn sich etwas stechend anfühlt.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="24" />
        <source>Turn over</source>
        <translation>Umdrehen</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="25" />
        <source>Turn over onto your front and prop yourself on your forearms. Place the roller under your thighs.</source>
        <translation>Dreh dich auf den Bauch und stütz dich auf die Unterarme. Leg die Rolle unter deine Oberschenkel.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="26" />
        <source>Roller under the front of the thighs</source>
        <translation>Rolle unter den Oberschenkelvorderseiten</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="27" />
        <source>With the roller under the front of both thighs, roll slowly from just below the hips to a hand's width above the kneecaps. Keep your stomach gently firm and the pressure tolerable, never sharp.</source>
        <translation>Roll mit der Rolle unter der Vorderseite beider Oberschenkel langsam von knapp unter der Hüfte bis eine Handbreit über die Kniescheiben. Spann den Bauch leicht an und halte den Druck erträglich, nie stechend.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="28" />
        <source>Roller on the front of the outer hip</source>
        <translation>Rolle an der vorderen Hüftaußenseite</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="29" />
        <source>Turn partly onto your side, propped on a forearm, with the roller just below and in front of the bony point of the hip, and roll slowly over a small area. This spot is often tender, so keep it to about 6 out of 10, never sharp.</source>
        <translation>Dreh dich halb auf die Seite, auf einen Unterarm gestützt, die Rolle knapp unter und vor dem Knochenvorsprung der Hüfte, und roll langsam über eine kleine Fläche. Diese Stelle ist oft empfindlich, bleib also bei etwa 6 von 10, nie stechend.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="34" />
        <source>Ball under the back of the forearm</source>
        <translation>Ball unter der Oberseite des Unterarms</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="35" />
        <source>Turn your palm up and rest the back of your forearm on the ball on the desk, a hand's width below the elbow, then press down gently with your other hand. Aim for about 6 or 7 out of 10, never sharp, and ease off when the spot softens or the tenderness clearly drops.</source>
        <translation>Dreh die Handfläche nach oben und leg die Rückseite deines Unterarms eine Handbreit unter dem Ellbogen auf den Ball auf dem Schreibtisch, dann drück mit der anderen Hand sanft nach unten. Ziel sind etwa 6 oder 7 von 10, nie stechend; lass nach, sobald die Stelle weicher wird oder die Empfindlichkeit deutlich nachlässt.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="36" />
        <source>Ball under the palm side of the forearm</source>
        <translation>Ball unter der Innenseite des Unterarms</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="37" />
        <source>Turn your palm down and rest the fleshy upper half of your forearm on the ball, well away from the wrist, then lean on it gently with your other hand. Keep it to about 6 or 7 out of 10, never sharp, and ease off when the spot softens or the tenderness clearly drops.</source>
        <translation>Dreh die Handfläche nach unten und leg die fleischige obere Hälfte deines Unterarms auf den Ball, weit weg vom Handgelenk, dann lehn dich mit der anderen Hand sanft darauf. Bleib bei etwa 6 oder 7 von 10, nie stechend, und lass nach, sobald die Stelle weicher wird oder die Empfindlichkeit deutlich nachlässt.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="38" />
        <source>Ball away</source>
        <translation>Ball weglegen</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="39" />
        <source>Put the ball away and sit or stand tall at the desk. Shake your hands out loosely.</source>
        <translation>Leg den Ball weg und sitz oder steh aufrecht am Schreibtisch. Schüttel die Hände locker aus.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="40" />
        <source>Prayer stretch</source>
        <translation>Gebetsdehnung</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="41" />
        <source>Press your palms together in front of your chest, fingers up, then lower your hands slowly while keeping the palms together. Stop at a gentle pull along the palm side of both forearms, never pain in the wrists.</source>
        <translation>Leg die Handflächen vor der Brust aneinander, Finger nach oben, und senk die Hände langsam, ohne die Handflächen zu lösen. Hör bei einem sanften Ziehen an der Innenseite beider Unterarme auf, nie bei Schmerz in den Handgelenken.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="42" />
        <source>Reverse prayer stretch</source>
        <translation>Umgekehrte Gebetsdehnung</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="43" />
        <source>Put the backs of your hands together in front of your chest, fingers pointing down, and raise your elbows slowly. Stop at a gentle pull along the back of both forearms, never pain in the wrists.</source>
        <translation>Leg die Handrücken vor der Brust aneinander, Finger nach unten, und heb die Ellbogen langsam an. Hör bei einem sanften Ziehen an der Oberseite beider Unterarme auf, nie bei Schmerz in den Handgelenken.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="48" />
        <source>Ball beside the lower spine</source>
        <translation>Ball neben der unteren Wirbelsäule</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="49" />
        <source>Stand with your back to a wall and place the ball in the long muscle beside your lower spine, two finger widths out from the bony bumps and never on them. Lean back to about 6 or 7 out of 10, never sharp, and ease off when the spot softens or the tenderness clearly drops.</source>
        <translation>Stell dich mit dem Rücken an eine Wand und leg den Ball auf den langen Muskel neben deiner unteren Wirbelsäule, zwei Finger breit neben den knöchernen Höckern und nie darauf. Lehn dich auf etwa 6 oder 7 von 10 zurück, nie stechend, und lass nach, sobald die Stelle weicher wird oder die Empfindlichkeit deutlich nachlässt.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="50" />
        <source>Ball on the quadratus lumborum</source>
        <translation>Ball auf dem quadratischen Lendenmuskel</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="51" />
        <source>Keep your back to the wall and move the ball further out to the side, into the soft area between your lowest rib and the top of the hip bone. Lean in gently to about 6 or 7 out of 10, never sharp, and ease off when the spot softens or the tenderness clearly drops.</source>
        <translation>Bleib mit dem Rücken an der Wand und schieb den Ball weiter zur Seite, in den weichen Bereich zwischen deiner untersten Rippe und dem oberen Rand des Beckenknochens. Lehn dich sanft auf etwa 6 oder 7 von 10, nie stechend, und lass nach, sobald die Stelle weicher wird oder die Empfindlichkeit deutlich nachlässt.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="52" />
        <source>Down to the floor</source>
        <translation>Auf den Boden</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="53" />
        <source>Take the ball with you and lie on your back on the floor, knees bent and feet flat. Take a slow breath.</source>
        <translation>Nimm den Ball mit und leg dich auf den Rücken auf den Boden, Knie angewinkelt und Füße flach. Atme einmal langsam durch.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="54" />
        <source>Ball on the gluteus medius</source>
        <translation>Ball auf dem mittleren Gesäßmuskel</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="55" />
        <source>Place the ball under the upper outer buttock, just below the rim of the hip bone, and roll a little onto that side. Let your weight sink to about 6 or 7 out of 10, never sharp, and ease off when the spot softens or the tenderness clearly drops.</source>
        <translation>Leg den Ball unter den oberen äußeren Teil des Gesäßes, knapp unter dem Rand des Beckenknochens, und roll dich etwas auf diese Seite. Lass dein Gewicht auf etwa 6 oder 7 von 10 einsinken, nie stechend, und lass nach, sobald die Stelle weicher wird oder die Empfindlichkeit deutlich nachlässt.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="56" />
        <source>Ball on the piriformis</source>
        <translation>Ball auf dem Piriformis</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="57" />
        <source>Move the ball deep into the middle of the buttock and let the knee on that side fall gently outwards. Press to about 6 or 7 out of 10, never sharp, and ease off at once if tingling runs down the leg, or when the spot softens or the tenderness clearly drops.</source>
        <translation>Schieb den Ball tief in die Mitte des Gesäßes und lass das Knie auf dieser Seite sanft nach außen fallen. Drück bis etwa 6 oder 7 von 10, nie stechend; lass sofort nach, wenn es ins Bein kribbelt, oder sobald die Stelle weicher wird oder die Empfindlichkeit deutlich nachlässt.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="58" />
        <source>Ball aside</source>
        <translation>Ball zur Seite</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="59" />
        <source>Put the ball aside and stay on your back with your knees bent. Let your low back rest on the floor.</source>
        <translation>Leg den Ball zur Seite und bleib mit angewinkelten Knien auf dem Rücken liegen. Lass deinen unteren Rücken auf dem Boden ruhen.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="60" />
        <source>Figure four stretch</source>
        <translation>Dehnung in Vierer-Position</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="61" />
        <source>Cross the ankle on the side being stretched over the other knee, then hold behind the lower thigh and draw both legs gently towards you. Stop at a gentle pull deep in the buttock, with your head and shoulders resting on the floor.</source>
        <translation>Leg den Knöchel der zu dehnenden Seite über das andere Knie, fass dann hinter den unteren Oberschenkel und zieh beide Beine sanft zu dir. Hör bei einem sanften Ziehen tief im Gesäß auf; Kopf und Schultern bleiben auf dem Boden.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="62" />
        <source>Knees to chest</source>
        <translation>Beide Knie zur Brust</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="63" />
        <source>Hug both knees gently towards your chest, holding behind the thighs rather than over the kneecaps. Feel a mild stretch across the low back and keep breathing slowly.</source>
        <translation>Zieh beide Knie sanft zur Brust und fass dabei hinter die Oberschenkel statt über die Kniescheiben. Spür eine leichte Dehnung quer über den unteren Rücken und atme langsam weiter.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="64" />
        <source>Stand up</source>
        <translation>Aufstehen</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="65" />
        <source>Roll onto your side and come up slowly to standing. Stand with your feet hip width apart.</source>
        <translation>Roll dich auf die Seite und komm langsam in den Stand. Stell die Füße hüftbreit auseinander.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="66" />
        <source>Standing side bend</source>
        <translation>Seitneigung im Stehen</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="67" />
        <source>Raise the arm on the side being stretched overhead and lean slowly over to the other side, hips steady. Stop at a gentle pull along the side of the low back, between the ribs and the hip, and keep breathing.</source>
        <translation>Heb den Arm der zu dehnenden Seite über den Kopf und neig dich langsam zur anderen Seite, die Hüfte bleibt ruhig. Hör bei einem sanften Ziehen an der Seite des unteren Rückens auf, zwischen Rippen und Hüfte, und atme weiter.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="72" />
        <source>Push your chair back and stand up tall, feet hip width apart. Let your arms hang loosely.</source>
        <translation>Schieb deinen Stuhl zurück und steh aufrecht auf, die Füße hüftbreit auseinander. Lass die Arme locker hängen.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="73" />
        <source>Shoulder rolls</source>
        <translation>Schulterkreisen</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="74" />
        <source>Lift both shoulders slowly towards your ears, roll them back and down, and keep circling at an easy pace. Keep the movement smooth and loose, never forced.</source>
        <translation>Heb beide Schultern langsam zu den Ohren, roll sie nach hinten und unten und kreis in ruhigem Tempo weiter. Halte die Bewegung weich und locker, nie erzwungen.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="75" />
        <source>Round the back</source>
        <translation>Rücken runden</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="76" />
        <source>Rest your hands on your thighs with soft knees, tuck your chin and let your back round slowly like a cat. Feel a gentle stretch along both sides of the spine, then come up slowly.</source>
        <translation>Stütz die Hände mit leicht gebeugten Knien auf die Oberschenkel, zieh das Kinn zur Brust und lass den Rücken langsam rund werden wie eine Katze. Spür eine sanfte Dehnung beiderseits der Wirbelsäule und komm dann langsam wieder hoch.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="77" />
        <source>Calf stretch at the desk</source>
        <translation>Wadendehnung am Schreibtisch</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="78" />
        <source>Hold the edge of the desk, step both feet back a little and press your heels towards the floor with your legs straight. Feel a gentle pull in both calves, never pain.</source>
        <translation>Halt dich an der Schreibtischkante fest, tritt mit beiden Füßen etwas zurück und drück die Fersen mit gestreckten Beinen Richtung Boden. Spür ein sanftes Ziehen in beiden Waden, nie Schmerz.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="79" />
        <source>Rest your eyes</source>
        <translation>Augen entspannen</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="80" />
        <source>Look at something about 6 metres away, out of a window or across the room, and keep your eyes on it for 20 seconds. Let your face relax and blink slowly.</source>
        <translation>Schau auf etwas, das etwa 6 Meter entfernt ist, aus dem Fenster oder quer durch den Raum, und halte den Blick 20 Sekunden lang darauf. Entspann dein Gesicht und blinzle langsam.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="85" />
        <source>Ball on the upper trapezius</source>
        <translation>Ball auf dem oberen Trapezius</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="86" />
        <source>Stand with your back to a wall and put the ball on the top of your shoulder, halfway between the neck and the shoulder tip, then bend your knees a little to roll it into place. Lean back until the pressure is about 6 or 7 out of 10, never sharp, and ease off when the spot softens or the tenderness clearly drops.</source>
        <translation>Stell dich mit dem Rücken an eine Wand und leg den Ball auf deine Schulteroberseite, auf halbem Weg zwischen Hals und Schulterspitze, dann beug die Knie etwas, um ihn an die richtige Stelle zu rollen. Lehn dich zurück, bis der Druck bei etwa 6 oder 7 von 10 liegt, nie stechend, und lass nach, sobald die Stelle weicher wird oder die Empfindlichkeit deutlich nachlässt.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="87" />
        <source>Ball on the levator scapulae</source>
        <translation>Ball auf dem Schulterblattheber</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="88" />
        <source>Keep your back to the wall and move the ball to the upper inner corner of the shoulder blade, where the neck meets the upper back, a few fingers out from the spine and off the neck itself. Lean in to about 6 or 7 out of 10, never sharp, and ease off when the spot softens or the tenderness clearly drops.</source>
        <translation>Bleib mit dem Rücken an der Wand und schieb den Ball zum oberen inneren Winkel des Schulterblatts, wo der Hals in den oberen Rücken übergeht, ein paar Finger breit neben der Wirbelsäule und nicht am Hals selbst. Lehn dich auf etwa 6 oder 7 von 10, nie stechend, und lass nach, sobald die Stelle weicher wird oder die Empfindlichkeit deutlich nachlässt.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="89" />
        <source>Sit down</source>
        <translation>Hinsetzen</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="90" />
        <source>Put the ball down and sit tall on your chair with both feet flat on the floor. Let your shoulders drop.</source>
        <translation>Leg den Ball ab und setz dich aufrecht auf deinen Stuhl, beide Füße flach auf dem Boden. Lass die Schultern sinken.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="91" />
        <source>Ear to shoulder stretch</source>
        <translation>Ohr-zur-Schulter-Dehnung</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="92" />
        <source>Hold the edge of your seat with the hand on the side being stretched, then let your head tilt slowly away, ear towards the other shoulder. Stop at a gentle pull along the top of the shoulder and breathe slowly, never forcing it.</source>
        <translation>Halt dich mit der Hand der zu dehnenden Seite an der Sitzkante fest und neig den Kopf langsam zur anderen Seite, das Ohr zur anderen Schulter. Hör bei einem sanften Ziehen entlang der Schulteroberseite auf und atme langsam, ohne etwas zu erzwingen.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="93" />
        <source>Chin tuck</source>
        <translation>Kinn zurückziehen</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="94" />
        <source>Sit tall and slide your chin straight back, as if making a double chin, then nod it very slightly down. Feel a mild stretch at the base of the skull, never pain or dizziness.</source>
        <translation>Setz dich aufrecht hin und schieb das Kinn gerade nach hinten, als würdest du ein Doppelkinn machen, dann nick ganz leicht nach unten. Spür eine leichte Dehnung am Schädelansatz, nie Schmerz oder Schwindel.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="97" />
        <source>Fingertips on the temple</source>
        <translation>Fingerspitzen an der Schläfe</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="98" />
        <source>No ball here: rest two or three fingertips on your temple, above and in front of the ear, and press in slowly while your jaw stays loose. Keep it gentle, about 6 out of 10 at most and never sharp, and ease off when the spot softens or the tenderness clearly drops.</source>
        <translation>Hier ohne Ball: Leg zwei oder drei Fingerspitzen an deine Schläfe, über und vor dem Ohr, und drück langsam hinein, während dein Kiefer locker bleibt. Bleib sanft, höchstens etwa 6 von 10 und nie stechend, und lass nach, sobald die Stelle weicher wird oder die Empfindlichkeit deutlich nachlässt.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="99" />
        <source>Fingertips on the jaw muscle</source>
        <translation>Fingerspitzen am Kaumuskel</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="100" />
        <source>No ball here: clench your teeth briefly to find the jaw muscle in front of the ear lobe, then let your jaw hang loose and press into it with two fingertips. Keep it gentle, about 6 out of 10 at most and never sharp, and ease off when the spot softens or the tenderness clearly drops.</source>
        <translation>Hier ohne Ball: Beiß kurz die Zähne zusammen, um den Kaumuskel vor dem Ohrläppchen zu finden, lass dann den Kiefer locker hängen und drück mit zwei Fingerspitzen hinein. Bleib sanft, höchstens etwa 6 von 10 und nie stechend, und lass nach, sobald die Stelle weicher wird oder die Empfindlichkeit deutlich nachlässt.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="101" />
        <source>Ball under the base of the skull</source>
        <translation>Ball unter dem Schädelrand</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="102" />
        <source>Lie on your back and rest the base of your skull on a soft ball, just to the side of the middle of the neck, never on the spine itself. Let the weight of your head give gentle pressure, about 6 out of 10 and never sharp, and ease off if you feel dizzy or tingling, or when the spot softens or the tenderness clearly drops.</source>
        <translation>Leg dich auf den Rücken und leg den Schädelrand auf einen weichen Ball, knapp neben der Mitte des Nackens, nie auf die Wirbelsäule selbst. Lass das Gewicht deines Kopfes sanften Druck geben, etwa 6 von 10 und nie stechend; lass nach, wenn dir schwindlig wird oder es kribbelt, oder sobald die Stelle weicher wird oder die Empfindlichkeit deutlich nachlässt.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="103" />
        <source>Stand with your back to a wall and put the ball on the upper inner corner of the shoulder blade, where the neck meets the upper back, a few fingers out from the spine and off the neck itself. Lean in to about 6 or 7 out of 10, never sharp, and ease off when the spot softens or the tenderness clearly drops.</source>
        <translation>Stell dich mit dem Rücken an eine Wand und leg den Ball auf den oberen inneren Winkel des Schulterblatts, wo der Hals in den oberen Rücken übergeht, ein paar Finger breit neben der Wirbelsäule und nicht am Hals selbst. Lehn dich auf etwa 6 oder 7 von 10, nie stechend, und lass nach, sobald die Stelle weicher wird oder die Empfindlichkeit deutlich nachlässt.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="104" />
        <source>Ball on the middle trapezius</source>
        <translation>Ball auf dem mittleren Trapezius</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="105" />
        <source>Stand with your back to a wall and place the ball between your spine and the top of the shoulder blade, beside the spine and never on it. Lean back to about 6 or 7 out of 10, never sharp, and ease off when the spot softens or the tenderness clearly drops.</source>
        <translation>Stell dich mit dem Rücken an eine Wand und leg den Ball zwischen deine Wirbelsäule und den oberen Teil des Schulterblatts, neben die Wirbelsäule und nie darauf. Lehn dich auf etwa 6 oder 7 von 10 zurück, nie stechend, und lass nach, sobald die Stelle weicher wird oder die Empfindlichkeit deutlich nachlässt.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="106" />
        <source>Ball on the lower trapezius</source>
        <translation>Ball auf dem unteren Trapezius</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="107" />
        <source>Stand with your back to a wall and place the ball just inside the lower tip of the shoulder blade, beside the spine and never on it, bending your knees to move it. Lean back to about 6 or 7 out of 10, never sharp, and ease off when the spot softens or the tenderness clearly drops.</source>
        <translation>Stell dich mit dem Rücken an eine Wand und leg den Ball knapp innen neben die untere Spitze des Schulterblatts, neben die Wirbelsäule und nie darauf; beug die Knie, um ihn zu verschieben. Lehn dich auf etwa 6 oder 7 von 10 zurück, nie stechend, und lass nach, sobald die Stelle weicher wird oder die Empfindlichkeit deutlich nachlässt.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="108" />
        <source>Ball on the rhomboids</source>
        <translation>Ball auf den Rautenmuskeln</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="109" />
        <source>Stand with your back to a wall, cross your arms to spread the shoulder blades, and place the ball between the spine and the inner edge of the shoulder blade, never on the spine. Lean back to about 6 or 7 out of 10, never sharp, and ease off when the spot softens or the tenderness clearly drops.</source>
        <translation>Stell dich mit dem Rücken an eine Wand, verschränk die Arme, damit die Schulterblätter auseinandergehen, und leg den Ball zwischen die Wirbelsäule und den inneren Rand des Schulterblatts, nie auf die Wirbelsäule. Lehn dich auf etwa 6 oder 7 von 10 zurück, nie stechend, und lass nach, sobald die Stelle weicher wird oder die Empfindlichkeit deutlich nachlässt.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="110" />
        <source>Ball above the shoulder blade ridge</source>
        <translation>Ball über der Schulterblattgräte</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="111" />
        <source>Stand with your back to a wall and place the ball just above the bony ridge that runs across the top of the shoulder blade, bending your knees a little to settle it there. Lean back to about 6 or 7 out of 10, never sharp, and ease off when the spot softens or the tenderness clearly drops.</source>
        <translation>Stell dich mit dem Rücken an eine Wand und leg den Ball knapp über die Knochenleiste, die quer über den oberen Teil des Schulterblatts verläuft; beug die Knie etwas, damit er dort liegen bleibt. Lehn dich auf etwa 6 oder 7 von 10 zurück, nie stechend, und lass nach, sobald die Stelle weicher wird oder die Empfindlichkeit deutlich nachlässt.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="112" />
        <source>Ball on the infraspinatus</source>
        <translation>Ball auf dem Untergrätenmuskel</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="113" />
        <source>Stand with your back to a wall and place the ball on the flat of the shoulder blade, below its bony ridge, letting that arm hang loosely across your body. Lean back to about 6 or 7 out of 10, never sharp, and ease off when the spot softens or the tenderness clearly drops.</source>
        <translation>Stell dich mit dem Rücken an eine Wand und leg den Ball auf die Fläche des Schulterblatts, unter seine Knochenleiste; lass den Arm dieser Seite locker vor dem Körper hängen. Lehn dich auf etwa 6 oder 7 von 10 zurück, nie stechend, und lass nach, sobald die Stelle weicher wird oder die Empfindlichkeit deutlich nachlässt.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="114" />
        <source>Ball on the teres minor</source>
        <translation>Ball auf dem kleinen Rundmuskel</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="115" />
        <source>Stand with your back to a wall, turn a little towards the side being worked, and place the ball on the outer edge of the shoulder blade, just below the back of the shoulder. Lean in to about 6 or 7 out of 10, never sharp, and ease off when the spot softens or the tenderness clearly drops.</source>
        <translation>Stell dich mit dem Rücken an eine Wand, dreh dich etwas zur behandelten Seite und leg den Ball auf den äußeren Rand des Schulterblatts, knapp unter der Schulterrückseite. Lehn dich auf etwa 6 oder 7 von 10, nie stechend, und lass nach, sobald die Stelle weicher wird oder die Empfindlichkeit deutlich nachlässt.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="116" />
        <source>Ball on the teres major</source>
        <translation>Ball auf dem großen Rundmuskel</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="117" />
        <source>Stand with your back to a wall, turn a little towards the side being worked, and place the ball on the lower outer corner of the shoulder blade, towards the armpit. Lean in to about 6 or 7 out of 10, never sharp, and ease off when the spot softens or the tenderness clearly drops.</source>
        <translation>Stell dich mit dem Rücken an eine Wand, dreh dich etwas zur behandelten Seite und leg den Ball auf den unteren äußeren Winkel des Schulterblatts, zur Achsel hin. Lehn dich auf etwa 6 oder 7 von 10, nie stechend, und lass nach, sobald die Stelle weicher wird oder die Empfindlichkeit deutlich nachlässt.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="118" />
        <source>Ball on the deltoid</source>
        <translation>Ball auf dem Deltamuskel</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="119" />
        <source>Stand side on to a wall and place the ball between the wall and the cap of your shoulder, on the muscle a little below the bony tip. Lean in to about 6 or 7 out of 10, never sharp, and ease off when the spot softens or the tenderness clearly drops.</source>
        <translation>Stell dich seitlich an eine Wand und leg den Ball zwischen die Wand und deine Schulterkappe, auf den Muskel etwas unter der knöchernen Spitze. Lehn dich auf etwa 6 oder 7 von 10, nie stechend, und lass nach, sobald die Stelle weicher wird oder die Empfindlichkeit deutlich nachlässt.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="120" />
        <source>Ball on the chest muscle</source>
        <translation>Ball auf dem Brustmuskel</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="121" />
        <source>Face a wall or a door frame and place the ball on the broad chest muscle, between the breastbone and the front of the armpit, a little below the collarbone. Lean in to about 6 or 7 out of 10, never sharp, and ease off when the spot softens or the tenderness clearly drops.</source>
        <translation>Stell dich mit dem Gesicht zu einer Wand oder einem Türrahmen und leg den Ball auf den breiten Brustmuskel, zwischen Brustbein und Vorderseite der Achsel, etwas unter dem Schlüsselbein. Lehn dich auf etwa 6 oder 7 von 10, nie stechend, und lass nach, sobald die Stelle weicher wird oder die Empfindlichkeit deutlich nachlässt.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="122" />
        <source>Ball below the outer collarbone</source>
        <translation>Ball unter dem äußeren Schlüsselbein</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="123" />
        <source>Face a wall or a door frame and place the ball just below the outer end of the collarbone, inside the front of the shoulder, then lean in slowly. Go gently, about 6 out of 10 and never sharp, and ease off at once if your arm tingles or goes numb, or when the spot softens or the tenderness clearly drops.</source>
        <translation>Stell dich mit dem Gesicht zu einer Wand oder einem Türrahmen, leg den Ball knapp unter das äußere Ende des Schlüsselbeins, innen neben die Vorderseite der Schulter, und lehn dich langsam hinein. Bleib sanft, etwa 6 von 10 und nie stechend; lass sofort nach, wenn dein Arm kribbelt oder taub wird, oder sobald die Stelle weicher wird oder die Empfindlichkeit deutlich nachlässt.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="124" />
        <source>Ball on the side of the back</source>
        <translation>Ball an der Seite des Rückens</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="125" />
        <source>Lie on your side with the lower arm stretched overhead and the ball under the side of your back, just below the armpit. Let your weight sink in to about 6 or 7 out of 10, never sharp, and ease off when the spot softens or the tenderness clearly drops.</source>
        <translation>Leg dich auf die Seite, den unteren Arm über den Kopf gestreckt und den Ball unter der Seite deines Rückens, knapp unterhalb der Achsel. Lass dein Gewicht auf etwa 6 oder 7 von 10 einsinken, nie stechend, und lass nach, sobald die Stelle weicher wird oder die Empfindlichkeit deutlich nachlässt.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="126" />
        <source>Ball beside the spine</source>
        <translation>Ball neben der Wirbelsäule</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="127" />
        <source>Stand with your back to a wall and place the ball in the long muscle beside your spine, two finger widths out from the bony bumps and never on them. Lean back to about 6 or 7 out of 10, never sharp, and ease off when the spot softens or the tenderness clearly drops.</source>
        <translation>Stell dich mit dem Rücken an eine Wand und leg den Ball auf den langen Muskel neben deiner Wirbelsäule, zwei Finger breit neben den knöchernen Höckern und nie darauf. Lehn dich auf etwa 6 oder 7 von 10 zurück, nie stechend, und lass nach, sobald die Stelle weicher wird oder die Empfindlichkeit deutlich nachlässt.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="128" />
        <source>Stand with your back to a wall and place the ball in the soft area between your lowest rib and the top of the hip bone, out to the side of the long muscles beside the spine. Lean in gently to about 6 or 7 out of 10, never sharp, and ease off when the spot softens or the tenderness clearly drops.</source>
        <translation>Stell dich mit dem Rücken an eine Wand und leg den Ball in den weichen Bereich zwischen deiner untersten Rippe und dem oberen Rand des Beckenknochens, seitlich neben den langen Muskeln an der Wirbelsäule. Lehn dich sanft auf etwa 6 oder 7 von 10, nie stechend, und lass nach, sobald die Stelle weicher wird oder die Empfindlichkeit deutlich nachlässt.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="129" />
        <source>Ball on the biceps</source>
        <translation>Ball auf dem Bizeps</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="130" />
        <source>Sit with your forearm resting on the desk, palm up, and press the ball into the middle of the front of the upper arm with your other hand, away from the soft inner groove. Press to about 6 or 7 out of 10, never sharp, and ease off when the spot softens or the tenderness clearly drops.</source>
        <translation>Setz dich hin, den Unterarm mit der Handfläche nach oben auf dem Schreibtisch, und drück den Ball mit der anderen Hand in die Mitte der Oberarmvorderseite, weg von der weichen Rinne an der Innenseite. Drück bis etwa 6 oder 7 von 10, nie stechend, und lass nach, sobald die Stelle weicher wird oder die Empfindlichkeit deutlich nachlässt.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="131" />
        <source>Ball on the triceps</source>
        <translation>Ball auf dem Trizeps</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="132" />
        <source>Lie on your back with the arm along your side and the ball under the back of the upper arm, halfway between the elbow and the armpit, then press the arm down into it. Keep it to about 6 or 7 out of 10, never sharp, and ease off when the spot softens or the tenderness clearly drops.</source>
        <translation>Leg dich auf den Rücken, den Arm neben dem Körper und den Ball unter der Rückseite des Oberarms, auf halbem Weg zwischen Ellbogen und Achsel, und drück den Arm dann hinein. Bleib bei etwa 6 oder 7 von 10, nie stechend, und lass nach, sobald die Stelle weicher wird oder die Empfindlichkeit deutlich nachlässt.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="133" />
        <source>Turn your palm down and rest the fleshy upper half of your forearm on the ball on the desk, well away from the wrist, then lean on it gently with your other hand. Keep it to about 6 or 7 out of 10, never sharp, and ease off when the spot softens or the tenderness clearly drops.</source>
        <translation>Dreh die Handfläche nach unten und leg die fleischige obere Hälfte deines Unterarms auf den Ball auf dem Schreibtisch, weit weg vom Handgelenk, dann lehn dich mit der anderen Hand sanft darauf. Bleib bei etwa 6 oder 7 von 10, nie stechend, und lass nach, sobald die Stelle weicher wird oder die Empfindlichkeit deutlich nachlässt.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="134" />
        <source>Stand with the back of your hip to a wall and place the ball on the upper outer buttock, just below the rim of the hip bone, turning a little towards that side. Lean in to about 6 or 7 out of 10, never sharp, and ease off when the spot softens or the tenderness clearly drops.</source>
        <translation>Stell dich mit der Rückseite der Hüfte an eine Wand und leg den Ball auf den oberen äußeren Teil des Gesäßes, knapp unter dem Rand des Beckenknochens; dreh dich etwas zu dieser Seite. Lehn dich auf etwa 6 oder 7 von 10, nie stechend, und lass nach, sobald die Stelle weicher wird oder die Empfindlichkeit deutlich nachlässt.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="135" />
        <source>Ball on the gluteus maximus</source>
        <translation>Ball auf dem großen Gesäßmuskel</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="136" />
        <source>Sit on the floor with your hands behind you and the ball under the bulk of the buttock, then shift your weight slowly onto it. Let it build to about 6 or 7 out of 10, never sharp, and ease off when the spot softens or the tenderness clearly drops.</source>
        <translation>Setz dich auf den Boden, die Hände hinter dir und den Ball unter dem Hauptteil des Gesäßes, und verlagere dein Gewicht langsam darauf. Lass den Druck auf etwa 6 oder 7 von 10 steigen, nie stechend, und lass nach, sobald die Stelle weicher wird oder die Empfindlichkeit deutlich nachlässt.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="137" />
        <source>Lie on your back with knees bent and the ball deep in the middle of the buttock, then let the knee on that side fall gently outwards. Press to about 6 or 7 out of 10, never sharp, and ease off at once if tingling runs down the leg, or when the spot softens or the tenderness clearly drops.</source>
        <translation>Leg dich mit angewinkelten Knien auf den Rücken, den Ball tief in der Mitte des Gesäßes, und lass das Knie auf dieser Seite sanft nach außen fallen. Drück bis etwa 6 oder 7 von 10, nie stechend; lass sofort nach, wenn es ins Bein kribbelt, oder sobald die Stelle weicher wird oder die Empfindlichkeit deutlich nachlässt.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="138" />
        <source>Ball on the front of the outer hip</source>
        <translation>Ball an der vorderen Hüftaußenseite</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="139" />
        <source>Stand side on to a wall and place the ball on the front of the outer hip, just below and in front of the bony point of the hip bone. Lean in to about 6 or 7 out of 10, never sharp, and ease off when the spot softens or the tenderness clearly drops.</source>
        <translation>Stell dich seitlich an eine Wand und leg den Ball auf die vordere Hüftaußenseite, knapp unter und vor den Knochenvorsprung des Beckens. Lehn dich auf etwa 6 oder 7 von 10, nie stechend, und lass nach, sobald die Stelle weicher wird oder die Empfindlichkeit deutlich nachlässt.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="140" />
        <source>Ball on the front of the thigh</source>
        <translation>Ball auf der Oberschenkelvorderseite</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="141" />
        <source>Lie face down on your forearms with the ball under the front of your thigh, midway between the hip and the knee and well above the kneecap. Let your weight sink to about 6 or 7 out of 10, never sharp, and ease off when the spot softens or the tenderness clearly drops.</source>
        <translation>Leg dich auf den Bauch, auf die Unterarme gestützt, den Ball unter der Vorderseite deines Oberschenkels, mittig zwischen Hüfte und Knie und deutlich über der Kniescheibe. Lass dein Gewicht auf etwa 6 oder 7 von 10 einsinken, nie stechend, und lass nach, sobald die Stelle weicher wird oder die Empfindlichkeit deutlich nachlässt.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="142" />
        <source>Ball under the back of the thigh</source>
        <translation>Ball unter der Oberschenkelrückseite</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="143" />
        <source>Sit on a firm chair and place the ball under the back of your thigh, midway between the buttock and the knee and well away from the back of the knee. Let your weight settle to about 6 or 7 out of 10, never sharp, and ease off when the spot softens or the tenderness clearly drops.</source>
        <translation>Setz dich auf einen festen Stuhl und leg den Ball unter die Rückseite deines Oberschenkels, mittig zwischen Gesäß und Knie und weit weg von der Kniekehle. Lass dein Gewicht auf etwa 6 oder 7 von 10 einsinken, nie stechend, und lass nach, sobald die Stelle weicher wird oder die Empfindlichkeit deutlich nachlässt.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="144" />
        <source>Ball under the calf</source>
        <translation>Ball unter der Wade</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="145" />
        <source>Sit on the floor and rest the thick part of your calf on the ball, well below the back of the knee and clear of any varicose veins, crossing the other leg on top for more pressure. Keep it to about 6 or 7 out of 10, never sharp, and ease off when the spot softens or the tenderness clearly drops.</source>
        <translation>Setz dich auf den Boden und leg den dicksten Teil deiner Wade auf den Ball, deutlich unter der Kniekehle und abseits von Krampfadern; leg für mehr Druck das andere Bein darüber. Bleib bei etwa 6 oder 7 von 10, nie stechend, und lass nach, sobald die Stelle weicher wird oder die Empfindlichkeit deutlich nachlässt.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="146" />
        <source>Ball under the foot</source>
        <translation>Ball unter dem Fuß</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="147" />
        <source>Sit at the desk with the ball under the arch of your foot and press down slowly, keeping your heel on the floor. Press to about 6 or 7 out of 10, never sharp, and ease off when the spot softens or the tenderness clearly drops.</source>
        <translation>Setz dich an den Schreibtisch, den Ball unter dem Fußgewölbe, und drück langsam nach unten, die Ferse bleibt auf dem Boden. Drück bis etwa 6 oder 7 von 10, nie stechend, und lass nach, sobald die Stelle weicher wird oder die Empfindlichkeit deutlich nachlässt.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="150" />
        <source>Slow jaw opening</source>
        <translation>Langsames Öffnen des Kiefers</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="151" />
        <source>Sit tall, let your jaw drop open slowly as far as is comfortable, and rest your fingertips lightly on your temples. Feel a mild stretch at the sides of the head, and stop if the jaw clicks painfully or aches.</source>
        <translation>Setz dich aufrecht hin, lass den Kiefer langsam so weit aufgehen, wie es angenehm ist, und leg die Fingerspitzen leicht an die Schläfen. Spür eine leichte Dehnung an den Seiten des Kopfes und hör auf, wenn der Kiefer schmerzhaft knackt oder wehtut.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="152" />
        <source>Jaw stretch with the tongue up</source>
        <translation>Kieferdehnung mit der Zunge oben</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="153" />
        <source>Rest the tip of your tongue behind your top front teeth and open your mouth slowly until the jaw muscles in front of the ears feel long. Hold at a gentle pull, never pain, with your face and shoulders relaxed.</source>
        <translation>Leg die Zungenspitze hinter die oberen Schneidezähne und öffne den Mund langsam, bis sich die Kaumuskeln vor den Ohren lang anfühlen. Halte bei einem sanften Ziehen, nie bei Schmerz, mit entspanntem Gesicht und lockeren Schultern.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="154" />
        <source>Gentle side of neck stretch</source>
        <translation>Sanfte Dehnung der Halsseite</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="155" />
        <source>Sit tall, hold the seat edge with the hand on the side being stretched, tilt your head slowly away, then turn your face a little towards that side and lift your chin slightly. Stop at a light pull along the side of the neck, and stop at once if you feel dizzy, tingling or numb.</source>
        <translation>Setz dich aufrecht hin, halt dich mit der Hand der zu dehnenden Seite an der Sitzkante fest, neig den Kopf langsam zur anderen Seite, dreh dann das Gesicht etwas zu dieser Seite und heb das Kinn leicht. Hör bei einem leichten Ziehen an der Halsseite auf, und hör sofort auf, wenn dir schwindlig wird, es kribbelt oder taub wird.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="156" />
        <source>Collarbone hold neck stretch</source>
        <translation>Halsdehnung mit Hand auf dem Schlüsselbein</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="157" />
        <source>Rest the other hand flat on the collarbone on the side being stretched to keep it down, then tilt your head slowly away and lift your chin a little. Stop at a light pull low in the side of the neck, and stop at once if you feel dizzy, tingling or numb.</source>
        <translation>Leg die andere Hand flach auf das Schlüsselbein der zu dehnenden Seite, um es unten zu halten, neig dann den Kopf langsam zur anderen Seite und heb das Kinn etwas. Hör bei einem leichten Ziehen unten an der Halsseite auf, und hör sofort auf, wenn dir schwindlig wird, es kribbelt oder taub wird.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="158" />
        <source>Nose to armpit stretch</source>
        <translation>Nase-zur-Achsel-Dehnung</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="159" />
        <source>Hold the edge of your seat with the hand on the side being stretched, turn your nose towards the other armpit and let your head drop forward slowly. Feel a gentle pull from the back of the neck to the top of the shoulder blade, and never pull on your head.</source>
        <translation>Halt dich mit der Hand der zu dehnenden Seite an der Sitzkante fest, dreh die Nase zur anderen Achsel und lass den Kopf langsam nach vorn sinken. Spür ein sanftes Ziehen vom Nacken bis zum oberen Rand des Schulterblatts und zieh nie am Kopf.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="160" />
        <source>Arms forward, upper back rounded</source>
        <translation>Arme nach vorn, oberer Rücken rund</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="161" />
        <source>Clasp your hands in front of you at chest height, push them forward and let your upper back round as the shoulder blades spread apart. Feel a gentle stretch between the shoulder blades and keep breathing slowly.</source>
        <translation>Verschränk die Hände vor dir auf Brusthöhe, schieb sie nach vorn und lass den oberen Rücken rund werden, während die Schulterblätter auseinandergehen. Spür eine sanfte Dehnung zwischen den Schulterblättern und atme langsam weiter.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="162" />
        <source>Kneeling diagonal reach</source>
        <translation>Diagonales Strecken im Knien</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="163" />
        <source>Kneel and sit back towards your heels, then walk the hand on the side being stretched forward and across towards the other side, letting your chest sink. Feel a gentle pull low along the shoulder blade and the middle of the back, never a pinch.</source>
        <translation>Knie dich hin und setz dich Richtung Fersen zurück, dann wandere mit der Hand der zu dehnenden Seite nach vorn und hinüber zur anderen Seite und lass die Brust sinken. Spür ein sanftes Ziehen unten am Schulterblatt und in der Mitte des Rückens, nie ein Zwicken.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="164" />
        <source>Door frame lean back</source>
        <translation>Am Türrahmen zurücklehnen</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="165" />
        <source>Hold a door frame at chest height with the hand on the side being stretched, round your upper back and lean your weight back, letting the shoulder blade slide away from the spine. Feel a gentle pull between the spine and the shoulder blade, never pain.</source>
        <translation>Halt dich mit der Hand der zu dehnenden Seite auf Brusthöhe an einem Türrahmen fest, mach den oberen Rücken rund und verlagere dein Gewicht nach hinten, sodass das Schulterblatt von der Wirbelsäule weggleitet. Spür ein sanftes Ziehen zwischen Wirbelsäule und Schulterblatt, nie Schmerz.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="166" />
        <source>Arm behind the back</source>
        <translation>Arm hinter dem Rücken</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="167" />
        <source>Put the arm on the side being stretched behind your back, hold that wrist with the other hand and draw it gently across towards the other side. Feel a mild pull over the top of the shoulder blade, and ease back if the shoulder pinches.</source>
        <translation>Leg den Arm der zu dehnenden Seite hinter den Rücken, fass das Handgelenk mit der anderen Hand und zieh es sanft zur anderen Seite. Spür ein leichtes Ziehen über dem oberen Teil des Schulterblatts und geh zurück, wenn die Schulter zwickt.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="168" />
        <source>Elbow forward stretch</source>
        <translation>Ellbogen-nach-vorn-Dehnung</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="169" />
        <source>Rest the back of the hand on the side being stretched against your low back, then with the other hand draw that elbow slowly forward. Feel a mild pull over the back of the shoulder blade, and ease back if the shoulder pinches.</source>
        <translation>Leg den Handrücken der zu dehnenden Seite an deinen unteren Rücken und zieh dann mit der anderen Hand den Ellbogen langsam nach vorn. Spür ein leichtes Ziehen über der Rückseite des Schulterblatts und geh zurück, wenn die Schulter zwickt.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="170" />
        <source>Side lying forearm lower</source>
        <translation>Unterarm senken in Seitenlage</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="171" />
        <source>Lie on the side being stretched with that arm in front at shoulder height, elbow bent to a right angle and fingers pointing up, then use the other hand to lower the forearm slowly towards the floor. Stop at a mild stretch at the back of the shoulder, never a pinch.</source>
        <translation>Leg dich auf die zu dehnende Seite, den Arm dieser Seite vor dir auf Schulterhöhe, Ellbogen rechtwinklig gebeugt und Finger nach oben, und senk den Unterarm mit der anderen Hand langsam Richtung Boden. Hör bei einer leichten Dehnung an der Rückseite der Schulter auf, nie bei einem Zwicken.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="172" />
        <source>Forearm on the wall</source>
        <translation>Unterarm an der Wand</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="173" />
        <source>Face a wall and rest the forearm on the side being stretched against it above your head, elbow bent, then let your chest sink gently towards the wall. Feel a mild pull along the outer edge of the shoulder blade near the armpit, never a pinch.</source>
        <translation>Stell dich mit dem Gesicht zur Wand, leg den Unterarm der zu dehnenden Seite über dem Kopf an die Wand, Ellbogen gebeugt, und lass die Brust sanft zur Wand sinken. Spür ein leichtes Ziehen am äußeren Rand des Schulterblatts nahe der Achsel, nie ein Zwicken.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="174" />
        <source>Arm across the chest</source>
        <translation>Arm quer vor der Brust</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="175" />
        <source>Bring the arm on the side being stretched across your chest at shoulder height and draw it closer with the other hand on the upper arm, not the elbow. Feel a gentle pull over the back of the shoulder cap, never pain.</source>
        <translation>Führ den Arm der zu dehnenden Seite auf Schulterhöhe quer vor die Brust und zieh ihn mit der anderen Hand am Oberarm näher heran, nicht am Ellbogen. Spür ein sanftes Ziehen hinten über der Schulterkappe, nie Schmerz.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="176" />
        <source>Doorway chest stretch</source>
        <translation>Brustdehnung im Türrahmen</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="177" />
        <source>Put the forearm on the side being stretched against a door frame, elbow at shoulder height, and turn your chest slowly away from it. Stop at a gentle pull across the chest towards the front of the armpit, never pain in the shoulder.</source>
        <translation>Leg den Unterarm der zu dehnenden Seite an einen Türrahmen, den Ellbogen auf Schulterhöhe, und dreh die Brust langsam davon weg. Hör bei einem sanften Ziehen quer über die Brust zur Vorderseite der Achsel auf, nie bei Schmerz in der Schulter.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="178" />
        <source>High doorway stretch</source>
        <translation>Hohe Dehnung im Türrahmen</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="179" />
        <source>Put the forearm on the side being stretched against a door frame with the elbow above shoulder height, then step slowly through and draw the shoulder back and down. Feel a mild pull just below the outer collarbone, and ease off if the arm tingles.</source>
        <translation>Leg den Unterarm der zu dehnenden Seite an einen Türrahmen, den Ellbogen über Schulterhöhe, tritt dann langsam durch und zieh die Schulter nach hinten und unten. Spür ein leichtes Ziehen knapp unter dem äußeren Schlüsselbein und lass nach, wenn der Arm kribbelt.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="180" />
        <source>Door frame side reach</source>
        <translation>Seitliches Strecken am Türrahmen</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="181" />
        <source>Hold a door frame above head height with the hand on the side being stretched, then let your hips drift back and away so your side curves. Feel a gentle pull along the side of the back, from the armpit down towards the waist.</source>
        <translation>Halt dich mit der Hand der zu dehnenden Seite über Kopfhöhe an einem Türrahmen fest und lass die Hüfte nach hinten und zur Seite wandern, sodass sich deine Seite wölbt. Spür ein sanftes Ziehen an der Seite des Rückens, von der Achsel hinunter zur Taille.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="182" />
        <source>Lie on your back and hug both knees gently towards your chest, holding behind the thighs rather than over the kneecaps. Feel a mild stretch across the low back and keep breathing slowly.</source>
        <translation>Leg dich auf den Rücken und zieh beide Knie sanft zur Brust, dabei hinter die Oberschenkel gefasst statt über die Kniescheiben. Spür eine leichte Dehnung quer über den unteren Rücken und atme langsam weiter.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="183" />
        <source>Stand tall, cross the leg on the side being stretched behind the other, raise that arm overhead and lean slowly over to the other side. Stop at a gentle pull along the side of the low back, between the ribs and the hip, and keep breathing.</source>
        <translation>Steh aufrecht, kreuz das Bein der zu dehnenden Seite hinter das andere, heb den Arm dieser Seite über den Kopf und neig dich langsam zur anderen Seite. Hör bei einem sanften Ziehen an der Seite des unteren Rückens auf, zwischen Rippen und Hüfte, und atme weiter.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="184" />
        <source>Hand on the wall behind you</source>
        <translation>Hand an der Wand hinter dir</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="185" />
        <source>Place the hand on the side being stretched flat on a wall behind you at shoulder height, thumb up and arm straight, then turn your body slowly away. Feel a gentle pull along the front of the upper arm, never pain in the shoulder.</source>
        <translation>Leg die Hand der zu dehnenden Seite auf Schulterhöhe flach an eine Wand hinter dir, Daumen oben und Arm gestreckt, und dreh deinen Körper langsam weg. Spür ein sanftes Ziehen an der Vorderseite des Oberarms, nie Schmerz in der Schulter.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="186" />
        <source>Hand down the back</source>
        <translation>Hand den Rücken hinunter</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="187" />
        <source>Raise the arm on the side being stretched, bend the elbow so the hand drops behind your head, and nudge the elbow back gently with the other hand. Feel a mild pull along the back of the upper arm, never a pinch in the shoulder.</source>
        <translation>Heb den Arm der zu dehnenden Seite, beug den Ellbogen, sodass die Hand hinter den Kopf sinkt, und schieb den Ellbogen mit der anderen Hand sanft nach hinten. Spür ein leichtes Ziehen an der Rückseite des Oberarms, nie ein Zwicken in der Schulter.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="188" />
        <source>Fingers back stretch</source>
        <translation>Finger-zurück-Dehnung</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="189" />
        <source>Hold the arm on the side being stretched straight out in front, palm up, and with the other hand gently draw the fingers back towards you. Stop at a gentle pull along the palm side of the forearm, never pain in the wrist.</source>
        <translation>Streck den Arm der zu dehnenden Seite gerade nach vorn, Handfläche nach oben, und zieh mit der anderen Hand die Finger sanft zu dir zurück. Hör bei einem sanften Ziehen an der Innenseite des Unterarms auf, nie bei Schmerz im Handgelenk.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="190" />
        <source>Wrist down stretch</source>
        <translation>Handgelenk-nach-unten-Dehnung</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="191" />
        <source>Hold the arm on the side being stretched straight out in front, palm down, curl the fingers in and with the other hand gently bend the wrist down. Feel a mild pull along the back of the forearm below the elbow, never pain.</source>
        <translation>Streck den Arm der zu dehnenden Seite gerade nach vorn, Handfläche nach unten, roll die Finger ein und beug das Handgelenk mit der anderen Hand sanft nach unten. Spür ein leichtes Ziehen an der Oberseite des Unterarms unterhalb des Ellbogens, nie Schmerz.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="192" />
        <source>Lying knee across</source>
        <translation>Knie quer im Liegen</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="193" />
        <source>Lie on your back, bend the knee on the side being stretched and draw it across your body with the other hand, keeping both shoulders on the floor. Feel a gentle pull in the upper outer buttock and the side of the hip, never in the low back.</source>
        <translation>Leg dich auf den Rücken, beug das Knie der zu dehnenden Seite und zieh es mit der anderen Hand quer über deinen Körper; beide Schultern bleiben auf dem Boden. Spür ein sanftes Ziehen im oberen äußeren Gesäß und an der Seite der Hüfte, nie im unteren Rücken.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="194" />
        <source>Knee to chest</source>
        <translation>Knie zur Brust</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="195" />
        <source>Lie on your back and hug the knee on the side being stretched towards the same shoulder, holding the shin just below the knee, with the other leg resting on the floor. Feel a gentle stretch in the buttock and keep your back relaxed.</source>
        <translation>Leg dich auf den Rücken und zieh das Knie der zu dehnenden Seite zur gleichen Schulter, dabei das Schienbein knapp unter dem Knie gefasst, das andere Bein liegt auf dem Boden. Spür eine sanfte Dehnung im Gesäß und halte den Rücken entspannt.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="196" />
        <source>Lie on your back, cross the ankle on the side being stretched over the other knee, then hold behind the lower thigh and draw both legs gently towards you. Stop at a gentle pull deep in the buttock, and ease off if tingling runs down the leg.</source>
        <translation>Leg dich auf den Rücken, leg den Knöchel der zu dehnenden Seite über das andere Knie, fass dann hinter den unteren Oberschenkel und zieh beide Beine sanft zu dir. Hör bei einem sanften Ziehen tief im Gesäß auf und lass nach, wenn es ins Bein kribbelt.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="197" />
        <source>Leg behind, hip out</source>
        <translation>Bein nach hinten, Hüfte hinaus</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="198" />
        <source>Stand with the side being stretched next to a wall, one hand on it, cross that leg behind the other and let the hip drift gently towards the wall, tailbone tucked under. Feel a mild pull at the front of the outer hip, never pain.</source>
        <translation>Stell dich mit der zu dehnenden Seite neben eine Wand, eine Hand daran, kreuz das Bein dieser Seite hinter das andere und lass die Hüfte sanft zur Wand wandern, das Steißbein eingerollt. Spür ein leichtes Ziehen an der vorderen Hüftaußenseite, nie Schmerz.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="199" />
        <source>Standing thigh stretch</source>
        <translation>Oberschenkeldehnung im Stehen</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="200" />
        <source>Hold the desk for balance, bend the knee on the side being stretched and hold that ankle, drawing the heel towards your buttock with the knees side by side. Feel a gentle pull along the front of the thigh, never in the knee.</source>
        <translation>Halt dich am Schreibtisch fest, beug das Knie der zu dehnenden Seite, fass den Knöchel und zieh die Ferse zum Gesäß, die Knie nebeneinander. Spür ein sanftes Ziehen an der Vorderseite des Oberschenkels, nie im Knie.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="201" />
        <source>Seated leg straight</source>
        <translation>Gestrecktes Bein im Sitzen</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="202" />
        <source>Sit near the front of your chair with the leg on the side being stretched straight and its heel on the floor, then lean forward from the hips with a long back. Stop at a gentle pull along the back of the thigh, never behind the knee.</source>
        <translation>Setz dich nach vorn auf die Stuhlkante, das Bein der zu dehnenden Seite gestreckt und die Ferse am Boden, und neig dich mit langem Rücken aus der Hüfte nach vorn. Hör bei einem sanften Ziehen an der Rückseite des Oberschenkels auf, nie hinter dem Knie.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="203" />
        <source>Calf stretch at the wall</source>
        <translation>Wadendehnung an der Wand</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="204" />
        <source>Put both hands on a wall and step the leg on the side being stretched back, keeping it straight and the heel down, while the front knee bends. Feel a gentle pull in the calf, never in the back of the knee.</source>
        <translation>Leg beide Hände an eine Wand und setz das Bein der zu dehnenden Seite nach hinten, gestreckt und mit der Ferse am Boden, während sich das vordere Knie beugt. Spür ein sanftes Ziehen in der Wade, nie in der Kniekehle.</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="205" />
        <source>Toes back stretch</source>
        <translation>Zehen-zurück-Dehnung</translation>
    </message>
    <message>
        <location filename="data_strings.py" line="206" />
        <source>Sit and rest the foot on the side being stretched across the other knee, then with your hand draw the toes gently back towards the shin. Feel a gentle stretch along the sole and the arch, never pain.</source>
        <translation>Setz dich hin, leg den Fuß der zu dehnenden Seite auf das andere Knie und zieh die Zehen mit der Hand sanft Richtung Schienbein. Spür eine sanfte Dehnung an der Fußsohle und im Gewölbe, nie Schmerz.</translation>
    </message>
</context>
<context>
    <name>tenderness</name>
    <message>
        <location filename="../../core/tenderness.py" line="98" />
        <source>after the last hold: {value}</source>
        <translation>nach dem letzten Halten: {value}</translation>
    </message>
</context>
<context>
    <name>today_page</name>
    <message>
        <location filename="../../ui/today_page.py" line="38" />
        <source>So far today: {drunk} of {goal}.</source>
        <translation>Heute bisher: {drunk} von {goal}.</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="56" />
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="57" />
        <source>Your knots, water, posture and sessions at a glance.</source>
        <translation>Deine Knoten, Wasser, Haltung und Einheiten auf einen Blick.</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="72" />
        <source>This journal holds sample data, so you can look around.</source>
        <translation>Dieses Tagebuch enthält Beispieldaten, damit du dich umsehen kannst.</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="75" />
        <source>Remove sample data</source>
        <translation>Beispieldaten entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="84" />
        <source>Active knots</source>
        <translation>Aktive Knoten</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="85" />
        <source>Start today's session</source>
        <translation>Heutige Einheit starten</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="88" />
        <source>Water today</source>
        <translation>Wasser heute</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="91" />
        <source>Water against today's goal</source>
        <translation>Wasser im Vergleich zum heutigen Trinkziel</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="98" />
        <source>Posture check-ins</source>
        <translation>Haltungschecks</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="107" />
        <source>Sessions this week</source>
        <translation>Einheiten diese Woche</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="108" />
        <source>Log a massage or treatment…</source>
        <translation>Massage oder Behandlung eintragen…</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="111" />
        <location filename="../../ui/today_page.py" line="114" />
        <source>Next reminders</source>
        <translation>Nächste Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="127" />
        <source>Waiting for an answer</source>
        <translation>Warten auf deine Antwort</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="160" />
        <source>dddd d MMMM yyyy</source>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="166" />
        <source>Mark a knot on the Body map to start following it.</source>
        <translation>Markiere einen Knoten auf der Körperkarte, um ihn zu verfolgen.</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="172" />
        <source>Most tender: {knot}, {tenderness}/10</source>
        <translation>Am empfindlichsten: {knot}, {tenderness}/10</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="181" />
        <source>Last: {day}, {time} ({state})</source>
        <translation>Zuletzt: {day}, {time} ({state})</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="182" />
        <source>ddd d MMM</source>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="197" />
        <source>Goal {amount}</source>
        <translation>Ziel {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="205" />
        <source>Log a glass of water, {amount}</source>
        <translation>Ein Glas Wasser eintragen, {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="212" />
        <source>{fine} fine, {fixed} fixed</source>
        <translation>{fine} in Ordnung, {fixed} korrigiert</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="223" />
        <source>Reminders are paused until {time}.</source>
        <translation>Erinnerungen sind bis {time} pausiert.</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="232" />
        <source>{weekday} {time}</source>
        <translation>{weekday} {time}</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="236" />
        <source>{when}  {reminder}</source>
        <translation>{when}  {reminder}</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="241" />
        <source>No reminders are planned.</source>
        <translation>Keine Erinnerungen geplant.</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="244" />
        <source>Next reminders: {list}</source>
        <translation>Nächste Erinnerungen: {list}</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="260" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="261" />
        <source>Dismiss this notice</source>
        <translation>Diesen Hinweis schließen</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="271" />
        <source>Remove sample data?</source>
        <translation>Beispieldaten entfernen?</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="272" />
        <source>Remove every sample knot, rating and session? What you entered yourself stays.</source>
        <translation>Alle Beispielknoten, -bewertungen und -einheiten entfernen? Was du selbst eingetragen hast, bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>todays_knots</name>
    <message>
        <location filename="../../core/todays_knots.py" line="29" />
        <source>Ball on your {knot}</source>
        <translation>Ball: {knot}</translation>
    </message>
    <message>
        <location filename="../../core/todays_knots.py" line="30" />
        <source>Ball holds and stretches for your {knots}.</source>
        <translation>Druckhalten mit dem Ball und Dehnungen für: {knots}.</translation>
    </message>
    <message>
        <location filename="../../core/todays_knots.py" line="31" />
        <source>Move the ball to your {knot}. Settle into position.</source>
        <translation>Setz den Ball um: {knot}. Bring dich in Position.</translation>
    </message>
    <message>
        <location filename="../../core/todays_knots.py" line="111" />
        <source>Move the ball</source>
        <translation>Ball umsetzen</translation>
    </message>
</context>
<context>
    <name>tray</name>
    <message>
        <location filename="../../ui/tray.py" line="36" />
        <source>{app} tray menu</source>
        <translation>{app}-Menü im Infobereich</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="42" />
        <source>Log a glass of water</source>
        <translation>Ein Glas Wasser eintragen</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="44" />
        <source>Start a session</source>
        <translation>Einheit starten</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="48" />
        <source>Pause reminders</source>
        <translation>Erinnerungen pausieren</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="49" />
        <source>For 1 hour</source>
        <translation>Für 1 Stunde</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="51" />
        <source>Until tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="55" />
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="58" />
        <source>Open {app}</source>
        <translation>{app} öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="59" />
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="82" />
        <source>Paused until {time}</source>
        <translation>Pausiert bis {time}</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="88" />
        <source>{weekday} {time}</source>
        <translation>{weekday} {time}</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="89" />
        <source>{reminder} at {time}</source>
        <translation>{reminder} um {time}</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="91" />
        <source>No reminders planned</source>
        <translation>Keine Erinnerungen geplant</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="96" />
        <source>Log a glass of water (+{amount})</source>
        <translation>Ein Glas Wasser eintragen (+{amount})</translation>
    </message>
</context>
<context>
    <name>treatment_dialog</name>
    <message>
        <location filename="../../ui/treatment_dialog.py" line="46" />
        <source>Log a treatment</source>
        <translation>Behandlung eintragen</translation>
    </message>
    <message>
        <location filename="../../ui/treatment_dialog.py" line="51" />
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/treatment_dialog.py" line="56" />
        <source>Knots it treated</source>
        <translation>Behandelte Knoten</translation>
    </message>
    <message>
        <location filename="../../ui/treatment_dialog.py" line="69" />
        <source>Optional: who, what they found, how it felt</source>
        <translation>Optional: wer, was gefunden wurde, wie es sich angefühlt hat</translation>
    </message>
    <message>
        <location filename="../../ui/treatment_dialog.py" line="72" />
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <location filename="../../ui/treatment_dialog.py" line="73" />
        <source>&amp;What:</source>
        <translation>W&amp;as:</translation>
    </message>
    <message>
        <location filename="../../ui/treatment_dialog.py" line="75" />
        <source>&amp;Knots treated:</source>
        <translation>&amp;Behandelte Knoten:</translation>
    </message>
    <message>
        <location filename="../../ui/treatment_dialog.py" line="77" />
        <source>No active knots to tick.</source>
        <translation>Keine aktiven Knoten zum Ankreuzen.</translation>
    </message>
    <message>
        <location filename="../../ui/treatment_dialog.py" line="81" />
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <location filename="../../ui/treatment_dialog.py" line="95" />
        <source>A massage or therapy session counts as a focused session for each knot.</source>
        <translation>Eine Massage oder Therapiestunde zählt für jeden behandelten Knoten als gezielte Einheit.</translation>
    </message>
</context>
<context>
    <name>trends</name>
    <message>
        <location filename="../../core/trends.py" line="43" />
        <source>rising over two weeks</source>
        <translation>steigend über zwei Wochen</translation>
    </message>
    <message>
        <location filename="../../core/trends.py" line="44" />
        <source>easing over two weeks</source>
        <translation>nachlassend über zwei Wochen</translation>
    </message>
    <message>
        <location filename="../../core/trends.py" line="45" />
        <source>steady over two weeks</source>
        <translation>gleichbleibend über zwei Wochen</translation>
    </message>
    <message>
        <location filename="../../core/trends.py" line="46" />
        <source>not enough ratings for a trend</source>
        <translation>zu wenige Bewertungen für einen Trend</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <location filename="../../core/units.py" line="43" />
        <source>fl oz</source>
        <translation>fl oz</translation>
    </message>
    <message>
        <location filename="../../core/units.py" line="43" />
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <location filename="../../core/units.py" line="48" />
        <source>{amount} {unit}</source>
        <translation>{amount} {unit}</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../core/validation.py" line="45" />
        <source>{where}: not an object</source>
        <translation>{where}: kein Objekt</translation>
    </message>
    <message>
        <location filename="../../core/validation.py" line="49" />
        <source>{where}.{column}: not a column of this table</source>
        <translation>{where}.{column}: keine Spalte dieser Tabelle</translation>
    </message>
    <message>
        <location filename="../../core/validation.py" line="68" />
        <source>{where}: missing</source>
        <translation>{where}: fehlt</translation>
    </message>
    <message>
        <location filename="../../core/validation.py" line="74" />
        <source>{where}: must not be empty</source>
        <translation>{where}: darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../../core/validation.py" line="87" />
        <source>{where}: {value} is not an id (a UUID)</source>
        <translation>{where}: {value} ist keine ID (UUID)</translation>
    </message>
    <message>
        <location filename="../../core/validation.py" line="102" />
        <source>{where}: {value} is not a UTC time like 2026-03-02T09:00:00.000Z</source>
        <translation>{where}: {value} ist keine UTC-Zeit wie 2026-03-02T09:00:00.000Z</translation>
    </message>
    <message>
        <location filename="../../core/validation.py" line="116" />
        <source>{where}: {value} is not a date like 2026-03-02</source>
        <translation>{where}: {value} ist kein Datum wie 2026-03-02</translation>
    </message>
    <message>
        <location filename="../../core/validation.py" line="124" />
        <source>{where}: {value} must be 0 or 1</source>
        <translation>{where}: {value} muss 0 oder 1 sein</translation>
    </message>
    <message>
        <location filename="../../core/validation.py" line="132" />
        <source>{where}: {value} is not one of {choices}</source>
        <translation>{where}: {value} ist keiner der Werte {choices}</translation>
    </message>
    <message>
        <location filename="../../core/validation.py" line="141" />
        <source>{where}: {value} is not text</source>
        <translation>{where}: {value} ist kein Text</translation>
    </message>
    <message>
        <location filename="../../core/validation.py" line="147" />
        <source>{where}: text longer than {limit} characters</source>
        <translation>{where}: Text länger als {limit} Zeichen</translation>
    </message>
    <message>
        <location filename="../../core/validation.py" line="155" />
        <source>{where}: character {index} is not valid text</source>
        <translation>{where}: Zeichen {index} ist kein gültiger Text</translation>
    </message>
    <message>
        <location filename="../../core/validation.py" line="166" />
        <source>{where}: {value} is not between {first} and {last}</source>
        <translation>{where}: {value} liegt nicht zwischen {first} und {last}</translation>
    </message>
    <message>
        <location filename="../../core/validation.py" line="180" />
        <source>{where}: {value} is not a whole number</source>
        <translation>{where}: {value} ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../../core/validation.py" line="190" />
        <source>{where}: {value} is not a number</source>
        <translation>{where}: {value} ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../../core/validation.py" line="198" />
        <source>{where}: {value} is outside {low}–{high}</source>
        <translation>{where}: {value} liegt außerhalb von {low}–{high}</translation>
    </message>
</context>
<context>
    <name>wal_check</name>
    <message>
        <location filename="../../core/wal_check.py" line="73" />
        <source>it is not an SQLite -wal file</source>
        <translation>sie ist keine SQLite-wal-Datei</translation>
    </message>
    <message>
        <location filename="../../core/wal_check.py" line="77" />
        <source>its header checksum is wrong</source>
        <translation>ihre Kopf-Prüfsumme ist falsch</translation>
    </message>
    <message>
        <location filename="../../core/wal_check.py" line="80" />
        <source>there is no journal beside it</source>
        <translation>neben ihr liegt kein Tagebuch</translation>
    </message>
    <message>
        <location filename="../../core/wal_check.py" line="82" />
        <source>its page size ({size}) is not the journal's ({page_size})</source>
        <translation>ihre Seitengröße ({size}) ist nicht die des Tagebuchs ({page_size})</translation>
    </message>
    <message>
        <location filename="../../core/wal_check.py" line="91" />
        <source>frame {number} is damaged and frames after it would be dropped</source>
        <translation>Rahmen {number} ist beschädigt, und die Rahmen danach würden verworfen</translation>
    </message>
    <message>
        <location filename="../../core/wal_check.py" line="102" />
        <source>frame {number} is damaged</source>
        <translation>Rahmen {number} ist beschädigt</translation>
    </message>
    <message>
        <location filename="../../core/wal_check.py" line="129" />
        <source>the -wal file does not match the journal: {problem}</source>
        <translation>die -wal-Datei passt nicht zum Tagebuch: {problem}</translation>
    </message>
</context>
<context>
    <name>welcome</name>
    <message>
        <location filename="../../ui/welcome.py" line="47" />
        <source>Before you start: safety</source>
        <translation>Bevor du anfängst: Sicherheit</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="49" />
        <source>Please read this once. It stays one click away under Help → Safety information (F1).</source>
        <translation>Bitte lies das einmal. Es bleibt einen Klick entfernt unter Hilfe → Sicherheitshinweise (F1).</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="56" />
        <source>Safety text</source>
        <translation>Sicherheitshinweise</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="59" />
        <source>I have read this, and I understand Unknot is not medical advice</source>
        <translation>Ich habe das gelesen und verstehe, dass Unknot kein medizinischer Rat ist</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="78" />
        <source>Your day</source>
        <translation>Dein Tag</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="80" />
        <source>Reminders come only inside your working hours. You can change all of this later under Settings.</source>
        <translation>Erinnerungen kommen nur während deiner Arbeitszeit. Du kannst all das später unter Einstellungen ändern.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="96" />
        <source>Speak the steps during sessions</source>
        <translation>Schritte während der Einheiten ansagen</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="101" />
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="106" />
        <source>Working day ends</source>
        <translation>Arbeitstag endet</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="111" />
        <source>Working &amp;day:</source>
        <translation>&amp;Arbeitstag:</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="113" />
        <source>Working day starts</source>
        <translation>Arbeitstag beginnt</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="119" />
        <source>&amp;Water goal a day:</source>
        <translation>&amp;Trinkziel pro Tag:</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="173" />
        <location filename="../../ui/welcome.py" line="191" />
        <source>Welcome to {app}</source>
        <translation>Willkommen bei {app}</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="179" />
        <source>Quit Unknot</source>
        <translation>Unknot beenden</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="193" />
        <source>Mark each knot on a body map where you feel it, and rate how tender it is from 0 to 10.</source>
        <translation>Markiere jeden Knoten auf einer Körperkarte dort, wo du ihn spürst, und bewerte seine Druckempfindlichkeit von 0 bis 10.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="198" />
        <source>Follow timed ball holds, stretches and foam-roller routines, with sounds and a voice, so you can do them with your eyes closed.</source>
        <translation>Folge zeitgesteuertem Druckhalten mit dem Ball, Dehnungen und Abläufen mit der Faszienrolle, mit Tönen und Stimme, sodass du sie mit geschlossenen Augen machen kannst.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="203" />
        <source>Get gentle reminders for water, posture and breaks, only in your working hours.</source>
        <translation>Bekomme sanfte Erinnerungen an Wasser, Haltung und Pausen, nur während deiner Arbeitszeit.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="207" />
        <source>See in a private journal on this computer whether each knot is easing over the weeks.</source>
        <translation>Sieh in einem privaten Tagebuch auf diesem Computer, ob jeder Knoten über die Wochen nachlässt.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="222" />
        <source>Try it</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="224" />
        <source>To see what Unknot shows after a few weeks, start with sample data.</source>
        <translation>Um zu sehen, was Unknot nach ein paar Wochen zeigt, fang mit Beispieldaten an.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="230" />
        <source>Fill the journal with eight weeks of sample data</source>
        <translation>Das Tagebuch mit acht Wochen Beispieldaten füllen</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="237" />
        <source>It is marked as sample: Today → “Remove sample data” takes all of it out again in one step, and leaves what you entered yourself.</source>
        <translation>Sie sind als Beispiel markiert: Heute → „Beispieldaten entfernen“ nimmt sie in einem Schritt wieder heraus und lässt, was du selbst eingegeben hast.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="255" />
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
</TS>
