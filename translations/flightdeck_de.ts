<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ApiError</name>
    <message>
        <source>The server&apos;s TLS certificate was not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API refused the connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API&apos;s host name could not be found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the API failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API token was not accepted (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API&apos;s answer could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (Request ID: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try choosing a different region for the Machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App names are unique across all of Fly.io, not just your organization: try a different name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the token in Settings (create one with `fly tokens create deploy`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API is rate limiting requests; wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the API address in Settings; certificate errors are never ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your network connection and the API address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>$%1/month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Nothing to do without a window. Try --help.</source>
        <translation>Ohne Fenster gibt es nichts zu tun. Siehe --help.</translation>
    </message>
    <message>
        <source>Run Fly.io Machines from a guided wizard.

  flightdeck                       open the wizard
  flightdeck run IMAGE|PATH [CMD…] [fly machine run flags]
                                   open the wizard filled from a fly machine run command
      --print-config               print the Machines API request body instead
      --print-command              print the normalized fly machine run command instead
      --yes                        launch now, without a window (and create a missing app)
      --builder docker|podman|buildah   the image builder for Dockerfile builds
      --api-url URL, --graphql-url URL  the endpoints (default: flyctl&apos;s variables, then Fly.io)
  flightdeck token set [--plaintext] | remove | status
                                   the API token in the system keychain (set reads standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-- </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>!! </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xx </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: token: give the token on standard input, for example: fly tokens create deploy | flightdeck token set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: token: this system has no keychain (Secret Service). Set FLY_API_TOKEN for this session only, or run `flightdeck token set --plaintext` to store the token unencrypted in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: token: the keychain refused to store it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: no keychain is available; the token is stored UNENCRYPTED in %1 (readable by you only). Remove it with `flightdeck token remove`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored token is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using %1 from the environment (kept in memory only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the token in flyctl&apos;s %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored UNENCRYPTED in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token: set FLY_API_TOKEN, or store one with `flightdeck token set`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: flightdeck token set [--plaintext] | remove | status  (set reads the token from standard input)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>The platform could not start the image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the image reference and that the registry allows the pull.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Machine ran out of memory and was killed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it more memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command was not found in the image (exit code 127, %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the command and the entrypoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command is not executable (exit code 126, %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Machine&apos;s process exited with code %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the command, the environment and the files it needs; `fly logs` shows its output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Machine&apos;s process finished right after starting (exit code 0, %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Machine runs as long as its main process: give it a command that keeps running, or a schedule.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flightdeck::ImageBuilder</name>
    <message>
        <source>No image builder was found: install docker, podman or buildah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen image builder, %1, is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled during the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image %1 failed (%2 exited with %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flightdeck::KeychainTokenStore</name>
    <message>
        <source>No keychain is available on this system.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flightdeck::Launcher</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before anything was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Already created: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one in Settings, or set FLY_API_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the API address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present; the first request confirms it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No app was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an existing app or name a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (confirmed by the create request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up the app&apos;s volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no unattached volume named &apos;%1&apos;%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create one, or choose another volume or region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; volumes %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app &apos;%1&apos; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create it: confirm in the wizard, or add --yes (and --org) on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the app %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer was lost (%1); checking whether the app exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an image reference such as nginx:1.27.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the platform resolves it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking %1 in its registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the image reference, or build the image from its Dockerfile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 found in its registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>building %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logging in to the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pushing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build log above shows the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending again (attempt %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limited; trying again shortly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer was lost (%1); checking whether the Machine exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Machine %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a standby stays stopped until it is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Machine did not start within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Machine is %1 instead of started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watching for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running; no health checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running; %1 health checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the Machine&apos;s events and logs (`fly logs`).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::CommandPage</name>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the image&apos;s CMD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrypoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the image&apos;s ENTRYPOINT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entrypoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write them as in a shell: quotes keep spaces, for example  sh -c &apos;echo hello&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::EnvironmentPage</name>
    <message>
        <source>Environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variables (secrets belong in `fly secrets set`, not here):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
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
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Fly app the Machine belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;App:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App and image</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::KeyValueTable</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste KEY=VALUE lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import .env file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a .env file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some lines were skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These lines are not KEY=VALUE:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::LifecyclePage</name>
    <message>
        <source>&amp;Destroy the Machine when its process exits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let `fly &amp;deploy` manage this Machine later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip DNS registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the platform picks one, like aged-thunder-7371</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never (no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it fails (on-failure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platform default (10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: run until stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standby for Machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine ids, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attempts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand&amp;by for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No policy is sent: the platform&apos;s default applies (on-failure, up to 10 restarts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default here: no — a Machine that destroys itself is not restarted (as flyctl does with --rm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default here: on-failure — a scheduled Machine is restarted only when it fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default here: the platform&apos;s — on-failure, up to 10 restarts in 5 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::MainWindow</name>
    <message>
        <source>New Machine</source>
        <translation>Neue Machine</translation>
    </message>
    <message>
        <source>Machines API: %1</source>
        <translation>Machines-API: %1</translation>
    </message>
    <message>
        <source>the request must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::RegionPage</name>
    <message>
        <source>Find a region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a city or a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Region</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished">&amp;Region:</translation>
    </message>
    <message>
        <source>Let Fly choose — the region nearest to you (from %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::ResourcesPage</name>
    <message>
        <source>Size preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 CPU, %3 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU &amp;kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;PUs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 while running, in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the base regions (iad, ewr)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::ReviewPage</name>
    <message>
        <source>Problems to fix before launching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The equivalent fly machine run command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (double-click one to go to its step):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same Machine with flyctl:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: ready to launch.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::RunWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fix the %n problem(s) marked on this step before going on.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>has errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not visited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::ServicesPage</name>
    <message>
        <source>Start the Machine when a request arrives (auto&amp;start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public port or range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handlers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend the Machine (resumes faster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A public address needs an Anycast IP: `fly ips allocate-v4 --shared` or `allocate-v6` for the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When idle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public port or range, row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>443 or 8000-8010</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal port, row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol, row %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::StepPage</name>
    <message>
        <source>Problems with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Check the API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find or create the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for it to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch it run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The image %1 is not in its registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry refused access to %1 with this token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry could not be asked about %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
