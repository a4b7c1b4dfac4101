<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ApiError</name>
    <message>
        <source>The API token was not accepted (%1).</source>
        <translation>Das API-Token wurde nicht akzeptiert (%1).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source> (Request ID: %1)</source>
        <translation> (Anfrage-ID: %1)</translation>
    </message>
    <message>
        <source>Try choosing a different region for the Machine.</source>
        <translation>Wählen Sie eine andere Region für die Machine.</translation>
    </message>
    <message>
        <source>App names are unique across all of Fly.io, not just your organization: try a different name.</source>
        <translation>App-Namen sind auf ganz Fly.io eindeutig, nicht nur in Ihrer Organisation: Versuchen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Replace the token in Settings (create one with `fly tokens create deploy`).</source>
        <translation>Ersetzen Sie das Token in den Einstellungen (erstellen Sie eines mit `fly tokens create deploy`).</translation>
    </message>
    <message>
        <source>The API is rate limiting requests; wait a moment and try again.</source>
        <translation>Die API begrenzt die Anfragen; warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Check the API address in Settings; certificate errors are never ignored.</source>
        <translation>Prüfen Sie die API-Adresse in den Einstellungen; Zertifikatsfehler werden nie ignoriert.</translation>
    </message>
    <message>
        <source>Check your network connection and the API address in Settings.</source>
        <translation>Prüfen Sie Ihre Netzwerkverbindung und die API-Adresse in den Einstellungen.</translation>
    </message>
    <message>
        <source>the API</source>
        <translation>die API</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 was not accepted: %2</source>
        <translation>Das TLS-Zertifikat von %1 wurde nicht akzeptiert: %2</translation>
    </message>
    <message>
        <source>The connection to %1 was refused: %2</source>
        <translation>Die Verbindung zu %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>The address of %1 could not be found: %2</source>
        <translation>Die Adresse von %1 wurde nicht gefunden: %2</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>No answer came from %1 in time.</source>
        <translation>Von %1 kam nicht rechtzeitig eine Antwort.</translation>
    </message>
    <message>
        <source>%1 answered with a redirect to %2, which is not followed: the token goes only to the addresses in Settings.</source>
        <translation>%1 antwortete mit einer Weiterleitung nach %2, der nicht gefolgt wird: Das Token geht nur an die Adressen in den Einstellungen.</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>nirgendwohin</translation>
    </message>
    <message>
        <source>%1 (HTTP %2 from %3)</source>
        <translation>%1 (HTTP %2 von %3)</translation>
    </message>
    <message>
        <source>The answer from %1 was HTTP %2.</source>
        <translation>Die Antwort von %1 war HTTP %2.</translation>
    </message>
    <message>
        <source>The answer from %1 could not be read: %2</source>
        <translation>Die Antwort von %1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>AppInventory</name>
    <message>
        <source>no nearest region in the answer</source>
        <translation>keine nächste Region in der Antwort</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation> in %1</translation>
    </message>
    <message>
        <source>There is no unattached volume named &apos;%1&apos;%2.</source>
        <translation>Es gibt kein freies Volume namens „%1“%2.</translation>
    </message>
    <message>
        <source>The app has no volume %1.</source>
        <translation>Die App hat kein Volume %1.</translation>
    </message>
    <message>
        <source>The volume %1 is attached to the Machine %2.</source>
        <translation>Das Volume %1 ist an die Machine %2 angehängt.</translation>
    </message>
    <message>
        <source>The volume %1 is not free (state %2).</source>
        <translation>Das Volume %1 ist nicht frei (Zustand %2).</translation>
    </message>
    <message>
        <source>The volume %1 is in %2, not in %3: a volume attaches only in its own region.</source>
        <translation>Das Volume %1 liegt in %2, nicht in %3: Ein Volume lässt sich nur in seiner eigenen Region einhängen.</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>its folder %1 could not be made</source>
        <translation>sein Ordner %1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>another Flightdeck holds its lock file %1</source>
        <translation>ein anderes Flightdeck hält seine Sperrdatei %1</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>%1/month</source>
        <extracomment>%1 is an amount of US dollars, such as $6.64</extracomment>
        <translation>%1/Monat</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Nothing to do without a window. Try --help.</source>
        <translation>Ohne Fenster gibt es nichts zu tun. Siehe --help.</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>   </source>
        <translation>   </translation>
    </message>
    <message>
        <source>ok </source>
        <translation>ok </translation>
    </message>
    <message>
        <source>-- </source>
        <translation>-- </translation>
    </message>
    <message>
        <source>!! </source>
        <translation>!! </translation>
    </message>
    <message>
        <source>xx </source>
        <translation>xx </translation>
    </message>
    <message>
        <source>error: token: give the token on standard input, for example: fly tokens create deploy | flightdeck token set</source>
        <translation>Fehler: Token: Geben Sie das Token über die Standardeingabe an, zum Beispiel: fly tokens create deploy | flightdeck token set</translation>
    </message>
    <message>
        <source>error: token: this system has no keychain (Secret Service). Set FLY_API_TOKEN for this session only, or run `flightdeck token set --plaintext` to store the token unencrypted in %1.</source>
        <translation>Fehler: Token: Dieses System hat keinen Schlüsselbund (Secret Service). Setzen Sie FLY_API_TOKEN nur für diese Sitzung, oder speichern Sie das Token mit `flightdeck token set --plaintext` unverschlüsselt in %1.</translation>
    </message>
    <message>
        <source>error: token: the keychain refused to store it: %1</source>
        <translation>Fehler: Token: Der Schlüsselbund hat das Speichern verweigert: %1</translation>
    </message>
    <message>
        <source>warning: no keychain is available; the token is stored UNENCRYPTED in %1 (readable by you only). Remove it with `flightdeck token remove`.</source>
        <translation>Warnung: Kein Schlüsselbund verfügbar; das Token wird UNVERSCHLÜSSELT in %1 gespeichert (nur für Sie lesbar). Entfernen Sie es mit `flightdeck token remove`.</translation>
    </message>
    <message>
        <source>The token is stored.</source>
        <translation>Das Token ist gespeichert.</translation>
    </message>
    <message>
        <source>The stored token is removed.</source>
        <translation>Das gespeicherte Token ist entfernt.</translation>
    </message>
    <message>
        <source>Using %1 from the environment (kept in memory only).</source>
        <translation>%1 aus der Umgebung wird verwendet (nur im Speicher gehalten).</translation>
    </message>
    <message>
        <source>Using the token in flyctl&apos;s %1.</source>
        <translation>Das Token aus flyctls %1 wird verwendet.</translation>
    </message>
    <message>
        <source>Stored UNENCRYPTED in %1.</source>
        <translation>UNVERSCHLÜSSELT in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Stored in the system keychain.</source>
        <translation>Im System-Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>No token: set FLY_API_TOKEN, or store one with `flightdeck token set`.</source>
        <translation>Kein Token: Setzen Sie FLY_API_TOKEN, oder speichern Sie eines mit `flightdeck token set`.</translation>
    </message>
    <message>
        <source>Run Fly.io Machines from a guided wizard.

  flightdeck                       open the wizard
  flightdeck PROFILE.flightdeck    open the wizard with a saved profile
  flightdeck run IMAGE|PATH [CMD…] [fly machine run flags]
                                   open the wizard filled from a fly machine run command
      --print-config               print the Machines API request body instead
      --print-command              print the normalized fly machine run command instead
      --yes                        launch now, without a window (and create a missing app)
      --builder docker|podman|buildah   the image builder for Dockerfile builds
      --api-url URL, --graphql-url URL  the endpoints (default: flyctl&apos;s variables, then Fly.io)
      --help                       every flag of flightdeck run
  flightdeck token set [--plaintext] | remove | status
                                   the API token in the system keychain (set reads standard input)
  flightdeck completion bash|zsh|fish
                                   a shell completion script, for example:
                                   source &lt;(flightdeck completion bash)</source>
        <translation>Fly.io Machines mit einem geführten Assistenten starten.

  flightdeck                       den Assistenten öffnen
  flightdeck PROFIL.flightdeck     den Assistenten mit einem gespeicherten Profil öffnen
  flightdeck run IMAGE|PFAD [CMD…] [Flags von fly machine run]
                                   den Assistenten, gefüllt aus einem fly machine run-Befehl, öffnen
      --print-config               stattdessen den Anfragetext für die Machines-API ausgeben
      --print-command              stattdessen den normalisierten fly machine run-Befehl ausgeben
      --yes                        jetzt starten, ohne Fenster (und eine fehlende App erstellen)
      --builder docker|podman|buildah   der Image-Builder für Dockerfile-Builds
      --api-url URL, --graphql-url URL  die Endpunkte (Vorgabe: die Variablen von flyctl, dann Fly.io)
      --help                       jedes Flag von flightdeck run
  flightdeck token set [--plaintext] | remove | status
                                   das API-Token im Schlüsselbund des Systems (set liest die Standardeingabe)
  flightdeck completion bash|zsh|fish
                                   ein Skript zur Vervollständigung in der Shell, zum Beispiel:
                                   source &lt;(flightdeck completion bash)</translation>
    </message>
    <message>
        <source>Usage:
  flightdeck token set [--plaintext]   store the token read from standard input in the system keychain
                                       (--plaintext: in an owner-only file where there is no keychain)
  flightdeck token remove              remove the stored token
  flightdeck token status              say which token Flightdeck would use, and from where

Example: fly tokens create deploy | flightdeck token set</source>
        <translation>Aufruf:
  flightdeck token set [--plaintext]   das von der Standardeingabe gelesene Token im Schlüsselbund des Systems speichern
                                       (--plaintext: in einer nur für Sie lesbaren Datei, wo es keinen Schlüsselbund gibt)
  flightdeck token remove              das gespeicherte Token entfernen
  flightdeck token status              sagen, welches Token Flightdeck verwenden würde und woher es kommt

Beispiel: fly tokens create deploy | flightdeck token set</translation>
    </message>
    <message>
        <source>Flightdeck %1, Qt %2, KSyntaxHighlighting %3, QtKeychain %4</source>
        <translation>Flightdeck %1, Qt %2, KSyntaxHighlighting %3, QtKeychain %4</translation>
    </message>
    <message>
        <source>(built with Qt %1)</source>
        <translation>(gebaut mit Qt %1)</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Zeigt die Versionsinformationen an.</translation>
    </message>
</context>
<context>
    <name>CreateRequestCodec</name>
    <message>
        <source>config must be an object</source>
        <translation>config muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1 must be a list of strings</source>
        <translation>%1 muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>%1 must be an object of strings</source>
        <translation>%1 muss ein Objekt aus Zeichenketten sein</translation>
    </message>
    <message>
        <source>%1.%2 must be a string</source>
        <translation>%1.%2 muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>invalid autostop string value &quot;%1&quot;</source>
        <translation>ungültiger autostop-Wert „%1“</translation>
    </message>
    <message>
        <source>skip_secrets must be false: the Machine always gets the app&apos;s secrets</source>
        <translation>skip_secrets muss false sein: Die Machine erhält immer die Secrets der App</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>The platform could not start the image: %1</source>
        <translation>Die Plattform konnte das Image nicht starten: %1</translation>
    </message>
    <message>
        <source>Check the image reference and that the registry allows the pull.</source>
        <translation>Prüfen Sie die Image-Referenz und ob die Registry das Abrufen erlaubt.</translation>
    </message>
    <message>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1-mal</translation>
    </message>
    <message>
        <source>The Machine ran out of memory and was killed (%1).</source>
        <translation>Der Machine ging der Speicher aus, und sie wurde beendet (%1).</translation>
    </message>
    <message>
        <source>Give it more memory.</source>
        <translation>Geben Sie ihr mehr Speicher.</translation>
    </message>
    <message>
        <source>The command was not found in the image (exit code 127, %1).</source>
        <translation>Der Befehl wurde im Image nicht gefunden (Exit-Code 127, %1).</translation>
    </message>
    <message>
        <source>Check the command and the entrypoint.</source>
        <translation>Prüfen Sie den Befehl und den Entrypoint.</translation>
    </message>
    <message>
        <source>The command is not executable (exit code 126, %1).</source>
        <translation>Der Befehl ist nicht ausführbar (Exit-Code 126, %1).</translation>
    </message>
    <message>
        <source>The Machine&apos;s process exited with code %1 (%2).</source>
        <translation>Der Prozess der Machine hat sich mit Code %1 beendet (%2).</translation>
    </message>
    <message>
        <source>The Machine&apos;s process finished right after starting (exit code 0, %1).</source>
        <translation>Der Prozess der Machine hat sich gleich nach dem Start beendet (Exit-Code 0, %1).</translation>
    </message>
    <message>
        <source>A Machine runs as long as its main process: give it a command that keeps running, or a schedule.</source>
        <translation>Eine Machine läuft so lange wie ihr Hauptprozess: Geben Sie ihr einen Befehl, der weiterläuft, oder einen Zeitplan.</translation>
    </message>
    <message>
        <source>The health check %1 is still %2 after %3 s: %4</source>
        <translation>Der Health-Check %1 ist nach %3 s noch %2: %4</translation>
    </message>
    <message>
        <source>no output</source>
        <translation>keine Ausgabe</translation>
    </message>
    <message>
        <source>Nothing answered on the port the check probes. The app must listen on 0.0.0.0 or [::] (not 127.0.0.1 or localhost) at the service&apos;s internal port, or the internal port must be the one the app listens on.</source>
        <translation>Auf dem Port, den der Check prüft, hat nichts geantwortet. Die App muss auf 0.0.0.0 oder [::] (nicht 127.0.0.1 oder localhost) am internen Port des Dienstes lauschen, oder der interne Port muss der sein, auf dem die App lauscht.</translation>
    </message>
    <message>
        <source>The app answered, but not with success: check the health check&apos;s path, or what the app returns there.</source>
        <translation>Die App hat geantwortet, aber nicht mit Erfolg: Prüfen Sie den Pfad des Health-Checks oder was die App dort zurückgibt.</translation>
    </message>
    <message>
        <source>The Machine ran out of memory: the kernel killed its process (%1 MB).</source>
        <translation>Der Machine ging der Speicher aus: der Kernel hat ihren Prozess beendet (%1 MB).</translation>
    </message>
    <message>
        <source>Give it more memory, or make the app use less.</source>
        <translation>Geben Sie ihr mehr Speicher, oder lassen Sie die App weniger brauchen.</translation>
    </message>
    <message>
        <source>The image could not be pulled: %1</source>
        <translation>Das Image konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Check the image reference, and that the registry lets Fly pull it (a private registry needs credentials).</source>
        <translation>Prüfen Sie die Image-Referenz und ob die Registry Fly das Laden erlaubt (eine private Registry braucht Zugangsdaten).</translation>
    </message>
    <message>
        <source>The app listens on port %1, but the service sends its traffic to port %2.</source>
        <translation>Die App lauscht auf Port %1, aber der Dienst schickt seinen Verkehr an Port %2.</translation>
    </message>
    <message>
        <source>Set the service&apos;s internal port to %1, or make the app listen on %2.</source>
        <translation>Setzen Sie den internen Port des Dienstes auf %1, oder lassen Sie die App auf %2 lauschen.</translation>
    </message>
    <message>
        <source>The app listens on %1, where Fly Proxy cannot reach it.</source>
        <translation>Die App lauscht auf %1, wo Fly Proxy sie nicht erreicht.</translation>
    </message>
    <message>
        <source>a local address</source>
        <translation>einer lokalen Adresse</translation>
    </message>
    <message>
        <source>Make the app listen on %1 (all addresses, not 127.0.0.1 or localhost).</source>
        <translation>Lassen Sie die App auf %1 lauschen (alle Adressen, nicht 127.0.0.1 oder localhost).</translation>
    </message>
    <message>
        <source>The app listens on %1:%2, where Fly Proxy cannot reach it.</source>
        <translation>Die App lauscht auf %1:%2, wo Fly Proxy sie nicht erreicht.</translation>
    </message>
    <message>
        <source>Make the app listen on 0.0.0.0:%1 (all addresses, not 127.0.0.1 or localhost).</source>
        <translation>Lassen Sie die App auf 0.0.0.0:%1 lauschen (alle Adressen, nicht 127.0.0.1 oder localhost).</translation>
    </message>
    <message>
        <source>The app says %1 is not set.</source>
        <translation>Die App meldet, dass %1 nicht gesetzt ist.</translation>
    </message>
    <message>
        <source>Add %1 on Environment and files, or set it as a secret of the app (fly secrets set %1=…).</source>
        <translation>Fügen Sie %1 unter „Umgebung und Dateien“ hinzu, oder setzen Sie es als Secret der App (fly secrets set %1=…).</translation>
    </message>
    <message>
        <source>The app could not find the file %1.</source>
        <translation>Die App hat die Datei %1 nicht gefunden.</translation>
    </message>
    <message>
        <source>Write the file into the Machine on Environment and files, or mount the volume that holds it.</source>
        <translation>Schreiben Sie die Datei unter „Umgebung und Dateien“ in die Machine, oder hängen Sie das Volume ein, das sie enthält.</translation>
    </message>
    <message>
        <source>Look at the command, the environment and the files it needs; the Machine&apos;s log shows what it printed.</source>
        <translation>Prüfen Sie den Befehl, die Umgebung und die Dateien, die er braucht; das Log der Machine zeigt, was sie ausgegeben hat.</translation>
    </message>
    <message>
        <source>Look at the check&apos;s settings and at the Machine&apos;s log.</source>
        <translation>Prüfen Sie die Einstellungen der Prüfung und das Log der Machine.</translation>
    </message>
    <message>
        <source>The Machine is in a restart loop: its process exited %1 times in %2 s, the last time with code %3.</source>
        <translation>Die Machine steckt in einer Neustartschleife: Ihr Prozess hat sich in %2 s %1-mal beendet, zuletzt mit Code %3.</translation>
    </message>
    <message>
        <source>Look at the command and at what the process printed before each exit (the Machine&apos;s log); the restart policy &quot;no&quot; stops the loop while you look.</source>
        <translation>Prüfen Sie den Befehl und was der Prozess vor jedem Ende ausgegeben hat (das Log der Machine); die Neustartrichtlinie „no“ hält die Schleife an, während Sie nachsehen.</translation>
    </message>
    <message>
        <source>Check the image&apos;s name and tag, and that its registry holds it (a private registry needs credentials).</source>
        <translation>Prüfen Sie Name und Tag des Images und ob seine Registry es enthält (eine private Registry braucht Zugangsdaten).</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>looking for one</source>
        <translation>wird gesucht</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>being checked</source>
        <translation>wird geprüft</translation>
    </message>
    <message>
        <source>accepted by the API</source>
        <translation>von der API akzeptiert</translation>
    </message>
    <message>
        <source>refused by the API</source>
        <translation>von der API abgelehnt</translation>
    </message>
    <message>
        <source>not checked: the API could not be reached</source>
        <translation>nicht geprüft: Die API war nicht erreichbar</translation>
    </message>
    <message>
        <source>Qt built: %1</source>
        <translation>Qt gebaut: %1</translation>
    </message>
    <message>
        <source>System: %1 (%2, kernel %3)</source>
        <translation>System: %1 (%2, Kernel %3)</translation>
    </message>
    <message>
        <source>Display: %1</source>
        <translation>Anzeige: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <source>Machines API: %1</source>
        <translation>Machines-API: %1</translation>
    </message>
    <message>
        <source>GraphQL API: %1</source>
        <translation>GraphQL-API: %1</translation>
    </message>
    <message>
        <source>Registry: %1</source>
        <translation>Registry: %1</translation>
    </message>
    <message>
        <source>Token: %1, %2</source>
        <translation>Token: %1, %2</translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation>Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>available</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>Endpoints</name>
    <message>
        <source>Machines API: %1</source>
        <translation>Machines-API: %1</translation>
    </message>
    <message>
        <source>GraphQL API: %1</source>
        <translation>GraphQL-API: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a URL: write it like https://api.machines.dev</source>
        <translation>„%1“ ist keine URL: schreiben Sie sie wie https://api.machines.dev</translation>
    </message>
    <message>
        <source>%1 uses plain http to a remote host; Flightdeck sends your token only over https (http is allowed for 127.0.0.1 and localhost)</source>
        <translation>%1 verwendet unverschlüsseltes http zu einem entfernten Rechner; Flightdeck sendet Ihr Token nur über https (http ist für 127.0.0.1 und localhost erlaubt)</translation>
    </message>
    <message>
        <source>%1: only https URLs (or http to this computer) are supported</source>
        <translation>%1: nur https-URLs (oder http zu diesem Computer) werden unterstützt</translation>
    </message>
</context>
<context>
    <name>FlagHelp</name>
    <message>
        <source>The app the Machine belongs to (else FLY_APP, then the app in fly.toml)</source>
        <translation>Die App, zu der die Machine gehört (sonst FLY_APP, dann die App aus fly.toml)</translation>
    </message>
    <message>
        <source>The organization of a new app (else FLY_ORG)</source>
        <translation>Die Organisation einer neuen App (sonst FLY_ORG)</translation>
    </message>
    <message>
        <source>Where the Machine runs, such as ams or ord (else the region nearest to you)</source>
        <translation>Wo die Machine läuft, etwa ams oder ord (sonst die Region, die Ihnen am nächsten liegt)</translation>
    </message>
    <message>
        <source>The Machine&apos;s name, unique in the app (else one is generated)</source>
        <translation>Der Name der Machine, eindeutig in der App (sonst wird einer erzeugt)</translation>
    </message>
    <message>
        <source>The fly.toml to read the app and the build from</source>
        <translation>Die fly.toml, aus der App und Build gelesen werden</translation>
    </message>
    <message>
        <source>A Machine config to start from: inline JSON or a .json file; the other flags apply on top</source>
        <translation>Eine Machine-Konfiguration als Ausgangspunkt: JSON direkt oder eine .json-Datei; die anderen Flags gelten zusätzlich</translation>
    </message>
    <message>
        <source>Removed: use fly machine update</source>
        <translation>Entfernt: Verwenden Sie fly machine update</translation>
    </message>
    <message>
        <source>Build the image from this Dockerfile instead of pulling one</source>
        <translation>Das Image aus diesem Dockerfile bauen, statt eines abzurufen</translation>
    </message>
    <message>
        <source>A build argument, NAME=VALUE (repeatable)</source>
        <translation>Ein Build-Argument, NAME=WERT (wiederholbar)</translation>
    </message>
    <message>
        <source>The stage of a multi-stage Dockerfile to build</source>
        <translation>Die Stufe eines mehrstufigen Dockerfiles, die gebaut wird</translation>
    </message>
    <message>
        <source>Build without the builder&apos;s cache</source>
        <translation>Ohne den Cache des Builders bauen</translation>
    </message>
    <message>
        <source>The tag of the built image in Fly&apos;s registry (else deployment-&lt;id&gt;)</source>
        <translation>Der Tag des gebauten Images in Flys Registry (sonst deployment-&lt;id&gt;)</translation>
    </message>
    <message>
        <source>Replace the image&apos;s entrypoint (split as a shell splits words)</source>
        <translation>Den Entrypoint des Images ersetzen (in Wörter geteilt wie von einer Shell)</translation>
    </message>
    <message>
        <source>A kernel argument for the Machine (repeatable; replaces the config&apos;s)</source>
        <translation>Ein Kernel-Argument für die Machine (wiederholbar; ersetzt die der Konfiguration)</translation>
    </message>
    <message>
        <source>A size preset, such as shared-cpu-1x or performance-2x</source>
        <translation>Eine Größenvorgabe, etwa shared-cpu-1x oder performance-2x</translation>
    </message>
    <message>
        <source>The number of CPUs</source>
        <translation>Die Anzahl der CPUs</translation>
    </message>
    <message>
        <source>shared or performance</source>
        <translation>shared oder performance</translation>
    </message>
    <message>
        <source>Memory, in MB or with a unit such as 1gb</source>
        <translation>Speicher, in MB oder mit einer Einheit wie 1gb</translation>
    </message>
    <message>
        <source>The most memory the Machine may grow to, in MB or with a unit</source>
        <translation>Der größte Speicher, auf den die Machine wachsen darf, in MB oder mit einer Einheit</translation>
    </message>
    <message>
        <source>Removed: GPU Machines are no longer offered</source>
        <translation>Entfernt: GPU-Machines werden nicht mehr angeboten</translation>
    </message>
    <message>
        <source>Run on the dedicated hosts of this group</source>
        <translation>Auf den dedizierten Hosts dieser Gruppe laufen</translation>
    </message>
    <message>
        <source>Keep the root file system: never, always or restart</source>
        <translation>Das Root-Dateisystem behalten: never, always oder restart</translation>
    </message>
    <message>
        <source>The root file system&apos;s size, in GB or with a unit</source>
        <translation>Die Größe des Root-Dateisystems, in GB oder mit einer Einheit</translation>
    </message>
    <message>
        <source>Swap space, in MB or with a unit</source>
        <translation>Auslagerungsspeicher, in MB oder mit einer Einheit</translation>
    </message>
    <message>
        <source>A cache drive, in MB or with a unit (0: none)</source>
        <translation>Ein Cache-Laufwerk, in MB oder mit einer Einheit (0: keines)</translation>
    </message>
    <message>
        <source>A public port: port[:internal][/protocol[:handler…]], such as 443:8080/tcp:tls:http</source>
        <translation>Ein öffentlicher Port: port[:intern][/protokoll[:handler…]], etwa 443:8080/tcp:tls:http</translation>
    </message>
    <message>
        <source>Start the Machine when a request arrives</source>
        <translation>Die Machine starten, wenn eine Anfrage eintrifft</translation>
    </message>
    <message>
        <source>Without traffic: off, stop or suspend (a bare --autostop is stop)</source>
        <translation>Ohne Verkehr: off, stop oder suspend (ein bloßes --autostop ist stop)</translation>
    </message>
    <message>
        <source>Leave the Machine out of the app&apos;s internal DNS</source>
        <translation>Die Machine aus dem internen DNS der App heraushalten</translation>
    </message>
    <message>
        <source>Stand by for these Machines, started only when one fails</source>
        <translation>Bereitschaft für diese Machines, nur gestartet, wenn eine ausfällt</translation>
    </message>
    <message>
        <source>Mount a volume: &lt;volume id or name&gt;:/path</source>
        <translation>Ein Volume einhängen: &lt;Volume-ID oder -Name&gt;:/pfad</translation>
    </message>
    <message>
        <source>An environment variable, NAME=VALUE (repeatable)</source>
        <translation>Eine Umgebungsvariable, NAME=WERT (wiederholbar)</translation>
    </message>
    <message>
        <source>Metadata, NAME=VALUE (repeatable)</source>
        <translation>Metadaten, NAME=WERT (wiederholbar)</translation>
    </message>
    <message>
        <source>Write a local file into the Machine: /guest/path=local/path</source>
        <translation>Eine lokale Datei in die Machine schreiben: /gast/pfad=lokaler/pfad</translation>
    </message>
    <message>
        <source>Write text into the Machine: /guest/path=text</source>
        <translation>Text in die Machine schreiben: /gast/pfad=text</translation>
    </message>
    <message>
        <source>Write an app secret into the Machine: /guest/path=SECRET_NAME</source>
        <translation>Ein Secret der App in die Machine schreiben: /gast/pfad=SECRET_NAME</translation>
    </message>
    <message>
        <source>When the Machine restarts: no, always or on-failure</source>
        <translation>Wann die Machine neu startet: no, always oder on-failure</translation>
    </message>
    <message>
        <source>Destroy the Machine when it exits</source>
        <translation>Die Machine zerstören, wenn sie sich beendet</translation>
    </message>
    <message>
        <source>Start the Machine hourly, daily, weekly or monthly</source>
        <translation>Die Machine stündlich, täglich, wöchentlich oder monatlich starten</translation>
    </message>
    <message>
        <source>Do not wait for the health checks once the Machine runs</source>
        <translation>Nicht auf die Health-Checks warten, sobald die Machine läuft</translation>
    </message>
    <message>
        <source>Do not wait for the health checks</source>
        <translation>Nicht auf die Health-Checks warten</translation>
    </message>
    <message>
        <source>Seconds to wait for the Machine to start</source>
        <translation>Sekunden, die auf den Start der Machine gewartet wird</translation>
    </message>
    <message>
        <source>A temporary Machine with a shell, destroyed when the shell ends</source>
        <translation>Eine temporäre Machine mit einer Shell, zerstört, wenn die Shell endet</translation>
    </message>
    <message>
        <source>The user of the --shell session</source>
        <translation>Der Benutzer der --shell-Sitzung</translation>
    </message>
    <message>
        <source>The shell of the --shell session</source>
        <translation>Die Shell der --shell-Sitzung</translation>
    </message>
    <message>
        <source>Ignored: the token comes from the keychain or FLY_API_TOKEN, never a command line</source>
        <translation>Ignoriert: Das Token kommt aus dem Schlüsselbund oder aus FLY_API_TOKEN, nie von einer Befehlszeile</translation>
    </message>
    <message>
        <source>Launch now, without the window, and create a missing app</source>
        <translation>Jetzt starten, ohne Fenster, und eine fehlende App erstellen</translation>
    </message>
    <message>
        <source>App and place</source>
        <translation>App und Ort</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Volumes, environment and files</source>
        <translation>Volumes, Umgebung und Dateien</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <source>Accepted for compatibility with flyctl, no effect here</source>
        <translation>Zur Kompatibilität mit flyctl angenommen, hier ohne Wirkung</translation>
    </message>
    <message>
        <source>flyctl&apos;s global flags</source>
        <translation>Globale Flags von flyctl</translation>
    </message>
    <message>
        <source>Flightdeck</source>
        <translation>Flightdeck</translation>
    </message>
</context>
<context>
    <name>FlagParser</name>
    <message>
        <source>invalid argument &quot;%1&quot; for &quot;%2&quot; flag: strconv.ParseBool: parsing &quot;%1&quot;: invalid syntax</source>
        <translation>ungültiges Argument „%1“ für das Flag „%2“: strconv.ParseBool: parsing „%1“: invalid syntax</translation>
    </message>
    <message>
        <source>invalid argument &quot;%1&quot; for &quot;%2&quot; flag: strconv.ParseInt: parsing &quot;%1&quot;: invalid syntax</source>
        <translation>ungültiges Argument „%1“ für das Flag „%2“: strconv.ParseInt: parsing „%1“: invalid syntax</translation>
    </message>
    <message>
        <source>unknown flag: --%1</source>
        <translation>unbekanntes Flag: --%1</translation>
    </message>
    <message>
        <source>flag needs an argument: --%1</source>
        <translation>Flag braucht ein Argument: --%1</translation>
    </message>
    <message>
        <source>unknown shorthand flag: &apos;%1&apos; in %2</source>
        <translation>unbekanntes Kurz-Flag: „%1“ in %2</translation>
    </message>
    <message>
        <source>flag needs an argument: &apos;%1&apos; in %2</source>
        <translation>Flag braucht ein Argument: „%1“ in %2</translation>
    </message>
    <message>
        <source>port must be at most two elements (ports/protocol:handler)</source>
        <translation>ein Port hat höchstens zwei Teile (ports/protokoll:handler)</translation>
    </message>
    <message>
        <source>invalid port: %1</source>
        <translation>ungültiger Port: %1</translation>
    </message>
    <message>
        <source>invalid machine (internal) port: %1</source>
        <translation>ungültiger (interner) Port der Machine: %1</translation>
    </message>
    <message>
        <source>invalid external port: %1</source>
        <translation>ungültiger externer Port: %1</translation>
    </message>
    <message>
        <source>invalid start port for port range: %1</source>
        <translation>ungültiger Anfangsport des Portbereichs: %1</translation>
    </message>
    <message>
        <source>invalid end port for port range: %1</source>
        <translation>ungültiger Endport des Portbereichs: %1</translation>
    </message>
    <message>
        <source>external port must be at most 2 elements (port, or range start-end)</source>
        <translation>ein externer Port hat höchstens 2 Teile (Port oder Bereich Anfang-Ende)</translation>
    </message>
    <message>
        <source>port definition must be at most 2 elements (external:internal)</source>
        <translation>eine Portangabe hat höchstens 2 Teile (extern:intern)</translation>
    </message>
    <message>
        <source>could not read machine config file %1</source>
        <translation>die Machine-Konfigurationsdatei %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>invalid machine config source: &quot;%1&quot; (give inline JSON starting with &apos;{&apos; or a path ending in .json)</source>
        <translation>ungültige Quelle der Machine-Konfiguration: „%1“ (geben Sie JSON an, das mit „{“ beginnt, oder einen Pfad, der auf .json endet)</translation>
    </message>
    <message>
        <source>invalid machine config &quot;%1&quot;: %2</source>
        <translation>ungültige Machine-Konfiguration „%1“: %2</translation>
    </message>
    <message>
        <source>GPU machines are no longer supported: choose a shared or performance size instead of &apos;%1&apos;</source>
        <translation>GPU-Machines werden nicht mehr unterstützt: Wählen Sie statt „%1“ eine shared- oder performance-Größe</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an invalid machine size, choose one of: [%2]</source>
        <translation>„%1“ ist keine gültige Machine-Größe, wählen Sie eine aus: [%2]</translation>
    </message>
    <message>
        <source>invalid machine preset requested, &apos;%1&apos;, expected to start with &apos;shared&apos; or &apos;performance&apos;</source>
        <translation>ungültige Größenvorgabe „%1“: Sie muss mit „shared“ oder „performance“ beginnen</translation>
    </message>
    <message>
        <source>--vm-cpus must be greater than zero, got: %1</source>
        <translation>--vm-cpus muss größer als null sein, erhalten: %1</translation>
    </message>
    <message>
        <source>invalid size: invalid size: &apos;%1&apos;</source>
        <translation>ungültige Größe: ungültige Größe: „%1“</translation>
    </message>
    <message>
        <source>--vm-memory cannot be zero</source>
        <translation>--vm-memory darf nicht null sein</translation>
    </message>
    <message>
        <source>--vm-max-memory cannot be zero</source>
        <translation>--vm-max-memory darf nicht null sein</translation>
    </message>
    <message>
        <source>--vm-cpu-kind must be set to &apos;shared&apos; or &apos;performance&apos;</source>
        <translation>--vm-cpu-kind muss „shared“ oder „performance“ sein</translation>
    </message>
    <message>
        <source>GPU machines are no longer supported: --vm-gpu-kind and --vm-gpus are no longer accepted</source>
        <translation>GPU-Machines werden nicht mehr unterstützt: --vm-gpu-kind und --vm-gpus werden nicht mehr angenommen</translation>
    </message>
    <message>
        <source>invalid rootfs-persist value, must be one of: never, always, restart</source>
        <translation>ungültiger Wert für rootfs-persist, erlaubt sind: never, always, restart</translation>
    </message>
    <message>
        <source>invalid rootfs size: invalid size: invalid size: &apos;%1&apos;</source>
        <translation>ungültige Größe des Root-Dateisystems: ungültige Größe: ungültige Größe: „%1“</translation>
    </message>
    <message>
        <source>--rootfs-size must not be negative</source>
        <translation>--rootfs-size darf nicht negativ sein</translation>
    </message>
    <message>
        <source>invalid swap size: invalid size: &apos;%1&apos;</source>
        <translation>ungültige Swap-Größe: ungültige Größe: „%1“</translation>
    </message>
    <message>
        <source>--swap-size must be greater than zero</source>
        <translation>--swap-size muss größer als null sein</translation>
    </message>
    <message>
        <source>invalid cachedrive size: invalid size: &apos;%1&apos;</source>
        <translation>ungültige Größe des Cache-Laufwerks: ungültige Größe: „%1“</translation>
    </message>
    <message>
        <source>--cachedrive-size must not be negative</source>
        <translation>--cachedrive-size darf nicht negativ sein</translation>
    </message>
    <message>
        <source>invalid key/value pairs specified for flag %1: &apos;%2&apos; must be in the format NAME=VALUE</source>
        <translation>ungültige Schlüssel/Wert-Paare für das Flag %1: „%2“ muss die Form NAME=WERT haben</translation>
    </message>
    <message>
        <source>--port %1: %2</source>
        <translation>--port %1: %2</translation>
    </message>
    <message>
        <source>invalid entrypoint: %1</source>
        <translation>ungültiger Entrypoint: %1</translation>
    </message>
    <message>
        <source>The &apos;on-fail&apos; restart policy is deprecated. Use &apos;on-failure&apos; instead.</source>
        <translation>Die Neustartrichtlinie „on-fail“ ist veraltet. Verwenden Sie „on-failure“.</translation>
    </message>
    <message>
        <source>invalid restart provided: &apos;%1&apos; (choose no, always or on-failure)</source>
        <translation>ungültige Neustartrichtlinie: „%1“ (wählen Sie no, always oder on-failure)</translation>
    </message>
    <message>
        <source>Can&apos;t infer volume and mount path from &apos;%1&apos; (write &lt;volume id or name&gt;:/path)</source>
        <translation>Aus „%1“ lassen sich Volume und Einhängepfad nicht ableiten (schreiben Sie &lt;Volume-ID oder -Name&gt;:/pfad)</translation>
    </message>
    <message>
        <source>--%1 has no effect without a build: give a folder (./ or /…) or --dockerfile</source>
        <translation>--%1 wirkt nur mit einem Build: Geben Sie einen Ordner (./ oder /…) oder --dockerfile an</translation>
    </message>
    <message>
        <source>invalid build-arg: &apos;%1&apos;: must be in the format NAME=VALUE</source>
        <translation>ungültiges build-arg: „%1“: muss die Form NAME=WERT haben</translation>
    </message>
    <message>
        <source>--autostart and --autostop apply to services, and there are none: add a --port</source>
        <translation>--autostart und --autostop gelten für Dienste, und es gibt keine: Fügen Sie einen --port hinzu</translation>
    </message>
    <message>
        <source>invalid autostop value &quot;%1&quot; (choose off, stop or suspend)</source>
        <translation>ungültiger autostop-Wert „%1“ (wählen Sie off, stop oder suspend)</translation>
    </message>
    <message>
        <source>failed to read --%1: invalid --%1 argument %2 (write /guest/path=VALUE)</source>
        <translation>--%1 konnte nicht gelesen werden: ungültiges Argument %2 für --%1 (schreiben Sie /gast/pfad=WERT)</translation>
    </message>
    <message>
        <source>failed to read --%1: guest path, %2, must be absolute</source>
        <translation>--%1 konnte nicht gelesen werden: Der Pfad in der Machine, %2, muss absolut sein</translation>
    </message>
    <message>
        <source>--wait-timeout takes seconds from 1 to 3600, got &apos;%1&apos;</source>
        <translation>--wait-timeout nimmt Sekunden von 1 bis 3600, erhalten: „%1“</translation>
    </message>
    <message>
        <source>to update an existing machine, use &apos;flyctl machine update&apos;</source>
        <translation>Um eine bestehende Machine zu ändern, verwenden Sie „flyctl machine update“</translation>
    </message>
    <message>
        <source>--access-token is ignored: Flightdeck takes the token from the keychain or the environment, never from a command line</source>
        <translation>--access-token wird ignoriert: Flightdeck nimmt das Token aus dem Schlüsselbund oder der Umgebung, nie von einer Befehlszeile</translation>
    </message>
    <message>
        <source>cannot split the command line: %1</source>
        <translation>die Befehlszeile lässt sich nicht zerlegen: %1</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>es ist kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>Flightdeck::ApiClient</name>
    <message numerus="yes">
        <source>it is larger than %n MiB, so it was not read to the end</source>
        <translation>
            <numerusform>sie ist größer als %n MiB und wurde daher nicht zu Ende gelesen</numerusform>
            <numerusform>sie ist größer als %n MiB und wurde daher nicht zu Ende gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>it is not JSON</source>
        <translation>sie ist kein JSON</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Cli::HeadlessLaunch</name>
    <message>
        <source>the keychain could not be read: %1</source>
        <translation>der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Machine %1 (%2) is %3</source>
        <translation>Machine %1 (%2) ist %3</translation>
    </message>
    <message>
        <source>region:     %1</source>
        <translation>Region:     %1</translation>
    </message>
    <message>
        <source>private IP: %1</source>
        <translation>private IP: %1</translation>
    </message>
    <message>
        <source>requests:   %1</source>
        <translation>Anfragen:   %1</translation>
    </message>
    <message>
        <source>hint: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>already created: %1</source>
        <translation>bereits angelegt: %1</translation>
    </message>
</context>
<context>
    <name>Flightdeck::ImageBuilder</name>
    <message>
        <source>No image builder was found: install docker, podman or buildah.</source>
        <translation>Kein Image-Builder gefunden: Installieren Sie docker, podman oder buildah.</translation>
    </message>
    <message>
        <source>The chosen image builder, %1, is not installed.</source>
        <translation>Der gewählte Image-Builder, %1, ist nicht installiert.</translation>
    </message>
    <message>
        <source>Cancelled during the %1.</source>
        <translation>Abgebrochen (%1).</translation>
    </message>
    <message>
        <source>The image %1 failed (%2 exited with %3): %4</source>
        <translation>Das Image %1 ist fehlgeschlagen (%2 endete mit %3): %4</translation>
    </message>
    <message>
        <source>%1 could not be started.</source>
        <translation>%1 konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>No private folder for the registry login could be made: %1</source>
        <translation>Es konnte kein privater Ordner für die Registry-Anmeldung angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>Flightdeck::KeychainTokenStore</name>
    <message>
        <source>No keychain is available on this system.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar.</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Launcher</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Cancelled before anything was created.</source>
        <translation>Abgebrochen, bevor etwas erstellt wurde.</translation>
    </message>
    <message>
        <source>Cancelled. Already created: %1.</source>
        <translation>Abgebrochen. Bereits erstellt: %1.</translation>
    </message>
    <message>
        <source>There is no API token.</source>
        <translation>Es gibt kein API-Token.</translation>
    </message>
    <message>
        <source>Add one in Settings, or set FLY_API_TOKEN.</source>
        <translation>Fügen Sie eines in den Einstellungen hinzu, oder setzen Sie FLY_API_TOKEN.</translation>
    </message>
    <message>
        <source>Change the API address in Settings.</source>
        <translation>Ändern Sie die API-Adresse in den Einstellungen.</translation>
    </message>
    <message>
        <source>present; the first request confirms it</source>
        <translation>vorhanden; die erste Anfrage bestätigt es</translation>
    </message>
    <message>
        <source>No app was chosen.</source>
        <translation>Es wurde keine App gewählt.</translation>
    </message>
    <message>
        <source>Choose an existing app or name a new one.</source>
        <translation>Wählen Sie eine bestehende App, oder nennen Sie eine neue.</translation>
    </message>
    <message>
        <source>%1 (confirmed by the create request)</source>
        <translation>%1 (von der Erstellungsanfrage bestätigt)</translation>
    </message>
    <message>
        <source>looking up the app&apos;s volumes</source>
        <translation>die Volumes der App werden abgefragt</translation>
    </message>
    <message>
        <source>Create one, or choose another volume or region.</source>
        <translation>Erstellen Sie eines, oder wählen Sie ein anderes Volume oder eine andere Region.</translation>
    </message>
    <message>
        <source>%1; volumes %2</source>
        <translation>%1; Volumes %2</translation>
    </message>
    <message>
        <source>The app &apos;%1&apos; does not exist.</source>
        <translation>Die App „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Create it: confirm in the wizard, or add --yes (and --org) on the command line.</source>
        <translation>Erstellen Sie sie: Bestätigen Sie im Assistenten, oder geben Sie auf der Befehlszeile --yes (und --org) an.</translation>
    </message>
    <message>
        <source>creating the app %1 in %2</source>
        <translation>die App %1 wird in %2 erstellt</translation>
    </message>
    <message>
        <source>the answer was lost (%1); checking whether the app exists</source>
        <translation>die Antwort ging verloren (%1); es wird geprüft, ob die App existiert</translation>
    </message>
    <message>
        <source>the app %1</source>
        <translation>die App %1</translation>
    </message>
    <message>
        <source>%1 created</source>
        <translation>%1 erstellt</translation>
    </message>
    <message>
        <source>No image was chosen.</source>
        <translation>Es wurde kein Image gewählt.</translation>
    </message>
    <message>
        <source>Give an image reference such as nginx:1.27.</source>
        <translation>Geben Sie eine Image-Referenz an, etwa nginx:1.27.</translation>
    </message>
    <message>
        <source>%1 (the platform resolves it)</source>
        <translation>%1 (die Plattform löst es auf)</translation>
    </message>
    <message>
        <source>checking %1 in its registry</source>
        <translation>%1 wird in seiner Registry geprüft</translation>
    </message>
    <message>
        <source>Check the image reference, or build the image from its Dockerfile.</source>
        <translation>Prüfen Sie die Image-Referenz, oder bauen Sie das Image aus seinem Dockerfile.</translation>
    </message>
    <message>
        <source>%1 found in its registry</source>
        <translation>%1 in seiner Registry gefunden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>logging in to the registry</source>
        <translation>Anmeldung bei der Registry</translation>
    </message>
    <message>
        <source>pushing %1</source>
        <translation>%1 wird hochgeladen</translation>
    </message>
    <message>
        <source>The build log above shows the details.</source>
        <translation>Das Build-Log oben zeigt die Einzelheiten.</translation>
    </message>
    <message>
        <source>the image %1</source>
        <translation>das Image %1</translation>
    </message>
    <message>
        <source>sending again (attempt %1)</source>
        <translation>erneutes Senden (Versuch %1)</translation>
    </message>
    <message>
        <source>the Machine %1</source>
        <translation>die Machine %1</translation>
    </message>
    <message>
        <source>%1 (%2) in %3</source>
        <translation>%1 (%2) in %3</translation>
    </message>
    <message>
        <source>a standby stays stopped until it is needed</source>
        <translation>eine Standby-Machine bleibt gestoppt, bis sie gebraucht wird</translation>
    </message>
    <message>
        <source>create only</source>
        <translation>nur erstellen</translation>
    </message>
    <message>
        <source>The Machine did not start within %1 seconds.</source>
        <translation>Die Machine ist nicht innerhalb von %1 Sekunden gestartet.</translation>
    </message>
    <message>
        <source>started</source>
        <translation>gestartet</translation>
    </message>
    <message>
        <source>The Machine is %1 instead of started.</source>
        <translation>Die Machine ist %1 statt gestartet.</translation>
    </message>
    <message>
        <source>still %1</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>detached</source>
        <translation>abgekoppelt</translation>
    </message>
    <message>
        <source>watching for %1 s</source>
        <translation>%1 s Beobachtung</translation>
    </message>
    <message>
        <source>running; no health checks</source>
        <translation>läuft; keine Health-Checks</translation>
    </message>
    <message>
        <source>looking up the app</source>
        <translation>die App wird nachgeschlagen</translation>
    </message>
    <message>
        <source>%1 exists</source>
        <translation>%1 existiert</translation>
    </message>
    <message>
        <source>building %1 for %2</source>
        <translation>%1 wird für %2 gebaut</translation>
    </message>
    <message>
        <source>rate limited; trying again in %1 s</source>
        <translation>Anfragelimit erreicht; neuer Versuch in %1 s</translation>
    </message>
    <message>
        <source>the answer was lost (%1); looking for this launch&apos;s Machine</source>
        <translation>die Antwort ging verloren (%1); die Machine dieses Starts wird gesucht</translation>
    </message>
    <message>
        <source>%1 Whether a Machine was created could not be checked (%2); look at the app&apos;s Machines before launching again.</source>
        <translation>%1 Ob eine Machine erstellt wurde, ließ sich nicht prüfen (%2); sehen Sie sich die Machines der App an, bevor Sie erneut starten.</translation>
    </message>
    <message>
        <source>not listed yet; looking again</source>
        <translation>noch nicht gelistet; erneute Suche</translation>
    </message>
    <message numerus="yes">
        <source>running; %n health check(s) not watched (--skip-health-checks)</source>
        <translation>
            <numerusform>läuft; %n Health-Check nicht beobachtet (--skip-health-checks)</numerusform>
            <numerusform>läuft; %n Health-Checks nicht beobachtet (--skip-health-checks)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting for %n health check(s) to pass</source>
        <translation>
            <numerusform>warten, bis %n Health-Check besteht</numerusform>
            <numerusform>warten, bis %n Health-Checks bestehen</numerusform>
        </translation>
    </message>
    <message>
        <source>check %1: %2</source>
        <translation>Check %1: %2</translation>
    </message>
    <message>
        <source>check %1: %2 — %3</source>
        <translation>Check %1: %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>running; %n health check(s) passing</source>
        <translation>
            <numerusform>läuft; %n Health-Check besteht</numerusform>
            <numerusform>läuft; %n Health-Checks bestehen</numerusform>
        </translation>
    </message>
    <message>
        <source>reading the Machine&apos;s log for the cause</source>
        <translation>das Log der Machine wird nach der Ursache durchsucht</translation>
    </message>
    <message>
        <source>Look at the Machine&apos;s events and its log.</source>
        <translation>Prüfen Sie die Ereignisse der Machine und ihr Log.</translation>
    </message>
    <message>
        <source>the process exited and flyd restarts it; watching whether it stays up</source>
        <translation>der Prozess hat sich beendet und flyd startet ihn neu; es wird beobachtet, ob er läuft</translation>
    </message>
    <message numerus="yes">
        <source>running again after %n restart(s)</source>
        <translation>
            <numerusform>läuft wieder nach %n Neustart</numerusform>
            <numerusform>läuft wieder nach %n Neustarts</numerusform>
        </translation>
    </message>
    <message>
        <source>it names no Machine</source>
        <translation>sie nennt keine Machine</translation>
    </message>
    <message>
        <source>it is not a list of Machines</source>
        <translation>sie ist keine Liste von Machines</translation>
    </message>
</context>
<context>
    <name>Flightdeck::LogStream</name>
    <message>
        <source>the answer was not a page of log lines</source>
        <translation>die Antwort war keine Seite mit Logzeilen</translation>
    </message>
    <message>
        <source>The log could not be read: %1</source>
        <translation>Das Log konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Flightdeck::MachineAction</name>
    <message>
        <source>Start</source>
        <extracomment>a verb: what the action does to the Machine (also the title of its messages)</extracomment>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <extracomment>a verb, the Machine action</extracomment>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Zerstören</translation>
    </message>
    <message>
        <source>Update</source>
        <extracomment>a verb: send a new config to the Machine</extracomment>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Taking the lease on %1…</source>
        <translation>Lease für %1 wird genommen…</translation>
    </message>
    <message>
        <source>Could not take the lease on %1</source>
        <translation>Die Lease für %1 ließ sich nicht nehmen</translation>
    </message>
    <message>
        <source>the lease&apos;s answer has no nonce</source>
        <translation>die Antwort auf die Lease enthält keine Nonce</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>%1 wird gestartet…</translation>
    </message>
    <message>
        <source>Stopping %1…</source>
        <translation>%1 wird gestoppt…</translation>
    </message>
    <message>
        <source>Restarting %1…</source>
        <translation>%1 wird neu gestartet…</translation>
    </message>
    <message>
        <source>Suspending %1…</source>
        <translation>%1 wird pausiert…</translation>
    </message>
    <message>
        <source>Destroying %1…</source>
        <translation>%1 wird zerstört…</translation>
    </message>
    <message>
        <source>Sending the new config to %1…</source>
        <translation>Die neue Konfiguration geht an %1…</translation>
    </message>
    <message numerus="yes">
        <source>it was not %1 after %n second(s)</source>
        <translation>
            <numerusform>sie war nach %n Sekunde nicht %1</numerusform>
            <numerusform>sie war nach %n Sekunden nicht %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not finish</source>
        <translation>„%1“ wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Waiting until %1 is %2…</source>
        <translation>Warten, bis %1 %2 ist…</translation>
    </message>
    <message>
        <source>Started %1.</source>
        <translation>%1 ist gestartet.</translation>
    </message>
    <message>
        <source>Stopped %1.</source>
        <translation>%1 ist gestoppt.</translation>
    </message>
    <message>
        <source>Restarted %1.</source>
        <translation>%1 ist neu gestartet.</translation>
    </message>
    <message>
        <source>Suspended %1.</source>
        <translation>%1 ist pausiert.</translation>
    </message>
    <message>
        <source>Destroyed %1.</source>
        <translation>%1 ist zerstört.</translation>
    </message>
    <message>
        <source>Updated %1; it runs the new config (version %2).</source>
        <translation>%1 ist aktualisiert und läuft mit der neuen Konfiguration (Version %2).</translation>
    </message>
    <message>
        <source>Updated %1; it stays stopped until it is started (version %2).</source>
        <translation>%1 ist aktualisiert und bleibt gestoppt, bis sie gestartet wird (Version %2).</translation>
    </message>
    <message numerus="yes">
        <source>The lease could not be given back (%1); it ends by itself within %n second(s).</source>
        <translation>
            <numerusform>Die Lease ließ sich nicht zurückgeben (%1); sie endet von selbst innerhalb von %n Sekunde.</numerusform>
            <numerusform>Die Lease ließ sich nicht zurückgeben (%1); sie endet von selbst innerhalb von %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: someone else is changing this Machine (%2). Try again once their lease ends.</source>
        <translation>%1: Jemand anderes ändert gerade diese Machine (%2). Versuchen Sie es erneut, wenn dessen Lease endet.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not start %1</source>
        <translation>%1 ließ sich nicht starten</translation>
    </message>
    <message>
        <source>Could not stop %1</source>
        <translation>%1 ließ sich nicht stoppen</translation>
    </message>
    <message>
        <source>Could not restart %1</source>
        <translation>%1 ließ sich nicht neu starten</translation>
    </message>
    <message>
        <source>Could not suspend %1</source>
        <translation>%1 ließ sich nicht pausieren</translation>
    </message>
    <message>
        <source>Could not destroy %1</source>
        <translation>%1 ließ sich nicht zerstören</translation>
    </message>
    <message>
        <source>Could not update %1</source>
        <translation>%1 ließ sich nicht aktualisieren</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Preflight</name>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>The token</source>
        <translation>Das Token</translation>
    </message>
    <message>
        <source>The token and the organization</source>
        <translation>Das Token und die Organisation</translation>
    </message>
    <message>
        <source>The API refused the token: %1</source>
        <translation>Die API hat das Token abgelehnt: %1</translation>
    </message>
    <message>
        <source>The API accepts the token.</source>
        <translation>Die API akzeptiert das Token.</translation>
    </message>
    <message>
        <source>The token cannot reach the organization %1 (it reaches %2).</source>
        <translation>Das Token erreicht die Organisation %1 nicht (es erreicht %2).</translation>
    </message>
    <message>
        <source>The API accepts the token, and it reaches the organization %1.</source>
        <translation>Die API akzeptiert das Token, und es erreicht die Organisation %1.</translation>
    </message>
    <message>
        <source>The app %1</source>
        <translation>Die App %1</translation>
    </message>
    <message>
        <source>%1 exists, and this token may launch Machines in it.</source>
        <translation>%1 existiert, und dieses Token darf darin Machines starten.</translation>
    </message>
    <message>
        <source>The name is free: launching creates the app %1 in %2.</source>
        <translation>Der Name ist frei: Beim Start wird die App %1 in %2 erstellt.</translation>
    </message>
    <message>
        <source>%1 belongs to an organization this token cannot reach: choose another name.</source>
        <translation>%1 gehört einer Organisation, die dieses Token nicht erreicht: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The region %1</source>
        <translation>Die Region %1</translation>
    </message>
    <message>
        <source>%1 (%2) is being retired: choose another region.</source>
        <translation>%1 (%2) wird stillgelegt: Wählen Sie eine andere Region.</translation>
    </message>
    <message>
        <source>The platform has no region %1.</source>
        <translation>Die Plattform hat keine Region %1.</translation>
    </message>
    <message>
        <source>The volumes</source>
        <translation>Die Volumes</translation>
    </message>
    <message>
        <source>The app does not exist yet, so it has none of the volumes %1: create the app and its volumes first.</source>
        <translation>Die App existiert noch nicht, also hat sie keines der Volumes %1: Erstellen Sie zuerst die App und ihre Volumes.</translation>
    </message>
    <message>
        <source>%1 (%2, %3 GB, %4)</source>
        <translation>%1 (%2, %3 GB, %4)</translation>
    </message>
    <message>
        <source>Free and ready: %1.</source>
        <translation>Frei und bereit: %1.</translation>
    </message>
    <message>
        <source>The app does not exist yet, so it has no secrets: set %1 with fly secrets set after creating it.</source>
        <translation>Die App existiert noch nicht, also hat sie keine Secrets: Setzen Sie %1 nach dem Erstellen mit fly secrets set.</translation>
    </message>
    <message>
        <source>The app has no secret %1: set it with fly secrets set, or choose another.</source>
        <translation>Die App hat kein Secret %1: Setzen Sie es mit fly secrets set, oder wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>The app has %1.</source>
        <translation>Die App hat %1.</translation>
    </message>
    <message>
        <source>The image %1</source>
        <translation>Das Image %1</translation>
    </message>
    <message>
        <source>Not asked: the Machines API is a simulator on this computer, which resolves public images itself.</source>
        <translation>Nicht gefragt: Die Machines-API ist ein Simulator auf diesem Computer, der öffentliche Images selbst auflöst.</translation>
    </message>
    <message>
        <source>Found in its registry.</source>
        <translation>In seiner Registry gefunden.</translation>
    </message>
    <message>
        <source>Found in its registry (%1).</source>
        <translation>In seiner Registry gefunden (%1).</translation>
    </message>
    <message>
        <source>The secrets the files come from</source>
        <translation>Die Secrets, aus denen die Dateien stammen</translation>
    </message>
    <message>
        <source>%1 (%2, paid plans only)</source>
        <translation>%1 (%2, nur bezahlte Tarife)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 × %2 CPU, %3 MB</source>
        <translation>%1 × %2 CPU, %3 MB</translation>
    </message>
    <message>
        <source>%1; whether it has room could not be asked: %2</source>
        <translation>%1; ob dort Platz ist, ließ sich nicht erfragen: %2</translation>
    </message>
    <message>
        <source>%1 has no room for a Machine of %2 now: choose another region or size.</source>
        <translation>%1 hat gerade keinen Platz für eine Machine mit %2: Wählen Sie eine andere Region oder Größe.</translation>
    </message>
    <message>
        <source>%1 has room for a Machine of %2 (it would go to %3).</source>
        <translation>%1 hat Platz für eine Machine mit %2 (sie käme nach %3).</translation>
    </message>
    <message>
        <source>Ready: %1.</source>
        <translation>Bereit: %1.</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::AccountPage</name>
    <message>
        <source>Keep it in the system &amp;keychain</source>
        <translation>Im System-&amp;Schlüsselbund aufbewahren</translation>
    </message>
    <message>
        <source>Keep it in memory for this &amp;session only</source>
        <translation>Nur für diese Sitzung im S&amp;peicher halten</translation>
    </message>
    <message>
        <source>&amp;Use this token</source>
        <translation>Dieses Token &amp;verwenden</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Flightdeck talks to the Machines API at &lt;b&gt;%1&lt;/b&gt; with your Fly.io API token. The token is never written to a profile, the history, a log or the preview.</source>
        <translation>Flightdeck spricht mit der Machines-API unter &lt;b&gt;%1&lt;/b&gt; und verwendet dazu Ihr Fly.io-API-Token. Das Token wird nie in ein Profil, den Verlauf, ein Protokoll oder die Vorschau geschrieben.</translation>
    </message>
    <message>
        <source>Token in use:</source>
        <translation>Verwendetes Token:</translation>
    </message>
    <message>
        <source>Remember it:</source>
        <translation>Merken:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>the token is still being checked</source>
        <translation>das Token wird noch geprüft</translation>
    </message>
    <message>
        <source>no API token: paste one below (create it with `fly tokens create deploy`)</source>
        <translation>kein API-Token: Fügen Sie unten eines ein (erstellen Sie es mit `fly tokens create deploy`)</translation>
    </message>
    <message>
        <source>the API refused this token: paste a current one below</source>
        <translation>die API hat dieses Token abgelehnt: Fügen Sie unten ein gültiges ein</translation>
    </message>
    <message>
        <source>the token could not be checked because the API did not answer; lists stay empty until it does</source>
        <translation>das Token ließ sich nicht prüfen, weil die API nicht geantwortet hat; die Listen bleiben leer, bis sie antwortet</translation>
    </message>
    <message>
        <source>Looking for a token…</source>
        <translation>Token wird gesucht…</translation>
    </message>
    <message>
        <source>No token found in FLY_API_TOKEN, flyctl&apos;s configuration or the keychain.</source>
        <translation>Kein Token in FLY_API_TOKEN, der flyctl-Konfiguration oder dem Schlüsselbund gefunden.</translation>
    </message>
    <message>
        <source>Checking the token (%1)…</source>
        <translation>Token wird geprüft (%1)…</translation>
    </message>
    <message>
        <source>Accepted by the API — %1.</source>
        <translation>Von der API akzeptiert — %1.</translation>
    </message>
    <message>
        <source>Refused by the API (%1): %2</source>
        <translation>Von der API abgelehnt (%1): %2</translation>
    </message>
    <message>
        <source>Not checked (%1): %2</source>
        <translation>Nicht geprüft (%1): %2</translation>
    </message>
    <message>
        <source>This system has no keychain (Secret Service); run `flightdeck token set --plaintext` to opt in to an owner-only file.</source>
        <translation>Dieses System hat keinen Schlüsselbund (Secret Service); mit `flightdeck token set --plaintext` stimmen Sie einer nur für Sie lesbaren Datei zu.</translation>
    </message>
    <message>
        <source>Fo&amp;rget the stored token</source>
        <translation>Gespeichertes Token ver&amp;gessen</translation>
    </message>
    <message>
        <source>New &amp;token:</source>
        <translation>&amp;Neues Token:</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Flightdeck has no token yet.&lt;/b&gt; Until it has one, every step can still be filled in and the preview shows the request; launching needs the token. Any one of these gives it one:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Paste a token below. Create it with &lt;code&gt;fly tokens create org&lt;/code&gt; (it can also create apps in that organization) or &lt;code&gt;fly tokens create deploy -a APP&lt;/code&gt; (one existing app), or on the Tokens page of the Fly.io dashboard. &lt;a href=&quot;%1&quot;&gt;Which token to create&lt;/a&gt;&lt;/li&gt;&lt;li&gt;Start Flightdeck with the token in the &lt;code&gt;FLY_API_TOKEN&lt;/code&gt; environment variable.&lt;/li&gt;&lt;li&gt;Sign in with flyctl (&lt;code&gt;fly auth login&lt;/code&gt;): Flightdeck uses the token flyctl keeps.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Flightdeck hat noch kein Token.&lt;/b&gt; Bis dahin lässt sich jeder Schritt ausfüllen und die Vorschau zeigt die Anfrage; zum Starten braucht es das Token. Jeder dieser Wege gibt ihm eines:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Fügen Sie unten ein Token ein. Erstellen Sie es mit &lt;code&gt;fly tokens create org&lt;/code&gt; (es kann in dieser Organisation auch Apps anlegen) oder &lt;code&gt;fly tokens create deploy -a APP&lt;/code&gt; (eine bestehende App), oder auf der Seite „Tokens“ im Fly.io-Dashboard. &lt;a href=&quot;%1&quot;&gt;Welches Token Sie brauchen&lt;/a&gt;&lt;/li&gt;&lt;li&gt;Starten Sie Flightdeck mit dem Token in der Umgebungsvariable &lt;code&gt;FLY_API_TOKEN&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;Melden Sie sich bei flyctl an (&lt;code&gt;fly auth login&lt;/code&gt;): Flightdeck nimmt das Token, das flyctl aufbewahrt.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>paste the token here</source>
        <translation>Token hier einfügen</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::ApiSession</name>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Stored in the system keychain.</source>
        <translation>Im System-Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Not stored: %1 The token is kept for this session only.</source>
        <translation>Nicht gespeichert: %1 Das Token gilt nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>Removed from the keychain.</source>
        <translation>Aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Could not remove it from the keychain: %1</source>
        <translation>Konnte es nicht aus dem Schlüsselbund entfernen: %1</translation>
    </message>
    <message>
        <source>stored in the system keychain</source>
        <translation>im System-Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>from the environment variable %1</source>
        <translation>aus der Umgebungsvariable %1</translation>
    </message>
    <message>
        <source>from flyctl&apos;s configuration (%1)</source>
        <translation>aus der flyctl-Konfiguration (%1)</translation>
    </message>
    <message>
        <source>kept in memory for this session only</source>
        <translation>nur für diese Sitzung im Speicher</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>That is not a token: paste the output of `fly tokens create deploy` or `fly auth token`.</source>
        <translation>Das ist kein Token: Fügen Sie die Ausgabe von `fly tokens create deploy` oder `fly auth token` ein.</translation>
    </message>
    <message>
        <source>flyctl&apos;s configuration could not be read: %1</source>
        <translation>Die Konfiguration von flyctl konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::AppPage</name>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>pick one of the organization&apos;s apps, or type a new name</source>
        <translation>eine App der Organisation wählen oder einen neuen Namen eingeben</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>Projektordner</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Durchs&amp;uchen…</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;App:</source>
        <translation>&amp;App:</translation>
    </message>
    <message>
        <source>App and organization</source>
        <translation>App und Organisation</translation>
    </message>
    <message>
        <source>the name %1 belongs to another organization: choose another name</source>
        <translation>der Name %1 gehört einer anderen Organisation: Wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>Loading your organizations…</source>
        <translation>Organisationen werden geladen…</translation>
    </message>
    <message>
        <source>Could not load the organizations: %1</source>
        <translation>Die Organisationen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 (personal)</source>
        <translation>%1 (persönlich)</translation>
    </message>
    <message>
        <source>Loading the apps of %1…</source>
        <translation>Apps von %1 werden geladen…</translation>
    </message>
    <message>
        <source>Could not load the apps: %1</source>
        <translation>Die Apps konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 has no apps yet: type a name to create one.</source>
        <translation>%1 hat noch keine Apps: Geben Sie einen Namen ein, um eine zu erstellen.</translation>
    </message>
    <message numerus="yes">
        <source>An existing app of %1 with %n Machine(s).</source>
        <translation>
            <numerusform>Eine bestehende App von %1 mit %n Machine.</numerusform>
            <numerusform>Eine bestehende App von %1 mit %n Machines.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked: the API is not connected.</source>
        <translation>Nicht geprüft: Die API ist nicht verbunden.</translation>
    </message>
    <message>
        <source>Checking whether %1 is free…</source>
        <translation>Es wird geprüft, ob %1 frei ist…</translation>
    </message>
    <message>
        <source>Could not check the name: %1</source>
        <translation>Der Name konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>A new app: the name is free. Flightdeck creates it in %1 when you launch.</source>
        <translation>Eine neue App: Der Name ist frei. Flightdeck legt sie beim Start in %1 an.</translation>
    </message>
    <message>
        <source>Taken: this name belongs to an app outside %1.</source>
        <translation>Vergeben: Dieser Name gehört zu einer App außerhalb von %1.</translation>
    </message>
    <message>
        <source>fly.toml could not be read: %1</source>
        <translation>fly.toml konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>App %1 from fly.toml.</source>
        <translation>App %1 aus fly.toml.</translation>
    </message>
    <message>
        <source>No fly.toml in this folder.</source>
        <translation>Keine fly.toml in diesem Ordner.</translation>
    </message>
    <message>
        <source>The image will be built from %1.</source>
        <translation>Das Image wird aus %1 gebaut.</translation>
    </message>
    <message>
        <source>Pro&amp;ject folder:</source>
        <translation>Pro&amp;jektordner:</translation>
    </message>
    <message>
        <source>optional: a folder with fly.toml</source>
        <translation>optional: ein Ordner mit fly.toml</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::ArgumentsEdit</name>
    <message>
        <source>%1, one argument per row</source>
        <translation>%1, ein Argument pro Zeile</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Edit one argument per row instead of a shell-like line</source>
        <translation>Ein Argument pro Zeile statt einer Shell-Zeile bearbeiten</translation>
    </message>
    <message>
        <source>Edit %1 as a list</source>
        <translation>%1 als Liste bearbeiten</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::ChecklistView</name>
    <message>
        <source>checking</source>
        <translation>wird geprüft</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>could not check</source>
        <translation>nicht prüfbar</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Ändern: %1</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::CommandPage</name>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>empty: the image&apos;s CMD</source>
        <translation>leer: CMD des Images</translation>
    </message>
    <message>
        <source>Entrypoint</source>
        <translation>Entrypoint</translation>
    </message>
    <message>
        <source>empty: the image&apos;s ENTRYPOINT</source>
        <translation>leer: ENTRYPOINT des Images</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Befehl:</translation>
    </message>
    <message>
        <source>&amp;Entrypoint:</source>
        <translation>&amp;Einstiegspunkt:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Write them as in a shell — quotes keep spaces, for example  sh -c &apos;echo hello&apos; — or switch to List and give one argument per row.</source>
        <translation>Wie in einer Shell schreiben — Anführungszeichen erhalten Leerzeichen, etwa  sh -c &apos;echo hello&apos; — oder zu Liste wechseln und ein Argument pro Zeile angeben.</translation>
    </message>
    <message>
        <source>empty: the image has none</source>
        <translation>leer: Das Image hat keinen</translation>
    </message>
    <message>
        <source>empty: from the image, %1</source>
        <translation>leer: aus dem Image, %1</translation>
    </message>
    <message>
        <source>it starts in %1</source>
        <translation>es startet in %1</translation>
    </message>
    <message>
        <source>it runs as the user %1</source>
        <translation>es läuft als Benutzer %1</translation>
    </message>
    <message>
        <source>From the image: %1.</source>
        <translation>Aus dem Image: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::EnvironmentPage</name>
    <message>
        <source>Environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>&amp;Environment variables (secrets belong in `fly secrets set`, not here):</source>
        <translation>&amp;Umgebungsvariablen (Secrets gehören in `fly secrets set`, nicht hierher):</translation>
    </message>
    <message>
        <source>Fi&amp;les written into the Machine:</source>
        <translation>In die Machine geschriebene Dateie&amp;n:</translation>
    </message>
    <message>
        <source>Environment and files</source>
        <translation>Umgebung und Dateien</translation>
    </message>
    <message>
        <source>Loading the secret names of %1…</source>
        <translation>Die Secret-Namen von %1 werden geladen…</translation>
    </message>
    <message>
        <source>Could not load the app&apos;s secrets: %1</source>
        <translation>Die Secrets der App konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 has no secrets yet (set them with `fly secrets set`).</source>
        <translation>%1 hat noch keine Secrets (setzen Sie sie mit `fly secrets set`).</translation>
    </message>
    <message>
        <source>Secrets of %1 to choose from: %2</source>
        <translation>Secrets von %1 zur Auswahl: %2</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::FilesTable</name>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Path in the Machine</source>
        <extracomment>column headings; &quot;Source&quot; is where a file&apos;s content comes from (text, a local file, a secret)</extracomment>
        <translation>Pfad in der Machine</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Add &amp;text</source>
        <translation>&amp;Text hinzufügen</translation>
    </message>
    <message>
        <source>A file on this computer; its bytes are sent with the request</source>
        <translation>Eine Datei auf diesem Computer; ihre Bytes werden mit der Anfrage gesendet</translation>
    </message>
    <message>
        <source>Edit te&amp;xt…</source>
        <translation>Te&amp;xt bearbeiten…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>A file to write into the Machine</source>
        <translation>Eine Datei, die in die Machine geschrieben wird</translation>
    </message>
    <message>
        <source>File content</source>
        <translation>Dateiinhalt</translation>
    </message>
    <message>
        <source>Source of file %1</source>
        <translation>Quelle der Datei %1</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Lokale Datei</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Imported bytes</source>
        <translation>Importierte Bytes</translation>
    </message>
    <message>
        <source>Secret for file %1</source>
        <translation>Secret für die Datei %1</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) from the imported config</source>
        <translation>
            <numerusform>%n Byte aus der importierten Konfiguration</numerusform>
            <numerusform>%n Bytes aus der importierten Konfiguration</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to edit one line, or use Edit text… for several</source>
        <translation>Doppelklicken Sie, um eine Zeile zu bearbeiten, oder verwenden Sie „Text bearbeiten…“ für mehrere</translation>
    </message>
    <message>
        <source>A path on this computer; its bytes are sent with the request</source>
        <translation>Ein Pfad auf diesem Computer; seine Bytes werden mit der Anfrage gesendet</translation>
    </message>
    <message>
        <source>Add lo&amp;cal file…</source>
        <translation>&amp;Lokale Datei hinzufügen…</translation>
    </message>
    <message>
        <source>Add sec&amp;ret</source>
        <translation>&amp;Secret hinzufügen</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::GuideDialog</name>
    <message>
        <source>Flightdeck guide</source>
        <translation>Flightdeck-Handbuch</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::HistoryDialog</name>
    <message>
        <source>&amp;Open in the wizard</source>
        <translation>Im Assistenten ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Relaunch exactly this</source>
        <translation>Genau so e&amp;rneut starten</translation>
    </message>
    <message>
        <source>Launch history</source>
        <translation>Startverlauf</translation>
    </message>
    <message>
        <source>Past launches</source>
        <translation>Frühere Starts</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>column headings: the time of a launch, its app, how it ended, the Machine it made</extracomment>
        <translation>Wann</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>The request as sent</source>
        <translation>Die Anfrage, wie sie gesendet wurde</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Choose one launch to see its request, or two to compare them.</source>
        <translation>Wählen Sie einen Start, um seine Anfrage zu sehen, oder zwei, um sie zu vergleichen.</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::ImagePage</name>
    <message>
        <source>Image reference</source>
        <translation>Image-Referenz</translation>
    </message>
    <message>
        <source>for example nginx:1.27 or registry.fly.io/my-app:latest</source>
        <translation>zum Beispiel nginx:1.27 oder registry.fly.io/my-app:latest</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Image:</translation>
    </message>
    <message>
        <source>An image from a &amp;registry</source>
        <translation>Ein Image aus einer &amp;Registry</translation>
    </message>
    <message>
        <source>Build</source>
        <extracomment>a noun: the group of build settings (folder, Dockerfile, target)</extracomment>
        <translation>Build</translation>
    </message>
    <message>
        <source>Build folder</source>
        <translation>Build-Ordner</translation>
    </message>
    <message>
        <source>the folder sent to the builder</source>
        <translation>Ordner für den Builder</translation>
    </message>
    <message>
        <source>Dockerfile</source>
        <translation>Dockerfile</translation>
    </message>
    <message>
        <source>Build target</source>
        <translation>Build-Ziel</translation>
    </message>
    <message>
        <source>optional: a stage of a multi-stage Dockerfile</source>
        <translation>optional: eine Stufe eines mehrstufigen Dockerfiles</translation>
    </message>
    <message>
        <source>Do not use the build &amp;cache</source>
        <translation>Build-&amp;Cache nicht verwenden</translation>
    </message>
    <message>
        <source>Image engine</source>
        <translation>Image-Engine</translation>
    </message>
    <message>
        <source>The first one installed (none found: install docker, podman or buildah)</source>
        <translation>Die erste installierte (keine gefunden: Installieren Sie docker, podman oder buildah)</translation>
    </message>
    <message>
        <source>The first one installed (here: %1)</source>
        <translation>Die erste installierte (hier: %1)</translation>
    </message>
    <message>
        <source>Build arguments</source>
        <translation>Build-Argumente</translation>
    </message>
    <message>
        <source>Dockerfile contents</source>
        <translation>Inhalt des Dockerfiles</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Dockerfile:</source>
        <translation>Doc&amp;kerfile:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>Zie&amp;l:</translation>
    </message>
    <message>
        <source>Build ar&amp;guments:</source>
        <translation>Build-Ar&amp;gumente:</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>B&amp;uild from a Dockerfile</source>
        <translation>Aus einem Dockerfile &amp;bauen</translation>
    </message>
    <message>
        <source>Engin&amp;e:</source>
        <translation>Werkz&amp;eug:</translation>
    </message>
    <message>
        <source>empty: the folder&apos;s Dockerfile</source>
        <translation>leer: das Dockerfile des Ordners</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::ImportActions</name>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importiert.</translation>
    </message>
    <message>
        <source>Imported %1, except: %2</source>
        <translation>%1 importiert, außer: %2</translation>
    </message>
    <message>
        <source>Import a fly machine run command</source>
        <translation>Einen fly machine run-Befehl importieren</translation>
    </message>
    <message>
        <source>Paste the command (with or without `fly machine run`):</source>
        <translation>Fügen Sie den Befehl ein (mit oder ohne `fly machine run`):</translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>Nichts importiert: %1</translation>
    </message>
    <message>
        <source>%1 (changes nothing here)</source>
        <translation>%1 (ändert hier nichts)</translation>
    </message>
    <message>
        <source>the command</source>
        <translation>der Befehl</translation>
    </message>
    <message>
        <source>Import a Machine config</source>
        <translation>Eine Machine-Konfiguration importieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>a Machine config is a JSON object</source>
        <translation>eine Machine-Konfiguration ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>the Machine config</source>
        <translation>die Machine-Konfiguration</translation>
    </message>
    <message>
        <source>Choose the app first: the Machines to clone are the app&apos;s.</source>
        <translation>Wählen Sie zuerst die App: Die Machines zum Klonen gehören zur App.</translation>
    </message>
    <message>
        <source>Clone a Machine of %1</source>
        <translation>Eine Machine von %1 klonen</translation>
    </message>
    <message>
        <source>&amp;Machine:</source>
        <translation>&amp;Machine:</translation>
    </message>
    <message>
        <source>Loading the Machines of %1…</source>
        <translation>Die Machines von %1 werden geladen…</translation>
    </message>
    <message>
        <source>%1 — %2 in %3 (%4)</source>
        <translation>%1 — %2 in %3 (%4)</translation>
    </message>
    <message>
        <source>%1 has no Machines.</source>
        <translation>%1 hat keine Machines.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 ließ sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>the volume %1 (a volume mounts on one Machine: choose another on the Volumes step)</source>
        <translation>das Volume %1 (ein Volume hängt an nur einer Machine: Wählen Sie im Schritt Volumes ein anderes)</translation>
    </message>
    <message>
        <source>the config of %1</source>
        <translation>die Konfiguration von %1</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::JsonPreview</name>
    <message>
        <source>Request preview</source>
        <translation>Vorschau der Anfrage</translation>
    </message>
    <message>
        <source>Machines API request preview</source>
        <translation>Vorschau der Anfrage an die Machines-API</translation>
    </message>
    <message>
        <source>Editable: valid changes fill the form</source>
        <translation>Bearbeitbar: Gültige Änderungen füllen das Formular</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Request method and path</source>
        <translation>Methode und Pfad der Anfrage</translation>
    </message>
    <message>
        <source>First, the app is created:</source>
        <translation>Zuerst wird die App angelegt:</translation>
    </message>
    <message>
        <source>Then the Machine:</source>
        <translation>Dann die Machine:</translation>
    </message>
    <message>
        <source>The request that creates the app</source>
        <translation>Die Anfrage, die die App anlegt</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::KeyValueTable</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>H&amp;inzufügen</translation>
    </message>
    <message>
        <source>Import a .env file</source>
        <translation>Eine .env-Datei importieren</translation>
    </message>
    <message>
        <source>Some lines were skipped</source>
        <translation>Einige Zeilen wurden übersprungen</translation>
    </message>
    <message>
        <source>These lines are not KEY=VALUE:
%1</source>
        <translation>Diese Zeilen haben nicht die Form KEY=VALUE:
%1</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Ein&amp;fügen</translation>
    </message>
    <message>
        <source>Add the KEY=VALUE lines on the clipboard</source>
        <translation>Die KEY=VALUE-Zeilen aus der Zwischenablage hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Import .env…</source>
        <translation>.env im&amp;portieren…</translation>
    </message>
    <message>
        <source>Add the variables of a .env file</source>
        <translation>Die Variablen einer .env-Datei hinzufügen</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::LaunchController</name>
    <message>
        <source>a Machine in %1</source>
        <translation>eine Machine in %1</translation>
    </message>
    <message>
        <source>%1 was not destroyed: %2</source>
        <translation>%1 wurde nicht zerstört: %2</translation>
    </message>
    <message>
        <source>%1 is destroyed; the session is over.</source>
        <translation>%1 ist zerstört; die Sitzung ist vorbei.</translation>
    </message>
    <message>
        <source>This launch could not be added to the history %1: %2</source>
        <translation>Dieser Start konnte nicht in den Verlauf %1 eingetragen werden: %2</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::LaunchNotifier</name>
    <message>
        <source>Flightdeck</source>
        <translation>Flightdeck</translation>
    </message>
    <message>
        <source>No launches in flight</source>
        <translation>Keine laufenden Starts</translation>
    </message>
    <message>
        <source>Launching %1…</source>
        <translation>%1 wird gestartet…</translation>
    </message>
    <message>
        <source>Show Flightdeck</source>
        <translation>Flightdeck anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>Flightdeck — %n launch(es) in flight</source>
        <translation>
            <numerusform>Flightdeck — %n Start läuft</numerusform>
            <numerusform>Flightdeck — %n Starts laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Machine %1 is %2</source>
        <translation>Machine %1 ist %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 did not start</source>
        <translation>%1 ist nicht gestartet</translation>
    </message>
    <message>
        <source>The launch failed.</source>
        <translation>Der Start ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Show the launch</source>
        <translation>Start anzeigen</translation>
    </message>
    <message>
        <source>Open the log</source>
        <translation>Log öffnen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Destroy…</source>
        <translation>Zerstören…</translation>
    </message>
    <message>
        <source>Launch again</source>
        <translation>Erneut starten</translation>
    </message>
    <message>
        <source>Last launches</source>
        <translation>Letzte Starts</translation>
    </message>
    <message>
        <source>%1: started</source>
        <translation>%1: gestartet</translation>
    </message>
    <message>
        <source>%1: did not start</source>
        <translation>%1: nicht gestartet</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::LaunchView</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Copy the Machine &amp;id</source>
        <translation>Machine-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Open the app&apos;s &amp;dashboard</source>
        <translation>&amp;Dashboard der App öffnen</translation>
    </message>
    <message>
        <source>Launch &amp;another like this</source>
        <translation>&amp;Noch eine wie diese starten</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Back to the wizard</source>
        <translation>&amp;Zurück zum Assistenten</translation>
    </message>
    <message>
        <source>Open a &amp;console</source>
        <translation>&amp;Konsole öffnen</translation>
    </message>
    <message>
        <source>&amp;End the session</source>
        <translation>Sitzung &amp;beenden</translation>
    </message>
    <message>
        <source>Launch steps</source>
        <translation>Startschritte</translation>
    </message>
    <message>
        <source>Step</source>
        <extracomment>column headings of the launch timeline; &quot;Time&quot; is how long a step took</extracomment>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Launch log</source>
        <translation>Startprotokoll</translation>
    </message>
    <message>
        <source>Destroy the temporary Machine</source>
        <translation>Die temporäre Machine zerstören</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>Launching a Machine in %1…</source>
        <translation>Machine in %1 wird gestartet…</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>The shell Machine is %1</source>
        <translation>Die Shell-Machine ist %1</translation>
    </message>
    <message>
        <source>The Machine is %1</source>
        <translation>Die Machine ist %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Machine&lt;/b&gt; %1 (%2) in %3 — state %4, private IP %5</source>
        <translation>&lt;b&gt;Machine&lt;/b&gt; %1 (%2) in %3 — Zustand %4, private IP %5</translation>
    </message>
    <message>
        <source>Launch cancelled</source>
        <translation>Start abgebrochen</translation>
    </message>
    <message>
        <source>The Machine did not start</source>
        <translation>Die Machine ist nicht gestartet</translation>
    </message>
    <message>
        <source>What exists now because of this launch: %1</source>
        <translation>Durch diesen Start existiert jetzt: %1</translation>
    </message>
    <message>
        <source>&amp;Change %1</source>
        <translation>%1 &amp;ändern</translation>
    </message>
    <message>
        <source>&amp;Change it on the %1 step</source>
        <translation>Im Schritt %1 &amp;ändern</translation>
    </message>
    <message>
        <source>The shell session is over</source>
        <translation>Die Shell-Sitzung ist beendet</translation>
    </message>
    <message>
        <source>fly ssh console, in a terminal</source>
        <translation>fly ssh console, in einem Terminal</translation>
    </message>
    <message>
        <source>Install flyctl to open a console from here</source>
        <translation>Installieren Sie flyctl, um von hier eine Konsole zu öffnen</translation>
    </message>
    <message>
        <source>Machine lo&amp;g</source>
        <translation>Machine-Lo&amp;g</translation>
    </message>
    <message>
        <source>Launch de&amp;tails</source>
        <translation>Start-De&amp;tails</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::LifecyclePage</name>
    <message>
        <source>&amp;Destroy the Machine when its process exits</source>
        <translation>Machine &amp;löschen, wenn ihr Prozess endet</translation>
    </message>
    <message>
        <source>S&amp;kip DNS registration</source>
        <translation>DNS-Registrierung &amp;überspringen</translation>
    </message>
    <message>
        <source>Machine name</source>
        <translation>Name der Machine</translation>
    </message>
    <message>
        <source>empty: the platform picks one, like aged-thunder-7371</source>
        <translation>leer: Die Plattform wählt einen, etwa aged-thunder-7371</translation>
    </message>
    <message>
        <source>Restart policy</source>
        <translation>Neustartrichtlinie</translation>
    </message>
    <message>
        <source>Default</source>
        <extracomment>a restart policy: send none, the platform&apos;s default applies</extracomment>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Never (no)</source>
        <translation>Nie (no)</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <source>When it fails (on-failure)</source>
        <translation>Bei Fehlern (on-failure)</translation>
    </message>
    <message>
        <source>Restart attempts</source>
        <translation>Neustartversuche</translation>
    </message>
    <message>
        <source>platform default (10)</source>
        <translation>Vorgabe der Plattform (10)</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>None: run until stopped</source>
        <translation>Keiner: läuft bis zum Stopp</translation>
    </message>
    <message>
        <source>Standby for Machines</source>
        <translation>Standby für Machines</translation>
    </message>
    <message>
        <source>Process group</source>
        <translation>Prozessgruppe</translation>
    </message>
    <message>
        <source>&amp;Restart:</source>
        <translation>Neu&amp;start:</translation>
    </message>
    <message>
        <source>&amp;Schedule:</source>
        <translation>Zei&amp;tplan:</translation>
    </message>
    <message>
        <source>Process &amp;group:</source>
        <translation>Prozess&amp;gruppe:</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <source>No policy is sent: the platform&apos;s default applies (on-failure, up to 10 restarts).</source>
        <translation>Es wird keine Richtlinie gesendet: Die Vorgabe der Plattform gilt (on-failure, bis zu 10 Neustarts).</translation>
    </message>
    <message>
        <source>Default here: no — a Machine that destroys itself is not restarted (as flyctl does with --rm).</source>
        <translation>Vorgabe hier: no — eine Machine, die sich selbst zerstört, wird nicht neu gestartet (wie bei flyctl mit --rm).</translation>
    </message>
    <message>
        <source>Default here: on-failure — a scheduled Machine is restarted only when it fails.</source>
        <translation>Vorgabe hier: on-failure — eine zeitgesteuerte Machine wird nur neu gestartet, wenn sie fehlschlägt.</translation>
    </message>
    <message>
        <source>Default here: the platform&apos;s — on-failure, up to 10 restarts in 5 minutes.</source>
        <translation>Vorgabe hier: die der Plattform — on-failure, bis zu 10 Neustarts in 5 Minuten.</translation>
    </message>
    <message>
        <source>Check the Machines this one stands by for; it starts only when one of them fails</source>
        <translation>Wählen Sie die Machines, für die diese bereitsteht; sie startet nur, wenn eine davon ausfällt</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Loading the Machines of %1…</source>
        <translation>Die Machines von %1 werden geladen…</translation>
    </message>
    <message>
        <source>Could not load the app&apos;s Machines: %1</source>
        <translation>Die Machines der App konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 has no Machines to stand by for.</source>
        <translation>%1 hat keine Machines, für die diese bereitstehen könnte.</translation>
    </message>
    <message>
        <source>%1 — %2 in %3 (%4)</source>
        <translation>%1 — %2 in %3 (%4)</translation>
    </message>
    <message>
        <source>%1 (not among the app&apos;s Machines)</source>
        <translation>%1 (nicht unter den Machines der App)</translation>
    </message>
    <message>
        <source>Wait for start and health checks</source>
        <translation>Warten auf Start und Health-Checks</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>300 s (default)</source>
        <translation>300 s (Standard)</translation>
    </message>
    <message>
        <source>How long the launch waits for the Machine to start and its health checks to pass before it reports a failure</source>
        <translation>Wie lange der Start wartet, bis die Machine läuft und ihre Health-Checks bestehen, bevor er einen Fehler meldet</translation>
    </message>
    <message>
        <source>&amp;Wait timeout:</source>
        <translation>Wa&amp;rtezeit:</translation>
    </message>
    <message>
        <source>Let `fly deploy` manage this Machine &amp;later</source>
        <translation>Diese Machine später von `fly deploy` &amp;verwalten lassen</translation>
    </message>
    <message>
        <source>Don&apos;t wait for health &amp;checks</source>
        <translation>Nicht auf Health-&amp;Checks warten</translation>
    </message>
    <message>
        <source>Nam&amp;e:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Versuche:</translation>
    </message>
    <message>
        <source>Standb&amp;y for:</source>
        <translation>Standb&amp;y für:</translation>
    </message>
    <message>
        <source>Me&amp;tadata:</source>
        <translation>Met&amp;adaten:</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::LoadStatus</name>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::MachineLogView</name>
    <message>
        <source>Follo&amp;w</source>
        <translation>Mitlaufe&amp;n</translation>
    </message>
    <message>
        <source>The Machine&apos;s log</source>
        <translation>Das Log der Machine</translation>
    </message>
    <message>
        <source>Off: the view stays still and new lines wait until it is on again</source>
        <translation>Aus: die Ansicht bleibt stehen, neue Zeilen warten, bis es wieder an ist</translation>
    </message>
    <message>
        <source>Find in the log</source>
        <translation>Im Log suchen</translation>
    </message>
    <message>
        <source>find (Enter: next)</source>
        <translation>suchen (Enter: nächste)</translation>
    </message>
    <message>
        <source>Cop&amp;y the log</source>
        <translation>Log kop&amp;ieren</translation>
    </message>
    <message>
        <source>The Machine&apos;s log shows here once it is created.</source>
        <translation>Das Log der Machine erscheint hier, sobald sie erstellt ist.</translation>
    </message>
    <message>
        <source>Following the log of %1…</source>
        <translation>Das Log von %1 läuft mit…</translation>
    </message>
    <message>
        <source>No longer following the log of %1.</source>
        <translation>Das Log von %1 läuft nicht mehr mit.</translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n new line(s) wait for Follow.</source>
        <translation>
            <numerusform>Angehalten: %n neue Zeile wartet auf „Mitlaufen“.</numerusform>
            <numerusform>Angehalten: %n neue Zeilen warten auf „Mitlaufen“.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the log.</source>
        <translation>„%1“ steht nicht im Log.</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::MachineUpdate</name>
    <message>
        <source>The update is for a Machine of %1; the App step now says %2.</source>
        <translation>Die Aktualisierung gilt einer Machine von %1; im Schritt „App“ steht jetzt %2.</translation>
    </message>
    <message>
        <source>An update takes an image: build the Dockerfile with a new Machine first, or choose an image on the Image step.</source>
        <translation>Eine Aktualisierung braucht ein Image: Bauen Sie das Dockerfile zuerst mit einer neuen Machine, oder wählen Sie im Schritt „Image“ ein Image.</translation>
    </message>
    <message>
        <source>A Machine keeps its name: %1 cannot become %2.</source>
        <translation>Eine Machine behält ihren Namen: %1 kann nicht zu %2 werden.</translation>
    </message>
    <message>
        <source>A Machine stays in its region (%1): create a new Machine to run elsewhere.</source>
        <translation>Eine Machine bleibt in ihrer Region (%1): Erstellen Sie eine neue Machine, um anderswo zu laufen.</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::MachinesView</name>
    <message numerus="yes">
        <source>%n %1 CPU(s), %2 MB</source>
        <translation>
            <numerusform>%n %1-CPU, %2 MB</numerusform>
            <numerusform>%n %1-CPUs, %2 MB</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 of %2 passing</source>
        <translation>%1 von %2 bestanden</translation>
    </message>
    <message>
        <source>Log</source>
        <extracomment>a button: opens the Machine&apos;s log (noun)</extracomment>
        <translation>Log</translation>
    </message>
    <message>
        <source>Clone</source>
        <extracomment>a button, a verb: a new Machine like the selected one</extracomment>
        <translation>Klonen</translation>
    </message>
    <message>
        <source>Update…</source>
        <translation>Aktualisieren…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>The app&apos;s Machines</source>
        <translation>Die Machines der App</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>column headings of the Machines table; &quot;Created&quot; is the time the Machine was created, &quot;Checks&quot; its health checks</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Destroy…</source>
        <translation>Zerstören…</translation>
    </message>
    <message>
        <source>The Machine&apos;s log, live, in a window of its own (Enter in the table)</source>
        <translation>Das Log der Machine, live, in einem eigenen Fenster (Eingabetaste in der Tabelle)</translation>
    </message>
    <message>
        <source>A new Machine like this one: its config into the wizard</source>
        <translation>Eine neue Machine wie diese: ihre Konfiguration in den Assistenten</translation>
    </message>
    <message>
        <source>Change this Machine: its config into the wizard, which then updates it instead of creating one</source>
        <translation>Diese Machine ändern: ihre Konfiguration in den Assistenten, der sie dann aktualisiert, statt eine neue zu erstellen</translation>
    </message>
    <message>
        <source>Choose an app on the App step to see its Machines.</source>
        <translation>Wählen Sie im Schritt „App“ eine App, um ihre Machines zu sehen.</translation>
    </message>
    <message>
        <source>Machines of %1</source>
        <translation>Machines von %1</translation>
    </message>
    <message>
        <source>%1 does not exist yet: it has no Machines.</source>
        <translation>%1 gibt es noch nicht: Sie hat keine Machines.</translation>
    </message>
    <message>
        <source>Could not list the Machines of %1: %2</source>
        <translation>Die Machines von %1 ließen sich nicht auflisten: %2</translation>
    </message>
    <message numerus="yes">
        <source>Machines of %1 (%n)</source>
        <translation>
            <numerusform>Machines von %1 (%n)</numerusform>
            <numerusform>Machines von %1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Destroy a Machine</source>
        <translation>Machine zerstören</translation>
    </message>
    <message>
        <source>Destroy the Machine %1 of %2? Its configuration and root file system are gone for good; its volumes stay.</source>
        <translation>Die Machine %1 von %2 zerstören? Ihre Konfiguration und ihr Root-Dateisystem sind danach endgültig weg; ihre Volumes bleiben.</translation>
    </message>
    <message>
        <source>It is %1: &amp;kill it (--force)</source>
        <translation>Sie ist %1: &amp;beenden (--force)</translation>
    </message>
    <message>
        <source>&amp;Destroy %1</source>
        <translation>%1 &amp;zerstören</translation>
    </message>
    <message>
        <source>Log of %1 (%2)</source>
        <translation>Log von %1 (%2)</translation>
    </message>
    <message>
        <source>Reading the config of %1…</source>
        <translation>Die Konfiguration von %1 wird gelesen…</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 ließ sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 is in the wizard: change what you want, then Update on the Review step.</source>
        <translation>%1 ist im Assistenten: Ändern Sie, was Sie möchten, dann „Aktualisieren“ im Schritt „Überprüfen“.</translation>
    </message>
    <message>
        <source>Reading the state of %1…</source>
        <translation>Zustand von %1 wird gelesen…</translation>
    </message>
    <message>
        <source>Wait until the action on %1 ends.</source>
        <translation>Warten Sie, bis die Aktion an %1 beendet ist.</translation>
    </message>
    <message>
        <source>Nothing to do: %1 is %2.</source>
        <translation>Nichts zu tun: %1 ist %2.</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::MainWindow</name>
    <message>
        <source>Machines API: %1</source>
        <translation>Machines-API: %1</translation>
    </message>
    <message>
        <source>the request must be a JSON object</source>
        <translation>die Anfrage muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>Not launched: fix the problems listed on the Review step first.</source>
        <translation>Nicht gestartet: Beheben Sie zuerst die im Schritt Überprüfen aufgeführten Probleme.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Paste a `fly machine run` &amp;command…</source>
        <translation>`fly machine run`-&amp;Befehl einfügen…</translation>
    </message>
    <message>
        <source>A Machine &amp;config file…</source>
        <translation>Machine-&amp;Konfigurationsdatei…</translation>
    </message>
    <message>
        <source>C&amp;lone a Machine of the app…</source>
        <translation>Machine der App &amp;klonen…</translation>
    </message>
    <message>
        <source>Launch &amp;history…</source>
        <translation>Start&amp;verlauf…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Machine</source>
        <translation>&amp;Machine</translation>
    </message>
    <message>
        <source>Create and &amp;start</source>
        <translation>Erstellen und &amp;starten</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Create &amp;only</source>
        <translation>Nur &amp;erstellen</translation>
    </message>
    <message>
        <source>Open a s&amp;hell Machine</source>
        <translation>S&amp;hell-Machine öffnen</translation>
    </message>
    <message>
        <source>Show the &amp;launch</source>
        <translation>&amp;Start anzeigen</translation>
    </message>
    <message>
        <source>Back to the &amp;wizard</source>
        <translation>Zurück zum &amp;Assistenten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Help for this &amp;step</source>
        <translation>Hilfe zu diesem &amp;Schritt</translation>
    </message>
    <message>
        <source>&lt;app&gt;</source>
        <translation>&lt;App&gt;</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostic information</source>
        <translation>&amp;Diagnoseinformationen kopieren</translation>
    </message>
    <message>
        <source>Diagnostic information copied: versions, system and endpoints, without the token.</source>
        <translation>Diagnoseinformationen kopiert: Versionen, System und Endpunkte, ohne das Token.</translation>
    </message>
    <message>
        <source>&amp;About Flightdeck</source>
        <translation>&amp;Über Flightdeck</translation>
    </message>
    <message>
        <source>About Flightdeck</source>
        <translation>Über Flightdeck</translation>
    </message>
    <message>
        <source>Flightdeck &amp;guide</source>
        <translation>Flightdeck-&amp;Handbuch</translation>
    </message>
    <message>
        <source>Flightdeck configures, builds and starts Fly.io Machines, step by step.

%1

Flightdeck is free software under the GNU General Public License, version 3 or any later version; it comes with no warranty.</source>
        <translation>Flightdeck richtet Fly.io-Machines Schritt für Schritt ein, baut und startet sie.

%1

Flightdeck ist freie Software unter der GNU General Public License, Version 3 oder jeder späteren Version; es gibt keine Gewährleistung.</translation>
    </message>
    <message>
        <source>Machines of the app</source>
        <translation>Machines der App</translation>
    </message>
    <message>
        <source>Creating a new Machine again: Review&apos;s Create makes one with these settings.</source>
        <translation>Wieder eine neue Machine: „Erstellen“ im Schritt „Überprüfen“ legt eine mit diesen Einstellungen an.</translation>
    </message>
    <message>
        <source>The wizard holds the config of %1: change what you want; Review shows what changes and updates it.</source>
        <translation>Der Assistent enthält die Konfiguration von %1: Ändern Sie, was Sie möchten; „Überprüfen“ zeigt, was sich ändert, und aktualisiert sie.</translation>
    </message>
    <message>
        <source>Not taken: %1.</source>
        <translation>Nicht übernommen: %1.</translation>
    </message>
    <message>
        <source>An update of %1 is under way already.</source>
        <translation>Eine Aktualisierung von %1 läuft bereits.</translation>
    </message>
    <message>
        <source>The app&apos;s Machi&amp;nes</source>
        <translation>&amp;Machines der App</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::ProfileController</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to %1 before starting a new Machine?</source>
        <translation>Die Änderungen an %1 speichern, bevor eine neue Machine begonnen wird?</translation>
    </message>
    <message>
        <source>this Machine</source>
        <translation>diese Machine</translation>
    </message>
    <message>
        <source>Save the changes before opening another profile?</source>
        <translation>Die Änderungen speichern, bevor ein anderes Profil geöffnet wird?</translation>
    </message>
    <message>
        <source>Open a profile</source>
        <translation>Profil öffnen</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Opened %1, without what it could not keep: %2</source>
        <translation>%1 geöffnet, ohne das, was nicht übernommen werden konnte: %2</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>%1 was not saved: %2. The previous file, if any, is unchanged.</source>
        <translation>%1 wurde nicht gespeichert: %2. Die vorherige Datei, falls vorhanden, ist unverändert.</translation>
    </message>
    <message>
        <source>No recent profiles</source>
        <translation>Keine zuletzt geöffneten Profile</translation>
    </message>
    <message>
        <source>Flightdeck did not close normally last time. A draft from %1 was kept%2.</source>
        <translation>Flightdeck wurde zuletzt nicht normal beendet. Ein Entwurf vom %1 wurde aufbewahrt%2.</translation>
    </message>
    <message>
        <source> (app %1)</source>
        <translation> (App %1)</translation>
    </message>
    <message>
        <source>&amp;Restore the draft</source>
        <translation>Entwurf &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>Die Änderungen an %1 vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>The draft %1 could not be written: %2. Your changes stay in this window and are written as soon as that works.</source>
        <translation>Der Entwurf %1 konnte nicht geschrieben werden: %2. Ihre Änderungen bleiben in diesem Fenster und werden geschrieben, sobald das wieder geht.</translation>
    </message>
    <message>
        <source>The list of recent profiles could not be saved to %1: %2.</source>
        <translation>Die Liste der zuletzt verwendeten Profile konnte nicht in %1 gespeichert werden: %2.</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::RegionPage</name>
    <message>
        <source>Find a region</source>
        <translation>Eine Region suchen</translation>
    </message>
    <message>
        <source>Type a city or a code</source>
        <translation>Stadt oder Kürzel eingeben</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Let Fly choose — the region nearest to you (from %1)</source>
        <translation>Fly wählen lassen — die nächstgelegene Region (ab %1)</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>Asking Fly.io for its regions…</source>
        <translation>Fly.io wird nach seinen Regionen gefragt…</translation>
    </message>
    <message>
        <source>Fly.io&apos;s regions could not be read (%1). The list is the one built into Flightdeck, which may be out of date.</source>
        <translation>Die Regionen von Fly.io konnten nicht gelesen werden (%1). Die Liste ist die in Flightdeck eingebaute und womöglich veraltet.</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) from Fly.io.</source>
        <translation>
            <numerusform>%n Region von Fly.io.</numerusform>
            <numerusform>%n Regionen von Fly.io.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) from Fly.io; the nearest to you is %1.</source>
        <translation>
            <numerusform>%n Region von Fly.io; die nächste ist %1.</numerusform>
            <numerusform>%n Regionen von Fly.io; die nächste ist %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Let Fly choose — the region nearest to you, %1 (from %2)</source>
        <translation>Fly wählen lassen — die Region, die Ihnen am nächsten liegt, %1 (laut %2)</translation>
    </message>
    <message>
        <source>%1 (%2) — Fly picks the region</source>
        <translation>%1 (%2) — Fly wählt die Region</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>etwa %1</translation>
    </message>
    <message>
        <source> — nearest to you</source>
        <translation> — am nächsten</translation>
    </message>
    <message>
        <source> — paid plans only</source>
        <translation> — nur bezahlte Tarife</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::RequestDiffView</name>
    <message>
        <source>The older request</source>
        <translation>Die ältere Anfrage</translation>
    </message>
    <message>
        <source>The newer request</source>
        <translation>Die neuere Anfrage</translation>
    </message>
    <message>
        <source>The two requests are the same.</source>
        <translation>Die beiden Anfragen sind gleich.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) differ: %1</source>
        <translation>
            <numerusform>%n Wert unterscheidet sich: %1</numerusform>
            <numerusform>%n Werte unterscheiden sich: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::ResourcesPage</name>
    <message>
        <source>Size preset</source>
        <translation>Größenvorgabe</translation>
    </message>
    <message>
        <source>%1 — %2 CPU, %3 MB</source>
        <translation>%1 — %2 CPU, %3 MB</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>CPU kind</source>
        <translation>CPU-Art</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>CPU &amp;kind:</source>
        <translation>CPU-&amp;Art:</translation>
    </message>
    <message>
        <source>C&amp;PUs:</source>
        <translation>&amp;CPUs:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Kosten:</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>%1 while running, in %2</source>
        <translation>%1 im Betrieb, in %2</translation>
    </message>
    <message>
        <source>the base regions (iad, ewr)</source>
        <translation>die Basisregionen (iad, ewr)</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>Erwei&amp;tert</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Swap</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Root file system size</source>
        <translation>Größe des Root-Dateisystems</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>the image&apos;s size</source>
        <translation>die Größe des Images</translation>
    </message>
    <message>
        <source>Keep the root file system</source>
        <translation>Das Root-Dateisystem behalten</translation>
    </message>
    <message>
        <source>Platform default (a fresh one on every start)</source>
        <translation>Vorgabe der Plattform (bei jedem Start ein frisches)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Across restarts</source>
        <translation>Über Neustarts hinweg</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <source>Kernel arguments</source>
        <translation>Kernel-Argumente</translation>
    </message>
    <message>
        <source>Host dedication id</source>
        <translation>ID der Host-Zuordnung</translation>
    </message>
    <message>
        <source>empty: shared hosts</source>
        <translation>leer: gemeinsam genutzte Hosts</translation>
    </message>
    <message>
        <source>S&amp;wap:</source>
        <translation>Swa&amp;p:</translation>
    </message>
    <message>
        <source>Root file system si&amp;ze:</source>
        <translation>Größe des Root-Datei&amp;systems:</translation>
    </message>
    <message>
        <source>Keep root file s&amp;ystem:</source>
        <translation>Root-Dateisystem &amp;behalten:</translation>
    </message>
    <message>
        <source>Host &amp;dedication:</source>
        <translation>D&amp;edizierter Host:</translation>
    </message>
    <message>
        <source>M&amp;emory:</source>
        <translation>A&amp;rbeitsspeicher:</translation>
    </message>
    <message>
        <source>Kernel ar&amp;guments:</source>
        <translation>Ker&amp;nel-Argumente:</translation>
    </message>
    <message>
        <source>empty: the platform&apos;s</source>
        <translation>leer: die der Plattform</translation>
    </message>
    <message>
        <source>Words as in a shell: quote an argument that holds spaces</source>
        <translation>Wörter wie in einer Shell: ein Argument mit Leerzeichen in Anführungszeichen setzen</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::ReviewPage</name>
    <message>
        <source>Problems to fix before launching</source>
        <translation>Vor dem Start zu behebende Probleme</translation>
    </message>
    <message>
        <source>The equivalent fly machine run command</source>
        <translation>Der entsprechende fly machine run-Befehl</translation>
    </message>
    <message>
        <source>&amp;Copy command</source>
        <translation>Befehl &amp;kopieren</translation>
    </message>
    <message>
        <source>The same Machine with flyctl:</source>
        <translation>Dieselbe Machine mit flyctl:</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Create and &amp;start</source>
        <translation>Erstellen und &amp;starten</translation>
    </message>
    <message>
        <source>Create &amp;only</source>
        <translation>Nur &amp;erstellen</translation>
    </message>
    <message>
        <source>Copy the request &amp;JSON</source>
        <translation>&amp;JSON kopieren</translation>
    </message>
    <message>
        <source>Create the Machine stopped, to start it later</source>
        <translation>Die Machine gestoppt erstellen, um sie später zu starten</translation>
    </message>
    <message>
        <source>&amp;Problems (double-click one to go to its step):</source>
        <translation>&amp;Probleme (Doppelklick springt zum Schritt):</translation>
    </message>
    <message>
        <source>Ready to launch.</source>
        <translation>Bereit zum Start.</translation>
    </message>
    <message numerus="yes">
        <source>Fix the %n error(s) above to launch.</source>
        <translation>
            <numerusform>Beheben Sie den %n Fehler oben, um zu starten.</numerusform>
            <numerusform>Beheben Sie die %n Fehler oben, um zu starten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Als c&amp;url kopieren</translation>
    </message>
    <message>
        <source>The exact request as a curl command; it reads the token from $FLY_API_TOKEN when it runs</source>
        <translation>Genau diese Anfrage als curl-Befehl; er liest das Token beim Ausführen aus $FLY_API_TOKEN</translation>
    </message>
    <message>
        <source>What launching creates</source>
        <translation>Was der Start erstellt</translation>
    </message>
    <message>
        <source>&amp;What launching creates (double-click a line to change it):</source>
        <translation>Was der Start &amp;anlegt (Doppelklick auf eine Zeile ändert sie):</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>Erneut pr&amp;üfen</translation>
    </message>
    <message>
        <source>Ask the platform again about the token, the app, the region, the volumes, the secrets and the image</source>
        <translation>Die Plattform erneut zu Token, App, Region, Volumes, Secrets und Image befragen</translation>
    </message>
    <message>
        <source>Checked with the platform before anything is created:</source>
        <translation>Vor dem Erstellen mit der Plattform geprüft:</translation>
    </message>
    <message>
        <source>Asking the platform…</source>
        <translation>Die Plattform wird gefragt…</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) could not be made; the platform decides at launch.</source>
        <translation>
            <numerusform>%n Prüfung war nicht möglich; die Plattform entscheidet beim Start.</numerusform>
            <numerusform>%n Prüfungen waren nicht möglich; die Plattform entscheidet beim Start.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) with the platform failed: the launch would likely fail.</source>
        <translation>
            <numerusform>%n Prüfung bei der Plattform ist fehlgeschlagen: Der Start würde wahrscheinlich scheitern.</numerusform>
            <numerusform>%n Prüfungen bei der Plattform sind fehlgeschlagen: Der Start würde wahrscheinlich scheitern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a ne&amp;w Machine instead</source>
        <translation>Als neue Machine &amp;erstellen</translation>
    </message>
    <message>
        <source>Keep these settings, and create a new Machine with them instead of updating this one</source>
        <translation>Diese Einstellungen behalten und damit eine neue Machine erstellen, statt diese zu aktualisieren</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) with the platform failed: the update would likely fail.</source>
        <translation>
            <numerusform>%n Prüfung mit der Plattform ist fehlgeschlagen: Die Aktualisierung würde wohl scheitern.</numerusform>
            <numerusform>%n Prüfungen mit der Plattform sind fehlgeschlagen: Die Aktualisierung würde wohl scheitern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changes yet: the update would send the config the Machine has.</source>
        <translation>Noch ändert sich nichts: Die Aktualisierung würde die Konfiguration senden, die die Machine schon hat.</translation>
    </message>
    <message>
        <source>Ready to update.</source>
        <translation>Bereit zum Aktualisieren.</translation>
    </message>
    <message>
        <source>What %1 runs now</source>
        <translation>Was %1 jetzt ausführt</translation>
    </message>
    <message>
        <source>After the update</source>
        <translation>Nach der Aktualisierung</translation>
    </message>
    <message>
        <source>&amp;Update %1</source>
        <translation>%1 akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>Send the new config to this Machine, as fly machine update does</source>
        <translation>Die neue Konfiguration an diese Machine senden, wie es fly machine update tut</translation>
    </message>
    <message>
        <source>Updating %1: what changes, now on the left, after the update on the right. Flightdeck takes the Machine&apos;s lease, sends the new config, waits until the Machine runs it and gives the lease back.</source>
        <translation>%1 aktualisieren: Was sich ändert, links der jetzige Stand, rechts der nach der Aktualisierung. Flightdeck nimmt die Lease der Machine, sendet die neue Konfiguration, wartet, bis die Machine sie ausführt, und gibt die Lease zurück.</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::RunWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message numerus="yes">
        <source>Fix the %n problem(s) marked on this step before going on.</source>
        <translation>
            <numerusform>Beheben Sie das %n markierte Problem in diesem Schritt, bevor Sie weitergehen.</numerusform>
            <numerusform>Beheben Sie die %n markierten Probleme in diesem Schritt, bevor Sie weitergehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>has errors</source>
        <translation>hat Fehler</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>not visited</source>
        <translation>nicht besucht</translation>
    </message>
    <message>
        <source>Flightdeck talks to Fly.io with your API token. It takes the one in FLY_API_TOKEN or flyctl&apos;s configuration, else the one kept in the system keychain; a token entered here is kept there.</source>
        <translation>Flightdeck spricht mit Fly.io über Ihr API-Token. Es nimmt das aus FLY_API_TOKEN oder der Konfiguration von flyctl, sonst das im Schlüsselbund des Systems; ein hier eingegebenes Token wird dort aufbewahrt.</translation>
    </message>
    <message>
        <source>Every Machine belongs to an app. Choose one of yours, or name a new app and its organization: Flightdeck creates it before the Machine.</source>
        <translation>Jede Machine gehört zu einer App. Wählen Sie eine Ihrer Apps oder benennen Sie eine neue samt Organisation: Flightdeck legt sie vor der Machine an.</translation>
    </message>
    <message>
        <source>What the Machine runs: an image from a registry, or one built here from a Dockerfile and pushed to Fly&apos;s registry.</source>
        <translation>Was die Machine ausführt: ein Image aus einer Registry oder eines, das hier aus einem Dockerfile gebaut und in die Registry von Fly hochgeladen wird.</translation>
    </message>
    <message>
        <source>Left empty, the Machine runs the image&apos;s own entrypoint and command. Arguments here replace the image&apos;s command; an entrypoint replaces its entrypoint.</source>
        <translation>Leer gelassen, führt die Machine Entrypoint und Befehl des Images aus. Argumente hier ersetzen den Befehl des Images, ein Entrypoint ersetzt dessen Entrypoint.</translation>
    </message>
    <message>
        <source>Where the Machine runs. Left empty, Fly.io places it in the region nearest to you.</source>
        <translation>Wo die Machine läuft. Leer gelassen, wählt Fly.io die Region, die Ihnen am nächsten liegt.</translation>
    </message>
    <message>
        <source>The kind and number of CPUs and the memory: the Machine&apos;s size, which sets what it costs while it runs.</source>
        <translation>Art und Anzahl der CPUs und der Arbeitsspeicher: die Größe der Machine, die bestimmt, was sie im Betrieb kostet.</translation>
    </message>
    <message>
        <source>The ports the Machine answers on from the internet, and how Fly Proxy hands the traffic over. Without services it is reachable only on the app&apos;s private network.</source>
        <translation>Die Ports, auf denen die Machine aus dem Internet antwortet, und wie Fly Proxy den Verkehr übergibt. Ohne Dienste ist sie nur im privaten Netz der App erreichbar.</translation>
    </message>
    <message>
        <source>A volume keeps data when the Machine restarts or is replaced. Without one, what the Machine writes lasts until it stops.</source>
        <translation>Ein Volume bewahrt Daten, wenn die Machine neu startet oder ersetzt wird. Ohne Volume bleibt, was die Machine schreibt, nur bis sie stoppt.</translation>
    </message>
    <message>
        <source>Environment variables and files written into the Machine at start. Secrets are the app&apos;s own (fly secrets set): the Machine receives them, Flightdeck never sees their values.</source>
        <translation>Umgebungsvariablen und Dateien, die beim Start in die Machine geschrieben werden. Secrets gehören der App (fly secrets set): Die Machine erhält sie, Flightdeck sieht ihre Werte nie.</translation>
    </message>
    <message>
        <source>The Machine&apos;s name, and what happens when its process exits. Left empty, Fly.io names it and restarts it when it fails.</source>
        <translation>Der Name der Machine und was geschieht, wenn ihr Prozess endet. Leer gelassen, vergibt Fly.io den Namen und startet sie bei einem Fehler neu.</translation>
    </message>
    <message>
        <source>What will be created, the same Machine as a fly command, and the exact request. Nothing is created until you choose Create.</source>
        <translation>Was angelegt wird, dieselbe Machine als fly-Befehl und die genaue Anfrage. Nichts wird angelegt, bevor Sie Erstellen wählen.</translation>
    </message>
    <message>
        <source>Learn more</source>
        <translation>Mehr erfahren</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::ServicesPage</name>
    <message>
        <source>Start the Machine when a request arrives (auto&amp;start)</source>
        <translation>Machine bei eingehender Anfrage starten (auto&amp;start)</translation>
    </message>
    <message>
        <source>Public ports</source>
        <translation>Öffentliche Ports</translation>
    </message>
    <message>
        <source>Public port or range</source>
        <translation>Öffentlicher Port oder Bereich</translation>
    </message>
    <message>
        <source>Internal port</source>
        <translation>Interner Port</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Handlers</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>When idle</source>
        <translation>Im Leerlauf</translation>
    </message>
    <message>
        <source>Stop the Machine</source>
        <translation>Machine stoppen</translation>
    </message>
    <message>
        <source>Suspend the Machine (resumes faster)</source>
        <translation>Machine anhalten (startet schneller wieder)</translation>
    </message>
    <message>
        <source>&amp;Add port</source>
        <translation>Port h&amp;inzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove port</source>
        <translation>Port &amp;entfernen</translation>
    </message>
    <message>
        <source>A public address needs an Anycast IP: `fly ips allocate-v4 --shared` or `allocate-v6` for the app.</source>
        <translation>Eine öffentliche Adresse braucht eine Anycast-IP: `fly ips allocate-v4 --shared` oder `allocate-v6` für die App.</translation>
    </message>
    <message>
        <source>When idle:</source>
        <translation>Im Leerlauf:</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Public port or range, row %1</source>
        <translation>Öffentlicher Port oder Bereich, Zeile %1</translation>
    </message>
    <message>
        <source>443 or 8000-8010</source>
        <translation>443 oder 8000-8010</translation>
    </message>
    <message>
        <source>Internal port, row %1</source>
        <translation>Interner Port, Zeile %1</translation>
    </message>
    <message>
        <source>Protocol, row %1</source>
        <translation>Protokoll, Zeile %1</translation>
    </message>
    <message>
        <source>Keep running (the platform&apos;s default)</source>
        <translation>Weiterlaufen (Standard der Plattform)</translation>
    </message>
    <message>
        <source>The image declares no ports.</source>
        <translation>Das Image gibt keine Ports an.</translation>
    </message>
    <message>
        <source>The image says it listens on %1.</source>
        <translation>Laut Image lauscht es auf %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>the image says it listens on %1, not on %2: check the port your app listens on</source>
        <translation>laut Image lauscht es auf %1, nicht auf %2: Prüfen Sie den Port, auf dem Ihre App lauscht</translation>
    </message>
    <message>
        <source>Fly Proxy turns the connection into HTTP for the Machine, with Fly&apos;s request headers</source>
        <translation>Fly Proxy macht aus der Verbindung HTTP für die Machine, mit den Request-Headern von Fly</translation>
    </message>
    <message>
        <source>Fly Proxy ends TLS and passes plain TCP to the Machine</source>
        <translation>Fly Proxy beendet TLS und reicht unverschlüsseltes TCP an die Machine weiter</translation>
    </message>
    <message>
        <source>Fly Proxy handles TLS for PostgreSQL connections</source>
        <translation>Fly Proxy übernimmt TLS für PostgreSQL-Verbindungen</translation>
    </message>
    <message>
        <source>Fly Proxy turns the connection into HTTP at the edge</source>
        <translation>Fly Proxy macht aus der Verbindung HTTP schon am Edge</translation>
    </message>
    <message>
        <source>Fly Proxy wraps the connection in the PROXY protocol, which tells the client&apos;s address</source>
        <translation>Fly Proxy verpackt die Verbindung im PROXY-Protokoll, das die Adresse des Clients mitteilt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Handlers of public port %1</source>
        <translation>Handler des öffentlichen Ports %1</translation>
    </message>
    <message>
        <source>Handlers: choose a port above</source>
        <translation>Handler: wählen Sie oben einen Port</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::SettingsDialog</name>
    <message>
        <source>Re&amp;move from the keychain</source>
        <translation>Aus dem Schlüsselbund &amp;entfernen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Fly.io (https://api.machines.dev)</source>
        <translation>&amp;Fly.io (https://api.machines.dev)</translation>
    </message>
    <message>
        <source>The local &amp;simulator (%1)</source>
        <translation>Der lokale &amp;Simulator (%1)</translation>
    </message>
    <message>
        <source>&amp;Custom:</source>
        <translation>&amp;Benutzerdefiniert:</translation>
    </message>
    <message>
        <source>Machines API address</source>
        <translation>Adresse der Machines-API</translation>
    </message>
    <message>
        <source>https://… (http only for this computer)</source>
        <translation>https://… (http nur für diesen Computer)</translation>
    </message>
    <message>
        <source>GraphQL address</source>
        <translation>GraphQL-Adresse</translation>
    </message>
    <message>
        <source>empty: the API address with /graphql</source>
        <translation>leer: die API-Adresse mit /graphql</translation>
    </message>
    <message>
        <source>Machines API</source>
        <translation>Machines-API</translation>
    </message>
    <message>
        <source>&amp;GraphQL:</source>
        <translation>&amp;GraphQL:</translation>
    </message>
    <message>
        <source>FLY_FLAPS_BASE_URL and FLY_API_BASE_URL, when set, win over this. Applies at the next start.</source>
        <translation>FLY_FLAPS_BASE_URL und FLY_API_BASE_URL haben Vorrang, wenn gesetzt. Gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Ersetzen…</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>The first one installed</source>
        <translation>Das erste installierte</translation>
    </message>
    <message>
        <source>empty: your personal organization</source>
        <translation>leer: Ihre persönliche Organisation</translation>
    </message>
    <message>
        <source>Let Fly choose (the nearest)</source>
        <translation>Fly wählen lassen (die nächstgelegene)</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>Die des Systems</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Vorgaben</translation>
    </message>
    <message>
        <source>&amp;Image engine:</source>
        <translation>&amp;Image-Werkzeug:</translation>
    </message>
    <message>
        <source>&amp;Organization for new apps:</source>
        <translation>&amp;Organisation für neue Apps:</translation>
    </message>
    <message>
        <source>R&amp;egion:</source>
        <translation>R&amp;egion:</translation>
    </message>
    <message>
        <source>&amp;Language (at the next start):</source>
        <translation>&amp;Sprache (ab dem nächsten Start):</translation>
    </message>
    <message>
        <source>A token is in use, %1.</source>
        <translation>Ein Token wird verwendet, %1.</translation>
    </message>
    <message>
        <source>No token is stored.</source>
        <translation>Kein Token gespeichert.</translation>
    </message>
    <message>
        <source>not an address</source>
        <translation>keine Adresse</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1: %2. They apply until Flightdeck quits; OK tries again.</source>
        <translation>Die Einstellungen konnten nicht in %1 gespeichert werden: %2. Sie gelten, bis Flightdeck beendet wird; OK versucht es erneut.</translation>
    </message>
    <message>
        <source>Organization for new apps: %1</source>
        <translation>Organisation für neue Apps: %1</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Next step (on a button: press it; on Review: Create and start)</source>
        <translation>Nächster Schritt (auf einer Schaltfläche: sie drücken; auf Prüfen: Erstellen und starten)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Back to the list of steps</source>
        <translation>Zurück zur Liste der Schritte</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>The next or previous field</source>
        <translation>Das nächste oder vorherige Feld</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Was sie tun</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::StepPage</name>
    <message>
        <source>Problems with %1</source>
        <translation>Probleme mit %1</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Warnung: </translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::VolumesPage</name>
    <message>
        <source>&amp;Create volume</source>
        <translation>Volume &amp;erstellen</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Mount path</source>
        <translation>Einhängepfad</translation>
    </message>
    <message>
        <source>for example /data</source>
        <translation>zum Beispiel /data</translation>
    </message>
    <message>
        <source>New volume name</source>
        <translation>Name des neuen Volumes</translation>
    </message>
    <message>
        <source>lowercase letters, digits and underscores</source>
        <translation>Kleinbuchstaben, Ziffern und Unterstriche</translation>
    </message>
    <message>
        <source>New volume size</source>
        <translation>Größe des neuen Volumes</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>A volume keeps data across restarts. It lives in one region, and a Machine that mounts it runs there.</source>
        <translation>Ein Volume behält Daten über Neustarts hinweg. Es liegt in einer Region, und eine Machine, die es einhängt, läuft dort.</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Volume:</translation>
    </message>
    <message>
        <source>Mount &amp;path:</source>
        <translation>Einhänge&amp;pfad:</translation>
    </message>
    <message>
        <source>New volume</source>
        <translation>Neues Volume</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Choose an app first: volumes belong to an app.</source>
        <translation>Wählen Sie zuerst eine App: Volumes gehören zu einer App.</translation>
    </message>
    <message>
        <source>Loading the volumes of %1…</source>
        <translation>Volumes von %1 werden geladen…</translation>
    </message>
    <message>
        <source>%1 does not exist yet, so it has no volumes; create one after the first launch.</source>
        <translation>%1 existiert noch nicht und hat daher keine Volumes; erstellen Sie eines nach dem ersten Start.</translation>
    </message>
    <message>
        <source>Could not load the volumes: %1</source>
        <translation>Die Volumes konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No volume</source>
        <translation>Kein Volume</translation>
    </message>
    <message>
        <source>%1 — %2, %3 GB (%4)</source>
        <translation>%1 — %2, %3 GB (%4)</translation>
    </message>
    <message>
        <source>%1 (from the request)</source>
        <translation>%1 (aus der Anfrage)</translation>
    </message>
    <message>
        <source>Every volume of this app is attached: create a new one below.</source>
        <translation>Jedes Volume dieser App ist angehängt: Erstellen Sie unten ein neues.</translation>
    </message>
    <message>
        <source>No unattached volume in %1: create one below, or pick another region.</source>
        <translation>Kein freies Volume in %1: Erstellen Sie unten eines, oder wählen Sie eine andere Region.</translation>
    </message>
    <message>
        <source>Name the new volume first.</source>
        <translation>Zuerst das neue Volume benennen.</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>%1 wird erstellt…</translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation>Nicht erstellt: %1</translation>
    </message>
    <message>
        <source>Created %1 in %2.</source>
        <translation>%1 in %2 erstellt.</translation>
    </message>
    <message>
        <source>for example data</source>
        <translation>zum Beispiel data</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>Grö&amp;ße:</translation>
    </message>
</context>
<context>
    <name>FlyToml</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>Issue</name>
    <message>
        <source>error: %1: %2</source>
        <extracomment>A line of the command line&apos;s output: %1 is the field id (a JSON path such as guest.memory_mb), %2 the message.</extracomment>
        <translation>Fehler: %1: %2</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <extracomment>As &quot;error: %1: %2&quot;, for a warning.</extracomment>
        <translation>Warnung: %1: %2</translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>a control character (U+%1), which JSON allows only escaped</source>
        <translation>ein Steuerzeichen (U+%1), das JSON nur maskiert erlaubt</translation>
    </message>
</context>
<context>
    <name>LaunchHistory</name>
    <message>
        <source>%1 is held by another Flightdeck (its lock file %2)</source>
        <translation>%1 wird von einem anderen Flightdeck gehalten (seine Sperrdatei %2)</translation>
    </message>
    <message>
        <source>the lock file %1 could not be made</source>
        <translation>die Sperrdatei %1 konnte nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>LaunchView</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Check the API token</source>
        <translation>Das API-Token prüfen</translation>
    </message>
    <message>
        <source>Find or create the app</source>
        <translation>Die App finden oder erstellen</translation>
    </message>
    <message>
        <source>Prepare the image</source>
        <translation>Das Image vorbereiten</translation>
    </message>
    <message>
        <source>Create the Machine</source>
        <translation>Die Machine erstellen</translation>
    </message>
    <message>
        <source>Wait for it to start</source>
        <translation>Auf den Start warten</translation>
    </message>
    <message>
        <source>Watch it run</source>
        <translation>Beim Laufen beobachten</translation>
    </message>
</context>
<context>
    <name>PlatformInfo</name>
    <message>
        <source>the platform listed no regions</source>
        <translation>die Plattform hat keine Regionen genannt</translation>
    </message>
    <message>
        <source>anywhere in Europe</source>
        <translation>irgendwo in Europa</translation>
    </message>
    <message>
        <source>anywhere in North America</source>
        <translation>irgendwo in Nordamerika</translation>
    </message>
    <message>
        <source>anywhere in the United States</source>
        <translation>irgendwo in den Vereinigten Staaten</translation>
    </message>
    <message>
        <source>anywhere in South America</source>
        <translation>irgendwo in Südamerika</translation>
    </message>
    <message>
        <source>anywhere in Asia-Pacific</source>
        <translation>irgendwo im asiatisch-pazifischen Raum</translation>
    </message>
    <message>
        <source>any region, the nearest first</source>
        <translation>beliebige Region, die nächste zuerst</translation>
    </message>
</context>
<context>
    <name>ProfileController</name>
    <message>
        <source>Flightdeck profiles (*.flightdeck);;All files (*)</source>
        <translation>Flightdeck-Profile (*.flightdeck);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>RegistryClient</name>
    <message>
        <source>The image %1 is not in its registry.</source>
        <translation>Das Image %1 ist nicht in seiner Registry.</translation>
    </message>
    <message>
        <source>The registry of %1 sends for a token to %2, which is not an https address.</source>
        <translation>Die Registry von %1 schickt zum Holen eines Tokens an %2, das keine https-Adresse ist.</translation>
    </message>
    <message>
        <source>The image %1 has no linux/amd64 variant, which Fly Machines run (it offers: %2).</source>
        <translation>Das Image %1 hat keine linux/amd64-Variante, die Fly Machines ausführen (es bietet: %2).</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Its manifest names no configuration.</source>
        <translation>Sein Manifest nennt keine Konfiguration.</translation>
    </message>
    <message>
        <source>Its configuration could not be read: %1</source>
        <translation>Seine Konfiguration konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Its configuration does not match its digest %1.</source>
        <translation>Seine Konfiguration passt nicht zu ihrem Digest %1.</translation>
    </message>
    <message>
        <source>Fly&apos;s registry refused access to %1 with this token.</source>
        <translation>Flys Registry hat den Zugriff auf %1 mit diesem Token verweigert.</translation>
    </message>
    <message>
        <source>The registry of %1 refused to show it: it does not exist, or it is private (Fly Machines pull only public images and those on Fly&apos;s registry).</source>
        <translation>Die Registry von %1 hat es nicht gezeigt: Es existiert nicht, oder es ist privat (Fly Machines rufen nur öffentliche Images und die aus Flys Registry ab).</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The registry of %1 could not be asked: %2</source>
        <translation>Die Registry von %1 konnte nicht gefragt werden: %2</translation>
    </message>
    <message>
        <source>%1 is not an image reference.</source>
        <translation>%1 ist keine Image-Referenz.</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an image builder Flightdeck drives: choose docker, podman or buildah</source>
        <translation>&apos;%1&apos; ist kein Image-Builder, den Flightdeck steuert: wählen Sie docker, podman oder buildah</translation>
    </message>
    <message>
        <source>note: %1 is accepted for compatibility and has no effect in Flightdeck</source>
        <translation>Hinweis: %1 wird aus Kompatibilitätsgründen akzeptiert und hat in Flightdeck keine Wirkung</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of seconds: write --logs-for 30 (at most 3600)</source>
        <translation>„%1“ ist keine Anzahl Sekunden: schreiben Sie --logs-for 30 (höchstens 3600)</translation>
    </message>
</context>
<context>
    <name>RunHelp</name>
    <message>
        <source>Print the Machines API request body instead of opening the window</source>
        <translation>Den Anfragetext für die Machines-API ausgeben, statt das Fenster zu öffnen</translation>
    </message>
    <message>
        <source>Print the command as fly machine run would take it</source>
        <translation>Den Befehl so ausgeben, wie fly machine run ihn annähme</translation>
    </message>
    <message>
        <source>The image builder for a Dockerfile: docker, podman or buildah (else the first installed)</source>
        <translation>Der Image-Builder für ein Dockerfile: docker, podman oder buildah (sonst der erste installierte)</translation>
    </message>
    <message>
        <source>The Machines API (else FLY_FLAPS_BASE_URL, then Fly.io)</source>
        <translation>Die Machines-API (sonst FLY_FLAPS_BASE_URL, dann Fly.io)</translation>
    </message>
    <message>
        <source>The GraphQL API (else FLY_API_BASE_URL, then Fly.io)</source>
        <translation>Die GraphQL-API (sonst FLY_API_BASE_URL, dann Fly.io)</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>Diese Hilfe</translation>
    </message>
    <message>
        <source>Usage:
  flightdeck run IMAGE|PATH [COMMAND...] [flags]

Opens the wizard filled from the flags of fly machine run, which it reads as flyctl does.
With --yes it launches the Machine without a window; with --print-config or
--print-command it prints what it would send.
</source>
        <translation>Aufruf:
  flightdeck run IMAGE|PFAD [BEFEHL...] [Flags]

Öffnet den Assistenten, gefüllt aus den Flags von fly machine run, die es wie flyctl liest.
Mit --yes startet es die Machine ohne Fenster; mit --print-config oder
--print-command gibt es aus, was es senden würde.
</translation>
    </message>
    <message>
        <source>(default %1)</source>
        <translation>(Vorgabe %1)</translation>
    </message>
    <message>
        <source>With --yes: print the Machine&apos;s log this many seconds longer after it started</source>
        <translation>Mit --yes: das Log der Machine so viele Sekunden länger ausgeben, nachdem sie gestartet ist</translation>
    </message>
</context>
<context>
    <name>RunProfile</name>
    <message>
        <source>build.%1 (not known to this version)</source>
        <translation>build.%1 (dieser Version unbekannt)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>a profile is a JSON object</source>
        <translation>ein Profil ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>not a Flightdeck profile (its &quot;format&quot; is not &quot;%1&quot;)</source>
        <translation>kein Flightdeck-Profil (sein „format“ ist nicht „%1“)</translation>
    </message>
    <message>
        <source>written by a newer Flightdeck (profile version %1; this one reads %2): what it could not read is listed here</source>
        <translation>von einem neueren Flightdeck geschrieben (Profilversion %1; diese Version liest %2): was nicht gelesen werden konnte, steht hier</translation>
    </message>
    <message>
        <source>the request (%1)</source>
        <translation>die Anfrage (%1)</translation>
    </message>
    <message>
        <source>the request (not a JSON object)</source>
        <translation>die Anfrage (kein JSON-Objekt)</translation>
    </message>
    <message>
        <source>%1 (not known to this version)</source>
        <translation>%1 (dieser Version unbekannt)</translation>
    </message>
</context>
<context>
    <name>ShellWords</name>
    <message>
        <source>EOF found after escape character</source>
        <translation>Ende der Eingabe nach einem Escape-Zeichen</translation>
    </message>
    <message>
        <source>EOF found when expecting closing quote</source>
        <translation>Ende der Eingabe vor dem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>a NUL character, which no command line can hold</source>
        <translation>ein NUL-Zeichen, das keine Befehlszeile enthalten kann</translation>
    </message>
</context>
<context>
    <name>SpecSummary</name>
    <message>
        <source>No app is chosen yet.</source>
        <translation>Es ist noch keine App gewählt.</translation>
    </message>
    <message>
        <source>your personal organization</source>
        <translation>Ihre persönliche Organisation</translation>
    </message>
    <message>
        <source>In the app %1 (created in %2 if it does not exist yet).</source>
        <translation>In der App %1 (in %2 erstellt, falls es sie noch nicht gibt).</translation>
    </message>
    <message>
        <source>In your app %1.</source>
        <translation>In Ihrer App %1.</translation>
    </message>
    <message>
        <source>In a new app %1, created first in %2.</source>
        <translation>In einer neuen App %1, zuerst in %2 erstellt.</translation>
    </message>
    <message>
        <source>Runs an image built from %1 in %2 and pushed to Fly&apos;s registry</source>
        <translation>Führt ein Image aus, das aus %1 in %2 gebaut und in Flys Registry hochgeladen wird</translation>
    </message>
    <message>
        <source>Runs the image %1</source>
        <translation>Führt das Image %1 aus</translation>
    </message>
    <message>
        <source>No image is chosen yet.</source>
        <translation>Es ist noch kein Image gewählt.</translation>
    </message>
    <message>
        <source>%1, with the command %2.</source>
        <translation>%1, mit dem Befehl %2.</translation>
    </message>
    <message>
        <source>%1, with the image&apos;s own command.</source>
        <translation>%1, mit dem eigenen Befehl des Images.</translation>
    </message>
    <message>
        <source>A Machine named by Fly.io</source>
        <translation>Eine von Fly.io benannte Machine</translation>
    </message>
    <message>
        <source>The Machine %1</source>
        <translation>Die Machine %1</translation>
    </message>
    <message>
        <source>%1, in the region nearest to you.</source>
        <translation>%1, in der Region, die Ihnen am nächsten liegt.</translation>
    </message>
    <message>
        <source>%1, in %2.</source>
        <translation>%1, in %2.</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>performance</source>
        <translation>performance</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>shared</translation>
    </message>
    <message numerus="yes">
        <source>%n %1 CPU(s) and %2 of memory: about %3 while it runs.</source>
        <translation>
            <numerusform>%n %1-CPU und %2 Speicher: etwa %3 im Betrieb.</numerusform>
            <numerusform>%n %1-CPUs und %2 Speicher: etwa %3 im Betrieb.</numerusform>
        </translation>
    </message>
    <message>
        <source>A %1 service on port %2 inside, without public ports.</source>
        <translation>Ein %1-Dienst auf Port %2 innen, ohne öffentliche Ports.</translation>
    </message>
    <message>
        <source>Public %1 %2, answered on port %3 inside.</source>
        <translation>Öffentlich %1 %2, beantwortet auf Port %3 innen.</translation>
    </message>
    <message>
        <source>Without traffic it stops.</source>
        <translation>Ohne Verkehr stoppt sie.</translation>
    </message>
    <message>
        <source>Without traffic it is suspended.</source>
        <translation>Ohne Verkehr wird sie angehalten.</translation>
    </message>
    <message>
        <source>No public ports: reachable only on the app&apos;s private network.</source>
        <translation>Keine öffentlichen Ports: nur im privaten Netz der App erreichbar.</translation>
    </message>
    <message>
        <source>No volume: what the Machine writes lasts until it stops.</source>
        <translation>Kein Volume: Was die Machine schreibt, bleibt nur, bis sie stoppt.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <source>The volume %1.</source>
        <translation>Das Volume %1.</translation>
    </message>
    <message>
        <source>No environment variables or files.</source>
        <translation>Keine Umgebungsvariablen oder Dateien.</translation>
    </message>
    <message>
        <source>%1, %2 and %3.</source>
        <translation>%1, %2 und %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n environment variable(s)</source>
        <translation>
            <numerusform>%n Umgebungsvariable</numerusform>
            <numerusform>%n Umgebungsvariablen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) of the app</source>
        <translation>
            <numerusform>%n Secret der App</numerusform>
            <numerusform>%n Secrets der App</numerusform>
        </translation>
    </message>
    <message>
        <source>destroyed when it exits</source>
        <translation>wird zerstört, wenn sie sich beendet</translation>
    </message>
    <message>
        <source>never restarted</source>
        <translation>nie neu gestartet</translation>
    </message>
    <message>
        <source>restarted by Fly.io&apos;s default policy (when it fails)</source>
        <translation>nach der Vorgaberichtlinie von Fly.io neu gestartet (wenn sie fehlschlägt)</translation>
    </message>
    <message>
        <source>always restarted</source>
        <translation>immer neu gestartet</translation>
    </message>
    <message numerus="yes">
        <source>restarted when it fails, up to %n time(s)</source>
        <translation>
            <numerusform>bei Fehlern neu gestartet, bis zu %n-mal</numerusform>
            <numerusform>bei Fehlern neu gestartet, bis zu %n-mal</numerusform>
        </translation>
    </message>
    <message>
        <source>restarted when it fails</source>
        <translation>bei Fehlern neu gestartet</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>gestartet %1</translation>
    </message>
    <message>
        <source>standing by for %1</source>
        <translation>bereit für %1</translation>
    </message>
    <message>
        <source>Created stopped</source>
        <translation>Gestoppt erstellt</translation>
    </message>
    <message>
        <source>Started at once</source>
        <translation>Sofort gestartet</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1; %2.</translation>
    </message>
</context>
<context>
    <name>TokenSources</name>
    <message>
        <source>The token comes from flyctl&apos;s config.yml and has expired or been revoked: run `fly auth login` to refresh it, then launch again.</source>
        <translation>Das Token stammt aus der config.yml von flyctl und ist abgelaufen oder widerrufen: Führen Sie `fly auth login` aus, um es zu erneuern, und starten Sie dann erneut.</translation>
    </message>
    <message>
        <source>The token comes from FLY_API_TOKEN or FLY_ACCESS_TOKEN: set a current one (`fly tokens create deploy` makes one).</source>
        <translation>Das Token stammt aus FLY_API_TOKEN oder FLY_ACCESS_TOKEN: Setzen Sie ein gültiges (`fly tokens create deploy` erstellt eines).</translation>
    </message>
    <message>
        <source>Enter a current token on the Account step (`fly auth token` prints yours).</source>
        <translation>Geben Sie im Schritt „Konto“ ein gültiges Token ein (`fly auth token` gibt Ihres aus).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid YAML: %2</source>
        <translation>%1 ist kein gültiges YAML: %2</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>choose the app the Machine belongs to, or a name for a new one</source>
        <translation>wählen Sie die App, zu der die Machine gehört, oder einen Namen für eine neue</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid app name: use at most 63 lowercase letters, digits and dashes</source>
        <translation>„%1“ ist kein gültiger App-Name: verwenden Sie höchstens 63 Kleinbuchstaben, Ziffern und Bindestriche</translation>
    </message>
    <message>
        <source>the build folder %1 does not exist: choose the folder that holds your Dockerfile</source>
        <translation>der Build-Ordner %1 existiert nicht: wählen Sie den Ordner mit Ihrem Dockerfile</translation>
    </message>
    <message>
        <source>no Dockerfile at %1: choose one, or a folder that has one</source>
        <translation>kein Dockerfile unter %1: wählen Sie eines oder einen Ordner, der eines enthält</translation>
    </message>
    <message>
        <source>a build argument has no name: write NAME=VALUE</source>
        <translation>ein Build-Argument hat keinen Namen: schreiben Sie NAME=WERT</translation>
    </message>
    <message>
        <source>choose an image to run (for example nginx:1.27), or a Dockerfile to build</source>
        <translation>wählen Sie ein Image zum Ausführen (zum Beispiel nginx:1.27) oder ein Dockerfile zum Bauen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an image reference: write it like nginx:1.27, ghcr.io/owner/app:tag or registry.fly.io/app@sha256:…</source>
        <translation>„%1“ ist keine Image-Referenz: schreiben Sie sie wie nginx:1.27, ghcr.io/owner/app:tag oder registry.fly.io/app@sha256:…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a region: use a code such as ams or ord (a comma list of codes and aliases is allowed)</source>
        <translation>„%1“ ist keine Region: verwenden Sie einen Code wie ams oder ord (eine durch Kommas getrennte Liste von Codes und Aliasen ist erlaubt)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid Machine name: use at most 63 letters, digits, dashes and underscores</source>
        <translation>„%1“ ist kein gültiger Machine-Name: verwenden Sie höchstens 63 Buchstaben, Ziffern, Binde- und Unterstriche</translation>
    </message>
    <message>
        <source>The CPU kind given: %1, is not valid: choose shared or performance</source>
        <translation>Die angegebene CPU-Art %1 ist ungültig: wählen Sie shared oder performance</translation>
    </message>
    <message>
        <source>For the CPU kind %1, %2 CPUs is not valid: valid numbers are %3</source>
        <translation>Für die CPU-Art %1 sind %2 CPUs ungültig: gültige Anzahlen sind %3</translation>
    </message>
    <message>
        <source>%1 MB of memory is too little for %2 %3 CPUs: use at least %4 MB (try %5 MB)</source>
        <translation>%1 MB Arbeitsspeicher sind zu wenig für %2 %3-CPUs: verwenden Sie mindestens %4 MB (etwa %5 MB)</translation>
    </message>
    <message>
        <source>%1 MB of memory is too much for %2 %3 CPUs: use at most %4 MB (try %5 MB)</source>
        <translation>%1 MB Arbeitsspeicher sind zu viel für %2 %3-CPUs: verwenden Sie höchstens %4 MB (etwa %5 MB)</translation>
    </message>
    <message>
        <source>%1 MB of memory is not valid: memory comes in %2 MB steps (try %3 MB)</source>
        <translation>%1 MB Arbeitsspeicher sind ungültig: Arbeitsspeicher gibt es in Schritten von %2 MB (etwa %3 MB)</translation>
    </message>
    <message>
        <source>the maximum memory (%1 MB) is below the memory (%2 MB): raise it or leave it empty</source>
        <translation>der maximale Arbeitsspeicher (%1 MB) liegt unter dem Arbeitsspeicher (%2 MB): erhöhen Sie ihn oder lassen Sie das Feld leer</translation>
    </message>
    <message>
        <source>rootfs persistence must be never, always or restart, not &apos;%1&apos;</source>
        <translation>die rootfs-Persistenz muss never, always oder restart sein, nicht „%1“</translation>
    </message>
    <message>
        <source>the root filesystem size must not be negative</source>
        <translation>die Größe des Wurzeldateisystems darf nicht negativ sein</translation>
    </message>
    <message>
        <source>the swap size must be greater than zero, or empty for no swap</source>
        <translation>die Swap-Größe muss größer als null sein, oder leer für keinen Swap</translation>
    </message>
    <message>
        <source>the cache drive size must not be negative</source>
        <translation>die Größe des Cache-Laufwerks darf nicht negativ sein</translation>
    </message>
    <message>
        <source>%1 %2 is out of range: ports are 1 to 65535</source>
        <translation>%1 %2 liegt außerhalb des Bereichs: Ports gehen von 1 bis 65535</translation>
    </message>
    <message>
        <source>protocol &apos;%1&apos; is not supported: use tcp or udp</source>
        <translation>das Protokoll „%1“ wird nicht unterstützt: verwenden Sie tcp oder udp</translation>
    </message>
    <message>
        <source>internal port</source>
        <translation>Der interne Port</translation>
    </message>
    <message>
        <source>the service on internal port %1 has no public port: add one or remove the service</source>
        <translation>der Dienst auf dem internen Port %1 hat keinen öffentlichen Port: fügen Sie einen hinzu oder entfernen Sie den Dienst</translation>
    </message>
    <message>
        <source>start port</source>
        <translation>Der Startport</translation>
    </message>
    <message>
        <source>end port</source>
        <translation>Der Endport</translation>
    </message>
    <message>
        <source>the port range %1-%2 ends before it starts: write the smaller port first</source>
        <translation>der Portbereich %1-%2 endet, bevor er beginnt: schreiben Sie den kleineren Port zuerst</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Der Port</translation>
    </message>
    <message>
        <source>handler &apos;%1&apos; is unknown: use %2</source>
        <translation>der Handler „%1“ ist unbekannt: verwenden Sie %2</translation>
    </message>
    <message>
        <source>autostop is on and autostart is off: once stopped, nothing starts this Machine again</source>
        <translation>autostop ist an und autostart aus: einmal gestoppt, startet nichts diese Machine wieder</translation>
    </message>
    <message>
        <source>choose a volume (its id, vol_…, or its name)</source>
        <translation>wählen Sie ein Volume (seine ID, vol_…, oder seinen Namen)</translation>
    </message>
    <message>
        <source>the mount path &apos;%1&apos; must be absolute, like /data</source>
        <translation>der Einhängepfad „%1“ muss absolut sein, wie /data</translation>
    </message>
    <message>
        <source>two volumes are mounted at %1: choose another path</source>
        <translation>zwei Volumes sind unter %1 eingehängt: wählen Sie einen anderen Pfad</translation>
    </message>
    <message>
        <source>volume %1 is mounted twice: a volume attaches to one place; use another volume</source>
        <translation>das Volume %1 ist zweimal eingehängt: ein Volume hängt an einer Stelle; verwenden Sie ein anderes Volume</translation>
    </message>
    <message>
        <source>an environment variable has no name: write NAME=VALUE</source>
        <translation>eine Umgebungsvariable hat keinen Namen: schreiben Sie NAME=WERT</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid variable name: use letters, digits and underscores, not starting with a digit</source>
        <translation>„%1“ ist kein gültiger Variablenname: verwenden Sie Buchstaben, Ziffern und Unterstriche, nicht mit einer Ziffer beginnend</translation>
    </message>
    <message>
        <source>%1 looks like a secret: plain environment variables are visible in the Machine&apos;s config; store it with `fly secrets set` instead</source>
        <translation>%1 sieht nach einem Geheimnis aus: einfache Umgebungsvariablen sind in der Konfiguration der Machine sichtbar; speichern Sie es stattdessen mit `fly secrets set`</translation>
    </message>
    <message>
        <source>a metadata entry has no name: write NAME=VALUE</source>
        <translation>ein Metadaten-Eintrag hat keinen Namen: schreiben Sie NAME=WERT</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid metadata name: use letters, digits, dots, dashes and underscores</source>
        <translation>„%1“ ist kein gültiger Metadaten-Name: verwenden Sie Buchstaben, Ziffern, Punkte, Binde- und Unterstriche</translation>
    </message>
    <message>
        <source>guest path, %1, must be absolute, like /etc/app.conf</source>
        <translation>der Gastpfad %1 muss absolut sein, wie /etc/app.conf</translation>
    </message>
    <message>
        <source>%1 is written twice; the later file wins</source>
        <translation>%1 wird zweimal geschrieben; die spätere Datei gewinnt</translation>
    </message>
    <message>
        <source>could not read file %1: choose a file that exists</source>
        <translation>die Datei %1 konnte nicht gelesen werden: wählen Sie eine vorhandene Datei</translation>
    </message>
    <message>
        <source>choose the app secret that holds the file&apos;s content</source>
        <translation>wählen Sie das App-Secret, das den Inhalt der Datei enthält</translation>
    </message>
    <message>
        <source>invalid restart policy &apos;%1&apos;: choose no, always or on-failure</source>
        <translation>ungültige Neustart-Richtlinie „%1“: wählen Sie no, always oder on-failure</translation>
    </message>
    <message>
        <source>the number of retries must not be negative</source>
        <translation>die Anzahl der Wiederholungen darf nicht negativ sein</translation>
    </message>
    <message>
        <source>retries only count with the on-failure policy</source>
        <translation>Wiederholungen zählen nur mit der Richtlinie on-failure</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a schedule: choose hourly, daily, weekly or monthly</source>
        <translation>„%1“ ist kein Zeitplan: wählen Sie hourly, daily, weekly oder monthly</translation>
    </message>
    <message>
        <source>a scheduled Machine with restart &apos;always&apos; never waits for its schedule: use on-failure or no</source>
        <translation>eine geplante Machine mit Neustart „always“ wartet nie auf ihren Zeitplan: verwenden Sie on-failure oder no</translation>
    </message>
    <message>
        <source>a standby target is empty: list the ids of the Machines this one stands by for</source>
        <translation>ein Standby-Ziel ist leer: geben Sie die IDs der Machines an, für die diese bereitsteht</translation>
    </message>
    <message>
        <source>name the process group `fly deploy` manages this Machine in (usually app)</source>
        <translation>nennen Sie die Prozessgruppe, in der `fly deploy` diese Machine verwaltet (meist app)</translation>
    </message>
    <message>
        <source>the request is %1 KiB, over the API&apos;s 1 MiB limit: move large files into the image or a volume</source>
        <translation>die Anfrage ist %1 KiB groß, über der Grenze der API von 1 MiB: legen Sie große Dateien ins Image oder auf ein Volume</translation>
    </message>
    <message>
        <source>the request is %1 KiB: large inline files slow every Machine update; consider the image or a volume</source>
        <translation>die Anfrage ist %1 KiB groß: große eingebettete Dateien verlangsamen jede Aktualisierung der Machine; erwägen Sie das Image oder ein Volume</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an organization slug: use its lowercase letters, digits and dashes, as `fly orgs list` shows them</source>
        <translation>„%1“ ist kein Organisations-Slug: Verwenden Sie seine Kleinbuchstaben, Ziffern und Bindestriche, wie `fly orgs list` sie zeigt</translation>
    </message>
</context>
</TS>
