<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <source>The API token was not accepted (%1).</source>
        <translation>No se aceptó el token de la API (%1).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source> (Request ID: %1)</source>
        <translation> (ID de petición: %1)</translation>
    </message>
    <message>
        <source>Try choosing a different region for the Machine.</source>
        <translation>Pruebe otra región para la Machine.</translation>
    </message>
    <message>
        <source>App names are unique across all of Fly.io, not just your organization: try a different name.</source>
        <translation>Los nombres de app son únicos en todo Fly.io, no solo en su organización: pruebe otro nombre.</translation>
    </message>
    <message>
        <source>Replace the token in Settings (create one with `fly tokens create deploy`).</source>
        <translation>Sustituya el token en Preferencias (cree uno con `fly tokens create deploy`).</translation>
    </message>
    <message>
        <source>The API is rate limiting requests; wait a moment and try again.</source>
        <translation>La API está limitando las peticiones; espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Check the API address in Settings; certificate errors are never ignored.</source>
        <translation>Compruebe la dirección de la API en Preferencias; los errores de certificado nunca se ignoran.</translation>
    </message>
    <message>
        <source>Check your network connection and the API address in Settings.</source>
        <translation>Compruebe su conexión de red y la dirección de la API en Preferencias.</translation>
    </message>
    <message>
        <source>the API</source>
        <translation>la API</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 was not accepted: %2</source>
        <translation>No se aceptó el certificado TLS de %1: %2</translation>
    </message>
    <message>
        <source>The connection to %1 was refused: %2</source>
        <translation>%1 rechazó la conexión: %2</translation>
    </message>
    <message>
        <source>The address of %1 could not be found: %2</source>
        <translation>No se encontró la dirección de %1: %2</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>Falló la conexión con %1: %2</translation>
    </message>
    <message>
        <source>No answer came from %1 in time.</source>
        <translation>%1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>%1 answered with a redirect to %2, which is not followed: the token goes only to the addresses in Settings.</source>
        <translation>%1 respondió con una redirección a %2, que no se sigue: el token solo va a las direcciones de la Configuración.</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>ninguna parte</translation>
    </message>
    <message>
        <source>%1 (HTTP %2 from %3)</source>
        <translation>%1 (HTTP %2 de %3)</translation>
    </message>
    <message>
        <source>The answer from %1 was HTTP %2.</source>
        <translation>La respuesta de %1 fue HTTP %2.</translation>
    </message>
    <message>
        <source>The answer from %1 could not be read: %2</source>
        <translation>No se pudo leer la respuesta de %1: %2</translation>
    </message>
</context>
<context>
    <name>AppInventory</name>
    <message>
        <source> in %1</source>
        <translation> en %1</translation>
    </message>
    <message>
        <source>There is no unattached volume named &apos;%1&apos;%2.</source>
        <translation>No hay ningún volumen libre llamado «%1»%2.</translation>
    </message>
    <message>
        <source>The app has no volume %1.</source>
        <translation>La app no tiene el volumen %1.</translation>
    </message>
    <message>
        <source>The volume %1 is attached to the Machine %2.</source>
        <translation>El volumen %1 está conectado a la Machine %2.</translation>
    </message>
    <message>
        <source>The volume %1 is not free (state %2).</source>
        <translation>El volumen %1 no está libre (estado %2).</translation>
    </message>
    <message>
        <source>The volume %1 is in %2, not in %3: a volume attaches only in its own region.</source>
        <translation>El volumen %1 está en %2, no en %3: un volumen solo se conecta en su propia región.</translation>
    </message>
    <message>
        <source>no nearest region in the answer</source>
        <translation>la respuesta no trae la región más cercana</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>its folder %1 could not be made</source>
        <translation>no se pudo crear su carpeta %1</translation>
    </message>
    <message>
        <source>another Flightdeck holds its lock file %1</source>
        <translation>otro Flightdeck tiene su archivo de bloqueo %1</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>%1/month</source>
        <extracomment>%1 is an amount of US dollars, such as $6.64</extracomment>
        <translation>%1/mes</translation>
    </message>
</context>
<context>
    <name>Cli</name>
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
        <translation>Lanzar Machines de Fly.io desde un asistente guiado.

  flightdeck                       abrir el asistente
  flightdeck PERFIL.flightdeck     abrir el asistente con un perfil guardado
  flightdeck run IMAGEN|RUTA [CMD…] [opciones de fly machine run]
                                   abrir el asistente relleno a partir de un comando fly machine run
      --print-config               imprimir en su lugar el cuerpo de la petición a la API de Machines
      --print-command              imprimir en su lugar el comando fly machine run normalizado
      --yes                        lanzar ahora, sin ventana (y crear la app que falte)
      --builder docker|podman|buildah   el builder de imágenes para builds de Dockerfile
      --api-url URL, --graphql-url URL  los endpoints (predeterminado: las variables de flyctl, luego Fly.io)
      --help                       todas las opciones de flightdeck run
  flightdeck token set [--plaintext] | remove | status
                                   el token de la API en el llavero del sistema (set lee la entrada estándar)
  flightdeck completion bash|zsh|fish
                                   un script de autocompletado para el shell, por ejemplo:
                                   source &lt;(flightdeck completion bash)</translation>
    </message>
    <message>
        <source>Nothing to do without a window. Try --help.</source>
        <translation>Nada que hacer sin ventana. Pruebe --help.</translation>
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
        <source>Usage:
  flightdeck token set [--plaintext]   store the token read from standard input in the system keychain
                                       (--plaintext: in an owner-only file where there is no keychain)
  flightdeck token remove              remove the stored token
  flightdeck token status              say which token Flightdeck would use, and from where

Example: fly tokens create deploy | flightdeck token set</source>
        <translation>Uso:
  flightdeck token set [--plaintext]   guardar en el llavero del sistema el token leído de la entrada estándar
                                       (--plaintext: en un archivo que solo usted puede leer, donde no hay llavero)
  flightdeck token remove              eliminar el token guardado
  flightdeck token status              decir qué token usaría Flightdeck, y de dónde

Ejemplo: fly tokens create deploy | flightdeck token set</translation>
    </message>
    <message>
        <source>error: token: give the token on standard input, for example: fly tokens create deploy | flightdeck token set</source>
        <translation>error: token: dé el token por la entrada estándar, por ejemplo: fly tokens create deploy | flightdeck token set</translation>
    </message>
    <message>
        <source>error: token: this system has no keychain (Secret Service). Set FLY_API_TOKEN for this session only, or run `flightdeck token set --plaintext` to store the token unencrypted in %1.</source>
        <translation>error: token: este sistema no tiene llavero (Secret Service). Defina FLY_API_TOKEN solo para esta sesión, o ejecute `flightdeck token set --plaintext` para guardar el token sin cifrar en %1.</translation>
    </message>
    <message>
        <source>error: token: the keychain refused to store it: %1</source>
        <translation>error: token: el llavero se negó a guardarlo: %1</translation>
    </message>
    <message>
        <source>warning: no keychain is available; the token is stored UNENCRYPTED in %1 (readable by you only). Remove it with `flightdeck token remove`.</source>
        <translation>aviso: no hay llavero disponible; el token se guarda SIN CIFRAR en %1 (solo usted puede leerlo). Elimínelo con `flightdeck token remove`.</translation>
    </message>
    <message>
        <source>The token is stored.</source>
        <translation>El token está guardado.</translation>
    </message>
    <message>
        <source>The stored token is removed.</source>
        <translation>El token guardado se ha eliminado.</translation>
    </message>
    <message>
        <source>Using %1 from the environment (kept in memory only).</source>
        <translation>Se usa %1 del entorno (solo en memoria).</translation>
    </message>
    <message>
        <source>Using the token in flyctl&apos;s %1.</source>
        <translation>Se usa el token de %1 de flyctl.</translation>
    </message>
    <message>
        <source>Stored UNENCRYPTED in %1.</source>
        <translation>Guardado SIN CIFRAR en %1.</translation>
    </message>
    <message>
        <source>Stored in the system keychain.</source>
        <translation>Guardado en el llavero del sistema.</translation>
    </message>
    <message>
        <source>No token: set FLY_API_TOKEN, or store one with `flightdeck token set`.</source>
        <translation>No hay token: defina FLY_API_TOKEN, o guarde uno con `flightdeck token set`.</translation>
    </message>
    <message>
        <source>Flightdeck %1, Qt %2, KSyntaxHighlighting %3, QtKeychain %4</source>
        <translation>Flightdeck %1, Qt %2, KSyntaxHighlighting %3, QtKeychain %4</translation>
    </message>
    <message>
        <source>(built with Qt %1)</source>
        <translation>(compilado con Qt %1)</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Muestra la información de la versión.</translation>
    </message>
</context>
<context>
    <name>CreateRequestCodec</name>
    <message>
        <source>config must be an object</source>
        <translation>config debe ser un objeto</translation>
    </message>
    <message>
        <source>%1 must be a list of strings</source>
        <translation>%1 debe ser una lista de cadenas</translation>
    </message>
    <message>
        <source>%1 must be an object of strings</source>
        <translation>%1 debe ser un objeto de cadenas</translation>
    </message>
    <message>
        <source>%1.%2 must be a string</source>
        <translation>%1.%2 debe ser una cadena</translation>
    </message>
    <message>
        <source>invalid autostop string value &quot;%1&quot;</source>
        <translation>valor de cadena de autostop no válido «%1»</translation>
    </message>
    <message>
        <source>skip_secrets must be false: the Machine always gets the app&apos;s secrets</source>
        <translation>skip_secrets debe ser false: la Machine siempre recibe los secretos de la app</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>The platform could not start the image: %1</source>
        <translation>La plataforma no pudo iniciar la imagen: %1</translation>
    </message>
    <message>
        <source>Check the image reference and that the registry allows the pull.</source>
        <translation>Compruebe la referencia de la imagen y que el registro permita descargarla.</translation>
    </message>
    <message>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1 veces</translation>
    </message>
    <message>
        <source>The Machine ran out of memory and was killed (%1).</source>
        <translation>La Machine se quedó sin memoria y fue terminada (%1).</translation>
    </message>
    <message>
        <source>Give it more memory.</source>
        <translation>Dele más memoria.</translation>
    </message>
    <message>
        <source>The command was not found in the image (exit code 127, %1).</source>
        <translation>El comando no se encontró en la imagen (código de salida 127, %1).</translation>
    </message>
    <message>
        <source>Check the command and the entrypoint.</source>
        <translation>Compruebe el comando y el punto de entrada.</translation>
    </message>
    <message>
        <source>The command is not executable (exit code 126, %1).</source>
        <translation>El comando no es ejecutable (código de salida 126, %1).</translation>
    </message>
    <message>
        <source>The Machine is in a restart loop: its process exited %1 times in %2 s, the last time with code %3.</source>
        <translation>La Machine está en un bucle de reinicios: su proceso terminó %1 veces en %2 s, la última con el código %3.</translation>
    </message>
    <message>
        <source>Look at the command and at what the process printed before each exit (the Machine&apos;s log); the restart policy &quot;no&quot; stops the loop while you look.</source>
        <translation>Revise el comando y lo que el proceso imprimió antes de cada salida (el log de la Machine); la política de reinicio «no» detiene el bucle mientras lo revisa.</translation>
    </message>
    <message>
        <source>The Machine&apos;s process exited with code %1 (%2).</source>
        <translation>El proceso de la Machine terminó con el código %1 (%2).</translation>
    </message>
    <message>
        <source>Look at the command, the environment and the files it needs; the Machine&apos;s log shows what it printed.</source>
        <translation>Revise el comando, el entorno y los archivos que necesita; el log de la Machine muestra lo que imprimió.</translation>
    </message>
    <message>
        <source>The Machine&apos;s process finished right after starting (exit code 0, %1).</source>
        <translation>El proceso de la Machine terminó justo después de arrancar (código de salida 0, %1).</translation>
    </message>
    <message>
        <source>A Machine runs as long as its main process: give it a command that keeps running, or a schedule.</source>
        <translation>Una Machine funciona mientras funcione su proceso principal: dele un comando que siga en marcha, o una programación.</translation>
    </message>
    <message>
        <source>The Machine ran out of memory: the kernel killed its process (%1 MB).</source>
        <translation>La Machine se quedó sin memoria: el kernel terminó su proceso (%1 MB).</translation>
    </message>
    <message>
        <source>Give it more memory, or make the app use less.</source>
        <translation>Dele más memoria, o haga que la app use menos.</translation>
    </message>
    <message>
        <source>The image could not be pulled: %1</source>
        <translation>No se pudo descargar la imagen: %1</translation>
    </message>
    <message>
        <source>Check the image reference, and that the registry lets Fly pull it (a private registry needs credentials).</source>
        <translation>Compruebe la referencia de la imagen, y que el registro deje descargarla a Fly (un registro privado necesita credenciales).</translation>
    </message>
    <message>
        <source>The app listens on port %1, but the service sends its traffic to port %2.</source>
        <translation>La app escucha en el puerto %1, pero el servicio envía su tráfico al puerto %2.</translation>
    </message>
    <message>
        <source>Set the service&apos;s internal port to %1, or make the app listen on %2.</source>
        <translation>Ponga el puerto interno del servicio en %1, o haga que la app escuche en %2.</translation>
    </message>
    <message>
        <source>The app listens on %1, where Fly Proxy cannot reach it.</source>
        <translation>La app escucha en %1, donde Fly Proxy no la alcanza.</translation>
    </message>
    <message>
        <source>a local address</source>
        <translation>una dirección local</translation>
    </message>
    <message>
        <source>Make the app listen on %1 (all addresses, not 127.0.0.1 or localhost).</source>
        <translation>Haga que la app escuche en %1 (todas las direcciones, no 127.0.0.1 ni localhost).</translation>
    </message>
    <message>
        <source>The app listens on %1:%2, where Fly Proxy cannot reach it.</source>
        <translation>La app escucha en %1:%2, donde Fly Proxy no la alcanza.</translation>
    </message>
    <message>
        <source>Make the app listen on 0.0.0.0:%1 (all addresses, not 127.0.0.1 or localhost).</source>
        <translation>Haga que la app escuche en 0.0.0.0:%1 (todas las direcciones, no 127.0.0.1 ni localhost).</translation>
    </message>
    <message>
        <source>The app says %1 is not set.</source>
        <translation>La app dice que %1 no está definida.</translation>
    </message>
    <message>
        <source>Add %1 on Environment and files, or set it as a secret of the app (fly secrets set %1=…).</source>
        <translation>Añada %1 en Entorno y archivos, o defínala como secreto de la app (fly secrets set %1=…).</translation>
    </message>
    <message>
        <source>The app could not find the file %1.</source>
        <translation>La app no encontró el archivo %1.</translation>
    </message>
    <message>
        <source>Write the file into the Machine on Environment and files, or mount the volume that holds it.</source>
        <translation>Escriba el archivo en la Machine en Entorno y archivos, o monte el volumen que lo contiene.</translation>
    </message>
    <message>
        <source>The health check %1 is still %2 after %3 s: %4</source>
        <translation>El health check %1 sigue %2 tras %3 s: %4</translation>
    </message>
    <message>
        <source>no output</source>
        <translation>sin salida</translation>
    </message>
    <message>
        <source>Nothing answered on the port the check probes. The app must listen on 0.0.0.0 or [::] (not 127.0.0.1 or localhost) at the service&apos;s internal port, or the internal port must be the one the app listens on.</source>
        <translation>Nada respondió en el puerto que sondea el check. La app debe escuchar en 0.0.0.0 o [::] (no en 127.0.0.1 ni localhost) en el puerto interno del servicio, o el puerto interno debe ser aquel en el que escucha la app.</translation>
    </message>
    <message>
        <source>The app answered, but not with success: check the health check&apos;s path, or what the app returns there.</source>
        <translation>La app respondió, pero no con éxito: compruebe la ruta del health check, o lo que la app devuelve allí.</translation>
    </message>
    <message>
        <source>Look at the check&apos;s settings and at the Machine&apos;s log.</source>
        <translation>Revise los ajustes del check y el log de la Machine.</translation>
    </message>
    <message>
        <source>Check the image&apos;s name and tag, and that its registry holds it (a private registry needs credentials).</source>
        <translation>Compruebe el nombre y la etiqueta de la imagen, y que su registro la contenga (un registro privado necesita credenciales).</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>looking for one</source>
        <translation>buscando uno</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>being checked</source>
        <translation>comprobándose</translation>
    </message>
    <message>
        <source>accepted by the API</source>
        <translation>aceptado por la API</translation>
    </message>
    <message>
        <source>refused by the API</source>
        <translation>rechazado por la API</translation>
    </message>
    <message>
        <source>not checked: the API could not be reached</source>
        <translation>no comprobado: no se pudo contactar con la API</translation>
    </message>
    <message>
        <source>Qt built: %1</source>
        <translation>Qt compilado: %1</translation>
    </message>
    <message>
        <source>System: %1 (%2, kernel %3)</source>
        <translation>Sistema: %1 (%2, kernel %3)</translation>
    </message>
    <message>
        <source>Display: %1</source>
        <translation>Pantalla: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <source>Machines API: %1</source>
        <translation>API de Machines: %1</translation>
    </message>
    <message>
        <source>GraphQL API: %1</source>
        <translation>API GraphQL: %1</translation>
    </message>
    <message>
        <source>Registry: %1</source>
        <translation>Registro: %1</translation>
    </message>
    <message>
        <source>Token: %1, %2</source>
        <translation>Token: %1, %2</translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation>Llavero: %1</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
</context>
<context>
    <name>Endpoints</name>
    <message>
        <source>Machines API: %1</source>
        <translation>API de Machines: %1</translation>
    </message>
    <message>
        <source>GraphQL API: %1</source>
        <translation>API GraphQL: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a URL: write it like https://api.machines.dev</source>
        <translation>«%1» no es una URL: escríbala como https://api.machines.dev</translation>
    </message>
    <message>
        <source>%1 uses plain http to a remote host; Flightdeck sends your token only over https (http is allowed for 127.0.0.1 and localhost)</source>
        <translation>%1 usa http sin cifrar hacia un host remoto; Flightdeck solo envía su token por https (http se permite para 127.0.0.1 y localhost)</translation>
    </message>
    <message>
        <source>%1: only https URLs (or http to this computer) are supported</source>
        <translation>%1: solo se admiten URL https (o http a este equipo)</translation>
    </message>
</context>
<context>
    <name>FlagHelp</name>
    <message>
        <source>The app the Machine belongs to (else FLY_APP, then the app in fly.toml)</source>
        <translation>La app a la que pertenece la Machine (si no, FLY_APP y luego la app de fly.toml)</translation>
    </message>
    <message>
        <source>The organization of a new app (else FLY_ORG)</source>
        <translation>La organización de una app nueva (si no, FLY_ORG)</translation>
    </message>
    <message>
        <source>Where the Machine runs, such as ams or ord (else the region nearest to you)</source>
        <translation>Dónde funciona la Machine, como ams u ord (si no, la región más cercana a usted)</translation>
    </message>
    <message>
        <source>The Machine&apos;s name, unique in the app (else one is generated)</source>
        <translation>El nombre de la Machine, único en la app (si no, se genera uno)</translation>
    </message>
    <message>
        <source>The fly.toml to read the app and the build from</source>
        <translation>El fly.toml del que leer la app y el build</translation>
    </message>
    <message>
        <source>A Machine config to start from: inline JSON or a .json file; the other flags apply on top</source>
        <translation>Una configuración de Machine de partida: JSON en línea o un archivo .json; las demás opciones se aplican encima</translation>
    </message>
    <message>
        <source>Removed: use fly machine update</source>
        <translation>Eliminado: use fly machine update</translation>
    </message>
    <message>
        <source>Build the image from this Dockerfile instead of pulling one</source>
        <translation>Construir la imagen desde este Dockerfile en lugar de descargar una</translation>
    </message>
    <message>
        <source>A build argument, NAME=VALUE (repeatable)</source>
        <translation>Un argumento de build, NOMBRE=VALOR (repetible)</translation>
    </message>
    <message>
        <source>The stage of a multi-stage Dockerfile to build</source>
        <translation>La etapa de un Dockerfile multietapa que construir</translation>
    </message>
    <message>
        <source>Build without the builder&apos;s cache</source>
        <translation>Construir sin la caché del builder</translation>
    </message>
    <message>
        <source>The tag of the built image in Fly&apos;s registry (else deployment-&lt;id&gt;)</source>
        <translation>La etiqueta de la imagen construida en el registro de Fly (si no, deployment-&lt;id&gt;)</translation>
    </message>
    <message>
        <source>Replace the image&apos;s entrypoint (split as a shell splits words)</source>
        <translation>Sustituir el punto de entrada de la imagen (dividido como lo hace un shell)</translation>
    </message>
    <message>
        <source>A kernel argument for the Machine (repeatable; replaces the config&apos;s)</source>
        <translation>Un argumento del kernel para la Machine (repetible; sustituye los de la configuración)</translation>
    </message>
    <message>
        <source>A size preset, such as shared-cpu-1x or performance-2x</source>
        <translation>Un tamaño predefinido, como shared-cpu-1x o performance-2x</translation>
    </message>
    <message>
        <source>The number of CPUs</source>
        <translation>El número de CPU</translation>
    </message>
    <message>
        <source>shared or performance</source>
        <translation>shared o performance</translation>
    </message>
    <message>
        <source>Memory, in MB or with a unit such as 1gb</source>
        <translation>Memoria, en MB o con una unidad como 1gb</translation>
    </message>
    <message>
        <source>The most memory the Machine may grow to, in MB or with a unit</source>
        <translation>La memoria máxima a la que puede crecer la Machine, en MB o con una unidad</translation>
    </message>
    <message>
        <source>Removed: GPU Machines are no longer offered</source>
        <translation>Eliminado: ya no se ofrecen Machines con GPU</translation>
    </message>
    <message>
        <source>Run on the dedicated hosts of this group</source>
        <translation>Funcionar en los hosts dedicados de este grupo</translation>
    </message>
    <message>
        <source>Keep the root file system: never, always or restart</source>
        <translation>Conservar el sistema de archivos raíz: never, always o restart</translation>
    </message>
    <message>
        <source>The root file system&apos;s size, in GB or with a unit</source>
        <translation>El tamaño del sistema de archivos raíz, en GB o con una unidad</translation>
    </message>
    <message>
        <source>Swap space, in MB or with a unit</source>
        <translation>Espacio de intercambio, en MB o con una unidad</translation>
    </message>
    <message>
        <source>A cache drive, in MB or with a unit (0: none)</source>
        <translation>Un disco de caché, en MB o con una unidad (0: ninguno)</translation>
    </message>
    <message>
        <source>A public port: port[:internal][/protocol[:handler…]], such as 443:8080/tcp:tls:http</source>
        <translation>Un puerto público: puerto[:interno][/protocolo[:handler…]], como 443:8080/tcp:tls:http</translation>
    </message>
    <message>
        <source>Start the Machine when a request arrives</source>
        <translation>Iniciar la Machine cuando llega una petición</translation>
    </message>
    <message>
        <source>Without traffic: off, stop or suspend (a bare --autostop is stop)</source>
        <translation>Sin tráfico: off, stop o suspend (un --autostop solo equivale a stop)</translation>
    </message>
    <message>
        <source>Leave the Machine out of the app&apos;s internal DNS</source>
        <translation>Dejar la Machine fuera del DNS interno de la app</translation>
    </message>
    <message>
        <source>Stand by for these Machines, started only when one fails</source>
        <translation>En espera para estas Machines, iniciada solo cuando una falla</translation>
    </message>
    <message>
        <source>Mount a volume: &lt;volume id or name&gt;:/path</source>
        <translation>Montar un volumen: &lt;id o nombre del volumen&gt;:/ruta</translation>
    </message>
    <message>
        <source>An environment variable, NAME=VALUE (repeatable)</source>
        <translation>Una variable de entorno, NOMBRE=VALOR (repetible)</translation>
    </message>
    <message>
        <source>Metadata, NAME=VALUE (repeatable)</source>
        <translation>Metadatos, NOMBRE=VALOR (repetible)</translation>
    </message>
    <message>
        <source>Write a local file into the Machine: /guest/path=local/path</source>
        <translation>Escribir un archivo local en la Machine: /ruta/invitado=ruta/local</translation>
    </message>
    <message>
        <source>Write text into the Machine: /guest/path=text</source>
        <translation>Escribir texto en la Machine: /ruta/invitado=texto</translation>
    </message>
    <message>
        <source>Write an app secret into the Machine: /guest/path=SECRET_NAME</source>
        <translation>Escribir un secreto de la app en la Machine: /ruta/invitado=NOMBRE_DEL_SECRETO</translation>
    </message>
    <message>
        <source>When the Machine restarts: no, always or on-failure</source>
        <translation>Cuándo se reinicia la Machine: no, always u on-failure</translation>
    </message>
    <message>
        <source>Destroy the Machine when it exits</source>
        <translation>Destruir la Machine cuando termine</translation>
    </message>
    <message>
        <source>Start the Machine hourly, daily, weekly or monthly</source>
        <translation>Iniciar la Machine cada hora, cada día, cada semana o cada mes</translation>
    </message>
    <message>
        <source>Do not wait for the health checks once the Machine runs</source>
        <translation>No esperar a los health checks una vez en marcha la Machine</translation>
    </message>
    <message>
        <source>Do not wait for the health checks</source>
        <translation>No esperar a los health checks</translation>
    </message>
    <message>
        <source>Seconds to wait for the Machine to start</source>
        <translation>Segundos de espera al arranque de la Machine</translation>
    </message>
    <message>
        <source>A temporary Machine with a shell, destroyed when the shell ends</source>
        <translation>Una Machine temporal con un shell, destruida al terminar el shell</translation>
    </message>
    <message>
        <source>The user of the --shell session</source>
        <translation>El usuario de la sesión --shell</translation>
    </message>
    <message>
        <source>The shell of the --shell session</source>
        <translation>El shell de la sesión --shell</translation>
    </message>
    <message>
        <source>Ignored: the token comes from the keychain or FLY_API_TOKEN, never a command line</source>
        <translation>Ignorado: el token viene del llavero o de FLY_API_TOKEN, nunca de una línea de comandos</translation>
    </message>
    <message>
        <source>Launch now, without the window, and create a missing app</source>
        <translation>Lanzar ahora, sin ventana, y crear la app que falte</translation>
    </message>
    <message>
        <source>App and place</source>
        <translation>App y lugar</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Volumes, environment and files</source>
        <translation>Volúmenes, entorno y archivos</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Ciclo de vida</translation>
    </message>
    <message>
        <source>Accepted for compatibility with flyctl, no effect here</source>
        <translation>Aceptado por compatibilidad con flyctl, sin efecto aquí</translation>
    </message>
    <message>
        <source>flyctl&apos;s global flags</source>
        <translation>Opciones globales de flyctl</translation>
    </message>
    <message>
        <source>Flightdeck</source>
        <translation>Flightdeck</translation>
    </message>
</context>
<context>
    <name>FlagParser</name>
    <message>
        <source>could not read machine config file %1</source>
        <translation>no se pudo leer el archivo de configuración de machine %1</translation>
    </message>
    <message>
        <source>invalid machine config source: &quot;%1&quot; (give inline JSON starting with &apos;{&apos; or a path ending in .json)</source>
        <translation>origen de configuración de machine no válido: «%1» (dé JSON que empiece por «{» o una ruta que termine en .json)</translation>
    </message>
    <message>
        <source>invalid machine config &quot;%1&quot;: %2</source>
        <translation>configuración de machine no válida «%1»: %2</translation>
    </message>
    <message>
        <source>invalid key/value pairs specified for flag %1: &apos;%2&apos; must be in the format NAME=VALUE</source>
        <translation>pares clave/valor no válidos para la opción %1: «%2» debe tener el formato NOMBRE=VALOR</translation>
    </message>
    <message>
        <source>--port %1: %2</source>
        <translation>--port %1: %2</translation>
    </message>
    <message>
        <source>invalid entrypoint: %1</source>
        <translation>punto de entrada no válido: %1</translation>
    </message>
    <message>
        <source>The &apos;on-fail&apos; restart policy is deprecated. Use &apos;on-failure&apos; instead.</source>
        <translation>La política de reinicio «on-fail» está obsoleta. Use «on-failure».</translation>
    </message>
    <message>
        <source>invalid restart provided: &apos;%1&apos; (choose no, always or on-failure)</source>
        <translation>política de reinicio no válida: «%1» (elija no, always u on-failure)</translation>
    </message>
    <message>
        <source>Can&apos;t infer volume and mount path from &apos;%1&apos; (write &lt;volume id or name&gt;:/path)</source>
        <translation>No se puede deducir el volumen y la ruta de montaje de «%1» (escriba &lt;id o nombre del volumen&gt;:/ruta)</translation>
    </message>
    <message>
        <source>--%1 has no effect without a build: give a folder (./ or /…) or --dockerfile</source>
        <translation>--%1 no tiene efecto sin build: dé una carpeta (./ o /…) o --dockerfile</translation>
    </message>
    <message>
        <source>invalid build-arg: &apos;%1&apos;: must be in the format NAME=VALUE</source>
        <translation>build-arg no válido: «%1»: debe tener el formato NOMBRE=VALOR</translation>
    </message>
    <message>
        <source>--autostart and --autostop apply to services, and there are none: add a --port</source>
        <translation>--autostart y --autostop se aplican a servicios, y no hay ninguno: añada un --port</translation>
    </message>
    <message>
        <source>invalid autostop value &quot;%1&quot; (choose off, stop or suspend)</source>
        <translation>valor de autostop no válido «%1» (elija off, stop o suspend)</translation>
    </message>
    <message>
        <source>failed to read --%1: invalid --%1 argument %2 (write /guest/path=VALUE)</source>
        <translation>no se pudo leer --%1: argumento %2 no válido para --%1 (escriba /ruta/invitado=VALOR)</translation>
    </message>
    <message>
        <source>failed to read --%1: guest path, %2, must be absolute</source>
        <translation>no se pudo leer --%1: la ruta del invitado, %2, debe ser absoluta</translation>
    </message>
    <message>
        <source>--wait-timeout takes seconds from 1 to 3600, got &apos;%1&apos;</source>
        <translation>--wait-timeout acepta segundos de 1 a 3600, recibido «%1»</translation>
    </message>
    <message>
        <source>to update an existing machine, use &apos;flyctl machine update&apos;</source>
        <translation>para actualizar una machine existente, use «flyctl machine update»</translation>
    </message>
    <message>
        <source>--access-token is ignored: Flightdeck takes the token from the keychain or the environment, never from a command line</source>
        <translation>--access-token se ignora: Flightdeck toma el token del llavero o del entorno, nunca de una línea de comandos</translation>
    </message>
    <message>
        <source>cannot split the command line: %1</source>
        <translation>no se puede dividir la línea de comandos: %1</translation>
    </message>
    <message>
        <source>invalid argument &quot;%1&quot; for &quot;%2&quot; flag: strconv.ParseBool: parsing &quot;%1&quot;: invalid syntax</source>
        <translation>argumento «%1» no válido para la opción «%2»: strconv.ParseBool: parsing «%1»: invalid syntax</translation>
    </message>
    <message>
        <source>invalid argument &quot;%1&quot; for &quot;%2&quot; flag: strconv.ParseInt: parsing &quot;%1&quot;: invalid syntax</source>
        <translation>argumento «%1» no válido para la opción «%2»: strconv.ParseInt: parsing «%1»: invalid syntax</translation>
    </message>
    <message>
        <source>unknown flag: --%1</source>
        <translation>opción desconocida: --%1</translation>
    </message>
    <message>
        <source>flag needs an argument: --%1</source>
        <translation>la opción necesita un argumento: --%1</translation>
    </message>
    <message>
        <source>unknown shorthand flag: &apos;%1&apos; in %2</source>
        <translation>opción corta desconocida: «%1» en %2</translation>
    </message>
    <message>
        <source>flag needs an argument: &apos;%1&apos; in %2</source>
        <translation>la opción necesita un argumento: «%1» en %2</translation>
    </message>
    <message>
        <source>GPU machines are no longer supported: choose a shared or performance size instead of &apos;%1&apos;</source>
        <translation>las machines con GPU ya no se admiten: elija un tamaño shared o performance en lugar de «%1»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an invalid machine size, choose one of: [%2]</source>
        <translation>«%1» no es un tamaño de machine válido, elija uno de: [%2]</translation>
    </message>
    <message>
        <source>invalid machine preset requested, &apos;%1&apos;, expected to start with &apos;shared&apos; or &apos;performance&apos;</source>
        <translation>tamaño predefinido de machine no válido, «%1»: debe empezar por «shared» o «performance»</translation>
    </message>
    <message>
        <source>--vm-cpus must be greater than zero, got: %1</source>
        <translation>--vm-cpus debe ser mayor que cero, recibido: %1</translation>
    </message>
    <message>
        <source>invalid size: invalid size: &apos;%1&apos;</source>
        <translation>tamaño no válido: tamaño no válido: «%1»</translation>
    </message>
    <message>
        <source>--vm-memory cannot be zero</source>
        <translation>--vm-memory no puede ser cero</translation>
    </message>
    <message>
        <source>--vm-max-memory cannot be zero</source>
        <translation>--vm-max-memory no puede ser cero</translation>
    </message>
    <message>
        <source>--vm-cpu-kind must be set to &apos;shared&apos; or &apos;performance&apos;</source>
        <translation>--vm-cpu-kind debe ser «shared» o «performance»</translation>
    </message>
    <message>
        <source>GPU machines are no longer supported: --vm-gpu-kind and --vm-gpus are no longer accepted</source>
        <translation>las machines con GPU ya no se admiten: --vm-gpu-kind y --vm-gpus ya no se aceptan</translation>
    </message>
    <message>
        <source>invalid rootfs-persist value, must be one of: never, always, restart</source>
        <translation>valor de rootfs-persist no válido, debe ser uno de: never, always, restart</translation>
    </message>
    <message>
        <source>invalid rootfs size: invalid size: invalid size: &apos;%1&apos;</source>
        <translation>tamaño de rootfs no válido: tamaño no válido: tamaño no válido: «%1»</translation>
    </message>
    <message>
        <source>--rootfs-size must not be negative</source>
        <translation>--rootfs-size no debe ser negativo</translation>
    </message>
    <message>
        <source>invalid swap size: invalid size: &apos;%1&apos;</source>
        <translation>tamaño de swap no válido: tamaño no válido: «%1»</translation>
    </message>
    <message>
        <source>--swap-size must be greater than zero</source>
        <translation>--swap-size debe ser mayor que cero</translation>
    </message>
    <message>
        <source>invalid cachedrive size: invalid size: &apos;%1&apos;</source>
        <translation>tamaño de cachedrive no válido: tamaño no válido: «%1»</translation>
    </message>
    <message>
        <source>--cachedrive-size must not be negative</source>
        <translation>--cachedrive-size no debe ser negativo</translation>
    </message>
    <message>
        <source>port must be at most two elements (ports/protocol:handler)</source>
        <translation>un puerto tiene como mucho dos elementos (puertos/protocolo:handler)</translation>
    </message>
    <message>
        <source>invalid port: %1</source>
        <translation>puerto no válido: %1</translation>
    </message>
    <message>
        <source>invalid machine (internal) port: %1</source>
        <translation>puerto (interno) de machine no válido: %1</translation>
    </message>
    <message>
        <source>invalid external port: %1</source>
        <translation>puerto externo no válido: %1</translation>
    </message>
    <message>
        <source>invalid start port for port range: %1</source>
        <translation>puerto inicial del rango no válido: %1</translation>
    </message>
    <message>
        <source>invalid end port for port range: %1</source>
        <translation>puerto final del rango no válido: %1</translation>
    </message>
    <message>
        <source>external port must be at most 2 elements (port, or range start-end)</source>
        <translation>un puerto externo tiene como mucho 2 elementos (puerto, o rango inicio-fin)</translation>
    </message>
    <message>
        <source>port definition must be at most 2 elements (external:internal)</source>
        <translation>una definición de puerto tiene como mucho 2 elementos (externo:interno)</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
</context>
<context>
    <name>Flightdeck::ApiClient</name>
    <message numerus="yes">
        <source>it is larger than %n MiB, so it was not read to the end</source>
        <translation>
            <numerusform>ocupa más de %n MiB, así que no se leyó hasta el final</numerusform>
            <numerusform>ocupa más de %n MiB, así que no se leyó hasta el final</numerusform>
        </translation>
    </message>
    <message>
        <source>it is not JSON</source>
        <translation>no es JSON</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Cli::HeadlessLaunch</name>
    <message>
        <source>the keychain could not be read: %1</source>
        <translation>no se pudo leer el llavero: %1</translation>
    </message>
    <message>
        <source>Machine %1 (%2) is %3</source>
        <translation>La Machine %1 (%2) está %3</translation>
    </message>
    <message>
        <source>region:     %1</source>
        <translation>región:     %1</translation>
    </message>
    <message>
        <source>private IP: %1</source>
        <translation>IP privada: %1</translation>
    </message>
    <message>
        <source>requests:   %1</source>
        <translation>peticiones: %1</translation>
    </message>
    <message>
        <source>hint: %1</source>
        <translation>consejo: %1</translation>
    </message>
    <message>
        <source>already created: %1</source>
        <translation>ya creado: %1</translation>
    </message>
</context>
<context>
    <name>Flightdeck::ImageBuilder</name>
    <message>
        <source>No image builder was found: install docker, podman or buildah.</source>
        <translation>No se encontró ningún builder de imágenes: instale docker, podman o buildah.</translation>
    </message>
    <message>
        <source>The chosen image builder, %1, is not installed.</source>
        <translation>El builder de imágenes elegido, %1, no está instalado.</translation>
    </message>
    <message>
        <source>Cancelled during the %1.</source>
        <translation>Cancelado (%1).</translation>
    </message>
    <message>
        <source>The image %1 failed (%2 exited with %3): %4</source>
        <translation>La imagen %1 falló (%2 terminó con %3): %4</translation>
    </message>
    <message>
        <source>%1 could not be started.</source>
        <translation>No se pudo iniciar %1.</translation>
    </message>
    <message>
        <source>No private folder for the registry login could be made: %1</source>
        <translation>No se pudo crear una carpeta privada para el inicio de sesión en el registro: %1</translation>
    </message>
</context>
<context>
    <name>Flightdeck::KeychainTokenStore</name>
    <message>
        <source>No keychain is available on this system.</source>
        <translation>No hay ningún llavero disponible en este sistema.</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Launcher</name>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Cancelled before anything was created.</source>
        <translation>Cancelado antes de crear nada.</translation>
    </message>
    <message>
        <source>Cancelled. Already created: %1.</source>
        <translation>Cancelado. Ya creado: %1.</translation>
    </message>
    <message>
        <source>There is no API token.</source>
        <translation>No hay token de la API.</translation>
    </message>
    <message>
        <source>Add one in Settings, or set FLY_API_TOKEN.</source>
        <translation>Añada uno en Preferencias, o defina FLY_API_TOKEN.</translation>
    </message>
    <message>
        <source>Change the API address in Settings.</source>
        <translation>Cambie la dirección de la API en Preferencias.</translation>
    </message>
    <message>
        <source>present; the first request confirms it</source>
        <translation>presente; la primera petición lo confirma</translation>
    </message>
    <message>
        <source>No app was chosen.</source>
        <translation>No se eligió ninguna app.</translation>
    </message>
    <message>
        <source>Choose an existing app or name a new one.</source>
        <translation>Elija una app existente o dé nombre a una nueva.</translation>
    </message>
    <message>
        <source>%1 (confirmed by the create request)</source>
        <translation>%1 (confirmada por la petición de creación)</translation>
    </message>
    <message>
        <source>looking up the app</source>
        <translation>buscando la app</translation>
    </message>
    <message>
        <source>%1 exists</source>
        <translation>%1 existe</translation>
    </message>
    <message>
        <source>looking up the app&apos;s volumes</source>
        <translation>buscando los volúmenes de la app</translation>
    </message>
    <message>
        <source>Create one, or choose another volume or region.</source>
        <translation>Cree uno, o elija otro volumen u otra región.</translation>
    </message>
    <message>
        <source>%1; volumes %2</source>
        <translation>%1; volúmenes %2</translation>
    </message>
    <message>
        <source>The app &apos;%1&apos; does not exist.</source>
        <translation>La app «%1» no existe.</translation>
    </message>
    <message>
        <source>Create it: confirm in the wizard, or add --yes (and --org) on the command line.</source>
        <translation>Créela: confirme en el asistente, o añada --yes (y --org) en la línea de comandos.</translation>
    </message>
    <message>
        <source>creating the app %1 in %2</source>
        <translation>creando la app %1 en %2</translation>
    </message>
    <message>
        <source>the answer was lost (%1); checking whether the app exists</source>
        <translation>la respuesta se perdió (%1); comprobando si la app existe</translation>
    </message>
    <message>
        <source>the app %1</source>
        <translation>la app %1</translation>
    </message>
    <message>
        <source>%1 created</source>
        <translation>%1 creada</translation>
    </message>
    <message>
        <source>No image was chosen.</source>
        <translation>No se eligió ninguna imagen.</translation>
    </message>
    <message>
        <source>Give an image reference such as nginx:1.27.</source>
        <translation>Dé una referencia de imagen como nginx:1.27.</translation>
    </message>
    <message>
        <source>%1 (the platform resolves it)</source>
        <translation>%1 (la plataforma la resuelve)</translation>
    </message>
    <message>
        <source>checking %1 in its registry</source>
        <translation>comprobando %1 en su registro</translation>
    </message>
    <message>
        <source>Check the image reference, or build the image from its Dockerfile.</source>
        <translation>Compruebe la referencia de la imagen, o construya la imagen desde su Dockerfile.</translation>
    </message>
    <message>
        <source>%1 found in its registry</source>
        <translation>%1 encontrada en su registro</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>building %1 for %2</source>
        <translation>construyendo %1 para %2</translation>
    </message>
    <message>
        <source>logging in to the registry</source>
        <translation>iniciando sesión en el registro</translation>
    </message>
    <message>
        <source>pushing %1</source>
        <translation>subiendo %1</translation>
    </message>
    <message>
        <source>The build log above shows the details.</source>
        <translation>El log del build de arriba muestra los detalles.</translation>
    </message>
    <message>
        <source>the image %1</source>
        <translation>la imagen %1</translation>
    </message>
    <message>
        <source>sending again (attempt %1)</source>
        <translation>enviando de nuevo (intento %1)</translation>
    </message>
    <message>
        <source>rate limited; trying again in %1 s</source>
        <translation>peticiones limitadas; nuevo intento en %1 s</translation>
    </message>
    <message>
        <source>the answer was lost (%1); looking for this launch&apos;s Machine</source>
        <translation>la respuesta se perdió (%1); buscando la Machine de este lanzamiento</translation>
    </message>
    <message>
        <source>%1 Whether a Machine was created could not be checked (%2); look at the app&apos;s Machines before launching again.</source>
        <translation>%1 No se pudo comprobar si se creó una Machine (%2); revise las Machines de la app antes de lanzar de nuevo.</translation>
    </message>
    <message>
        <source>not listed yet; looking again</source>
        <translation>aún no aparece; buscando de nuevo</translation>
    </message>
    <message>
        <source>the Machine %1</source>
        <translation>la Machine %1</translation>
    </message>
    <message>
        <source>%1 (%2) in %3</source>
        <translation>%1 (%2) en %3</translation>
    </message>
    <message>
        <source>a standby stays stopped until it is needed</source>
        <translation>una Machine en espera sigue detenida hasta que se necesite</translation>
    </message>
    <message>
        <source>create only</source>
        <translation>solo crear</translation>
    </message>
    <message>
        <source>The Machine did not start within %1 seconds.</source>
        <translation>La Machine no arrancó en %1 segundos.</translation>
    </message>
    <message>
        <source>started</source>
        <translation>iniciada</translation>
    </message>
    <message>
        <source>The Machine is %1 instead of started.</source>
        <translation>La Machine está %1 en lugar de iniciada.</translation>
    </message>
    <message>
        <source>still %1</source>
        <translation>todavía %1</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>arrancando</translation>
    </message>
    <message>
        <source>detached</source>
        <translation>desacoplada</translation>
    </message>
    <message>
        <source>running; no health checks</source>
        <translation>en marcha; sin health checks</translation>
    </message>
    <message numerus="yes">
        <source>running; %n health check(s) not watched (--skip-health-checks)</source>
        <translation>
            <numerusform>en marcha; %n health check sin vigilar (--skip-health-checks)</numerusform>
            <numerusform>en marcha; %n health checks sin vigilar (--skip-health-checks)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting for %n health check(s) to pass</source>
        <translation>
            <numerusform>esperando a que pase %n health check</numerusform>
            <numerusform>esperando a que pasen %n health checks</numerusform>
        </translation>
    </message>
    <message>
        <source>the process exited and flyd restarts it; watching whether it stays up</source>
        <translation>el proceso terminó y flyd lo reinicia; vigilando si se mantiene</translation>
    </message>
    <message>
        <source>watching for %1 s</source>
        <translation>vigilando durante %1 s</translation>
    </message>
    <message>
        <source>check %1: %2</source>
        <translation>check %1: %2</translation>
    </message>
    <message>
        <source>check %1: %2 — %3</source>
        <translation>check %1: %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>running; %n health check(s) passing</source>
        <translation>
            <numerusform>en marcha; %n health check superado</numerusform>
            <numerusform>en marcha; %n health checks superados</numerusform>
        </translation>
    </message>
    <message>
        <source>Look at the Machine&apos;s events and its log.</source>
        <translation>Revise los eventos de la Machine y su log.</translation>
    </message>
    <message>
        <source>reading the Machine&apos;s log for the cause</source>
        <translation>leyendo el log de la Machine para encontrar la causa</translation>
    </message>
    <message numerus="yes">
        <source>running again after %n restart(s)</source>
        <translation>
            <numerusform>de nuevo en marcha tras %n reinicio</numerusform>
            <numerusform>de nuevo en marcha tras %n reinicios</numerusform>
        </translation>
    </message>
    <message>
        <source>it names no Machine</source>
        <translation>no nombra ninguna Machine</translation>
    </message>
    <message>
        <source>it is not a list of Machines</source>
        <translation>no es una lista de Machines</translation>
    </message>
</context>
<context>
    <name>Flightdeck::LogStream</name>
    <message>
        <source>the answer was not a page of log lines</source>
        <translation>la respuesta no era una página de líneas de log</translation>
    </message>
    <message>
        <source>The log could not be read: %1</source>
        <translation>No se pudo leer el log: %1</translation>
    </message>
</context>
<context>
    <name>Flightdeck::MachineAction</name>
    <message>
        <source>Start</source>
        <extracomment>a verb: what the action does to the Machine (also the title of its messages)</extracomment>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Stop</source>
        <extracomment>a verb, the Machine action</extracomment>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspender</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Destruir</translation>
    </message>
    <message>
        <source>Update</source>
        <extracomment>a verb: send a new config to the Machine</extracomment>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Could not start %1</source>
        <translation>No se pudo iniciar %1</translation>
    </message>
    <message>
        <source>Could not stop %1</source>
        <translation>No se pudo detener %1</translation>
    </message>
    <message>
        <source>Could not restart %1</source>
        <translation>No se pudo reiniciar %1</translation>
    </message>
    <message>
        <source>Could not suspend %1</source>
        <translation>No se pudo suspender %1</translation>
    </message>
    <message>
        <source>Could not destroy %1</source>
        <translation>No se pudo destruir %1</translation>
    </message>
    <message>
        <source>Could not update %1</source>
        <translation>No se pudo actualizar %1</translation>
    </message>
    <message>
        <source>Taking the lease on %1…</source>
        <translation>Tomando el lease de %1…</translation>
    </message>
    <message>
        <source>Could not take the lease on %1</source>
        <translation>No se pudo tomar el lease de %1</translation>
    </message>
    <message>
        <source>the lease&apos;s answer has no nonce</source>
        <translation>la respuesta del lease no trae nonce</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>Iniciando %1…</translation>
    </message>
    <message>
        <source>Stopping %1…</source>
        <translation>Deteniendo %1…</translation>
    </message>
    <message>
        <source>Restarting %1…</source>
        <translation>Reiniciando %1…</translation>
    </message>
    <message>
        <source>Suspending %1…</source>
        <translation>Suspendiendo %1…</translation>
    </message>
    <message>
        <source>Destroying %1…</source>
        <translation>Destruyendo %1…</translation>
    </message>
    <message>
        <source>Sending the new config to %1…</source>
        <translation>Enviando la configuración nueva a %1…</translation>
    </message>
    <message numerus="yes">
        <source>it was not %1 after %n second(s)</source>
        <translation>
            <numerusform>no estaba %1 tras %n segundo</numerusform>
            <numerusform>no estaba %1 tras %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not finish</source>
        <translation>%1 no terminó</translation>
    </message>
    <message>
        <source>Waiting until %1 is %2…</source>
        <translation>Esperando a que %1 esté %2…</translation>
    </message>
    <message>
        <source>Started %1.</source>
        <translation>%1 iniciada.</translation>
    </message>
    <message>
        <source>Stopped %1.</source>
        <translation>%1 detenida.</translation>
    </message>
    <message>
        <source>Restarted %1.</source>
        <translation>%1 reiniciada.</translation>
    </message>
    <message>
        <source>Suspended %1.</source>
        <translation>%1 suspendida.</translation>
    </message>
    <message>
        <source>Destroyed %1.</source>
        <translation>%1 destruida.</translation>
    </message>
    <message>
        <source>Updated %1; it runs the new config (version %2).</source>
        <translation>%1 actualizada; funciona con la configuración nueva (versión %2).</translation>
    </message>
    <message>
        <source>Updated %1; it stays stopped until it is started (version %2).</source>
        <translation>%1 actualizada; sigue detenida hasta que se inicie (versión %2).</translation>
    </message>
    <message numerus="yes">
        <source>The lease could not be given back (%1); it ends by itself within %n second(s).</source>
        <translation>
            <numerusform>No se pudo devolver el lease (%1); termina solo en %n segundo.</numerusform>
            <numerusform>No se pudo devolver el lease (%1); termina solo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: someone else is changing this Machine (%2). Try again once their lease ends.</source>
        <translation>%1: otra persona está cambiando esta Machine (%2). Inténtelo de nuevo cuando termine su lease.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Preflight</name>
    <message>
        <source>checking…</source>
        <translation>comprobando…</translation>
    </message>
    <message>
        <source>The token</source>
        <translation>El token</translation>
    </message>
    <message>
        <source>The token and the organization</source>
        <translation>El token y la organización</translation>
    </message>
    <message>
        <source>The API refused the token: %1</source>
        <translation>La API rechazó el token: %1</translation>
    </message>
    <message>
        <source>The API accepts the token.</source>
        <translation>La API acepta el token.</translation>
    </message>
    <message>
        <source>The token cannot reach the organization %1 (it reaches %2).</source>
        <translation>El token no alcanza la organización %1 (alcanza %2).</translation>
    </message>
    <message>
        <source>The API accepts the token, and it reaches the organization %1.</source>
        <translation>La API acepta el token, y alcanza la organización %1.</translation>
    </message>
    <message>
        <source>The app %1</source>
        <translation>La app %1</translation>
    </message>
    <message>
        <source>%1 exists, and this token may launch Machines in it.</source>
        <translation>%1 existe, y este token puede lanzar Machines en ella.</translation>
    </message>
    <message>
        <source>The name is free: launching creates the app %1 in %2.</source>
        <translation>El nombre está libre: el lanzamiento crea la app %1 en %2.</translation>
    </message>
    <message>
        <source>%1 belongs to an organization this token cannot reach: choose another name.</source>
        <translation>%1 pertenece a una organización que este token no alcanza: elija otro nombre.</translation>
    </message>
    <message>
        <source>The region %1</source>
        <translation>La región %1</translation>
    </message>
    <message>
        <source>The platform has no region %1.</source>
        <translation>La plataforma no tiene la región %1.</translation>
    </message>
    <message>
        <source>%1 (%2) is being retired: choose another region.</source>
        <translation>%1 (%2) se va a retirar: elija otra región.</translation>
    </message>
    <message>
        <source>%1 (%2, paid plans only)</source>
        <translation>%1 (%2, solo planes de pago)</translation>
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
        <translation>%1; no se pudo preguntar si hay sitio: %2</translation>
    </message>
    <message>
        <source>%1 has no room for a Machine of %2 now: choose another region or size.</source>
        <translation>%1 no tiene sitio ahora para una Machine de %2: elija otra región u otro tamaño.</translation>
    </message>
    <message>
        <source>%1 has room for a Machine of %2 (it would go to %3).</source>
        <translation>%1 tiene sitio para una Machine de %2 (iría a %3).</translation>
    </message>
    <message>
        <source>The volumes</source>
        <translation>Los volúmenes</translation>
    </message>
    <message>
        <source>The app does not exist yet, so it has none of the volumes %1: create the app and its volumes first.</source>
        <translation>La app aún no existe, así que no tiene ninguno de los volúmenes %1: cree primero la app y sus volúmenes.</translation>
    </message>
    <message>
        <source>%1 (%2, %3 GB, %4)</source>
        <translation>%1 (%2, %3 GB, %4)</translation>
    </message>
    <message>
        <source>Free and ready: %1.</source>
        <translation>Libre y listo: %1.</translation>
    </message>
    <message>
        <source>Ready: %1.</source>
        <translation>Listo: %1.</translation>
    </message>
    <message>
        <source>The secrets the files come from</source>
        <translation>Los secretos de los que salen los archivos</translation>
    </message>
    <message>
        <source>The app does not exist yet, so it has no secrets: set %1 with fly secrets set after creating it.</source>
        <translation>La app aún no existe, así que no tiene secretos: defina %1 con fly secrets set después de crearla.</translation>
    </message>
    <message>
        <source>The app has no secret %1: set it with fly secrets set, or choose another.</source>
        <translation>La app no tiene el secreto %1: defínalo con fly secrets set, o elija otro.</translation>
    </message>
    <message>
        <source>The app has %1.</source>
        <translation>La app tiene %1.</translation>
    </message>
    <message>
        <source>The image %1</source>
        <translation>La imagen %1</translation>
    </message>
    <message>
        <source>Not asked: the Machines API is a simulator on this computer, which resolves public images itself.</source>
        <translation>No se pregunta: la API de Machines es un simulador en este equipo, que resuelve por sí mismo las imágenes públicas.</translation>
    </message>
    <message>
        <source>Found in its registry.</source>
        <translation>Encontrada en su registro.</translation>
    </message>
    <message>
        <source>Found in its registry (%1).</source>
        <translation>Encontrada en su registro (%1).</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::AccountPage</name>
    <message>
        <source>Keep it in the system &amp;keychain</source>
        <translation>Guardarlo en el &amp;llavero del sistema</translation>
    </message>
    <message>
        <source>Keep it in memory for this &amp;session only</source>
        <translation>Guardarlo en memoria solo para esta s&amp;esión</translation>
    </message>
    <message>
        <source>&amp;Use this token</source>
        <translation>&amp;Usar este token</translation>
    </message>
    <message>
        <source>Fo&amp;rget the stored token</source>
        <translation>&amp;Olvidar el token guardado</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Flightdeck has no token yet.&lt;/b&gt; Until it has one, every step can still be filled in and the preview shows the request; launching needs the token. Any one of these gives it one:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Paste a token below. Create it with &lt;code&gt;fly tokens create org&lt;/code&gt; (it can also create apps in that organization) or &lt;code&gt;fly tokens create deploy -a APP&lt;/code&gt; (one existing app), or on the Tokens page of the Fly.io dashboard. &lt;a href=&quot;%1&quot;&gt;Which token to create&lt;/a&gt;&lt;/li&gt;&lt;li&gt;Start Flightdeck with the token in the &lt;code&gt;FLY_API_TOKEN&lt;/code&gt; environment variable.&lt;/li&gt;&lt;li&gt;Sign in with flyctl (&lt;code&gt;fly auth login&lt;/code&gt;): Flightdeck uses the token flyctl keeps.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Flightdeck aún no tiene token.&lt;/b&gt; Mientras tanto, cada paso se puede rellenar y la vista previa muestra la petición; lanzar necesita el token. Cualquiera de estas formas le da uno:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Pegue un token abajo. Créelo con &lt;code&gt;fly tokens create org&lt;/code&gt; (también puede crear apps en esa organización) o &lt;code&gt;fly tokens create deploy -a APP&lt;/code&gt; (una app existente), o en la página Tokens del panel de Fly.io. &lt;a href=&quot;%1&quot;&gt;Qué token crear&lt;/a&gt;&lt;/li&gt;&lt;li&gt;Inicie Flightdeck con el token en la variable de entorno &lt;code&gt;FLY_API_TOKEN&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;Inicie sesión con flyctl (&lt;code&gt;fly auth login&lt;/code&gt;): Flightdeck usa el token que guarda flyctl.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token de la API</translation>
    </message>
    <message>
        <source>paste the token here</source>
        <translation>pegue el token aquí</translation>
    </message>
    <message>
        <source>Flightdeck talks to the Machines API at &lt;b&gt;%1&lt;/b&gt; with your Fly.io API token. The token is never written to a profile, the history, a log or the preview.</source>
        <translation>Flightdeck habla con la API de Machines en &lt;b&gt;%1&lt;/b&gt; con su token de la API de Fly.io. El token nunca se escribe en un perfil, el historial, un log ni la vista previa.</translation>
    </message>
    <message>
        <source>Token in use:</source>
        <translation>Token en uso:</translation>
    </message>
    <message>
        <source>New &amp;token:</source>
        <translation>Nuevo &amp;token:</translation>
    </message>
    <message>
        <source>Remember it:</source>
        <translation>Recordarlo:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>the token is still being checked</source>
        <translation>el token aún se está comprobando</translation>
    </message>
    <message>
        <source>no API token: paste one below (create it with `fly tokens create deploy`)</source>
        <translation>no hay token de la API: pegue uno abajo (créelo con `fly tokens create deploy`)</translation>
    </message>
    <message>
        <source>the API refused this token: paste a current one below</source>
        <translation>la API rechazó este token: pegue uno vigente abajo</translation>
    </message>
    <message>
        <source>the token could not be checked because the API did not answer; lists stay empty until it does</source>
        <translation>no se pudo comprobar el token porque la API no respondió; las listas quedan vacías hasta que responda</translation>
    </message>
    <message>
        <source>Looking for a token…</source>
        <translation>Buscando un token…</translation>
    </message>
    <message>
        <source>No token found in FLY_API_TOKEN, flyctl&apos;s configuration or the keychain.</source>
        <translation>No se encontró token en FLY_API_TOKEN, la configuración de flyctl ni el llavero.</translation>
    </message>
    <message>
        <source>Checking the token (%1)…</source>
        <translation>Comprobando el token (%1)…</translation>
    </message>
    <message>
        <source>Accepted by the API — %1.</source>
        <translation>Aceptado por la API — %1.</translation>
    </message>
    <message>
        <source>Refused by the API (%1): %2</source>
        <translation>Rechazado por la API (%1): %2</translation>
    </message>
    <message>
        <source>Not checked (%1): %2</source>
        <translation>No comprobado (%1): %2</translation>
    </message>
    <message>
        <source>This system has no keychain (Secret Service); run `flightdeck token set --plaintext` to opt in to an owner-only file.</source>
        <translation>Este sistema no tiene llavero (Secret Service); ejecute `flightdeck token set --plaintext` para aceptar un archivo que solo usted puede leer.</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::ApiSession</name>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>No se pudo leer el llavero: %1</translation>
    </message>
    <message>
        <source>flyctl&apos;s configuration could not be read: %1</source>
        <translation>No se pudo leer la configuración de flyctl: %1</translation>
    </message>
    <message>
        <source>Stored in the system keychain.</source>
        <translation>Guardado en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Not stored: %1 The token is kept for this session only.</source>
        <translation>No guardado: %1 El token se conserva solo para esta sesión.</translation>
    </message>
    <message>
        <source>Removed from the keychain.</source>
        <translation>Eliminado del llavero.</translation>
    </message>
    <message>
        <source>Could not remove it from the keychain: %1</source>
        <translation>No se pudo eliminar del llavero: %1</translation>
    </message>
    <message>
        <source>stored in the system keychain</source>
        <translation>guardado en el llavero del sistema</translation>
    </message>
    <message>
        <source>from the environment variable %1</source>
        <translation>de la variable de entorno %1</translation>
    </message>
    <message>
        <source>from flyctl&apos;s configuration (%1)</source>
        <translation>de la configuración de flyctl (%1)</translation>
    </message>
    <message>
        <source>kept in memory for this session only</source>
        <translation>en memoria solo para esta sesión</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>That is not a token: paste the output of `fly tokens create deploy` or `fly auth token`.</source>
        <translation>Eso no es un token: pegue la salida de `fly tokens create deploy` o `fly auth token`.</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::AppPage</name>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>pick one of the organization&apos;s apps, or type a new name</source>
        <translation>elija una de las apps de la organización, o escriba un nombre nuevo</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>Carpeta del proyecto</translation>
    </message>
    <message>
        <source>optional: a folder with fly.toml</source>
        <translation>opcional: una carpeta con fly.toml</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;App:</source>
        <translation>A&amp;pp:</translation>
    </message>
    <message>
        <source>Pro&amp;ject folder:</source>
        <translation>Carpeta del proyec&amp;to:</translation>
    </message>
    <message>
        <source>App and organization</source>
        <translation>App y organización</translation>
    </message>
    <message>
        <source>the name %1 belongs to another organization: choose another name</source>
        <translation>el nombre %1 pertenece a otra organización: elija otro nombre</translation>
    </message>
    <message>
        <source>Loading your organizations…</source>
        <translation>Cargando sus organizaciones…</translation>
    </message>
    <message>
        <source>Could not load the organizations: %1</source>
        <translation>No se pudieron cargar las organizaciones: %1</translation>
    </message>
    <message>
        <source>%1 (personal)</source>
        <translation>%1 (personal)</translation>
    </message>
    <message>
        <source>Loading the apps of %1…</source>
        <translation>Cargando las apps de %1…</translation>
    </message>
    <message>
        <source>Could not load the apps: %1</source>
        <translation>No se pudieron cargar las apps: %1</translation>
    </message>
    <message>
        <source>%1 has no apps yet: type a name to create one.</source>
        <translation>%1 aún no tiene apps: escriba un nombre para crear una.</translation>
    </message>
    <message numerus="yes">
        <source>An existing app of %1 with %n Machine(s).</source>
        <translation>
            <numerusform>Una app existente de %1 con %n Machine.</numerusform>
            <numerusform>Una app existente de %1 con %n Machines.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked: the API is not connected.</source>
        <translation>No comprobado: la API no está conectada.</translation>
    </message>
    <message>
        <source>Checking whether %1 is free…</source>
        <translation>Comprobando si %1 está libre…</translation>
    </message>
    <message>
        <source>Could not check the name: %1</source>
        <translation>No se pudo comprobar el nombre: %1</translation>
    </message>
    <message>
        <source>A new app: the name is free. Flightdeck creates it in %1 when you launch.</source>
        <translation>Una app nueva: el nombre está libre. Flightdeck la crea en %1 al lanzar.</translation>
    </message>
    <message>
        <source>Taken: this name belongs to an app outside %1.</source>
        <translation>Ocupado: este nombre pertenece a una app fuera de %1.</translation>
    </message>
    <message>
        <source>fly.toml could not be read: %1</source>
        <translation>No se pudo leer fly.toml: %1</translation>
    </message>
    <message>
        <source>App %1 from fly.toml.</source>
        <translation>App %1 desde fly.toml.</translation>
    </message>
    <message>
        <source>No fly.toml in this folder.</source>
        <translation>No hay fly.toml en esta carpeta.</translation>
    </message>
    <message>
        <source>The image will be built from %1.</source>
        <translation>La imagen se construirá desde %1.</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::ArgumentsEdit</name>
    <message>
        <source>%1, one argument per row</source>
        <translation>%1, un argumento por fila</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Edit one argument per row instead of a shell-like line</source>
        <translation>Editar un argumento por fila en lugar de una línea estilo shell</translation>
    </message>
    <message>
        <source>Edit %1 as a list</source>
        <translation>Editar %1 como lista</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::ChecklistView</name>
    <message>
        <source>checking</source>
        <translation>comprobando</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>superado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>could not check</source>
        <translation>no se pudo comprobar</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Cambiar: %1</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::CommandPage</name>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Entrypoint</source>
        <translation>Punto de entrada</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Comando:</translation>
    </message>
    <message>
        <source>&amp;Entrypoint:</source>
        <translation>&amp;Punto de entrada:</translation>
    </message>
    <message>
        <source>Write them as in a shell — quotes keep spaces, for example  sh -c &apos;echo hello&apos; — or switch to List and give one argument per row.</source>
        <translation>Escríbalos como en un shell — las comillas conservan los espacios, por ejemplo  sh -c &apos;echo hello&apos; — o cambie a Lista y dé un argumento por fila.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>empty: the image has none</source>
        <translation>vacío: la imagen no tiene</translation>
    </message>
    <message>
        <source>empty: from the image, %1</source>
        <translation>vacío: de la imagen, %1</translation>
    </message>
    <message>
        <source>empty: the image&apos;s CMD</source>
        <translation>vacío: el CMD de la imagen</translation>
    </message>
    <message>
        <source>empty: the image&apos;s ENTRYPOINT</source>
        <translation>vacío: el ENTRYPOINT de la imagen</translation>
    </message>
    <message>
        <source>it starts in %1</source>
        <translation>arranca en %1</translation>
    </message>
    <message>
        <source>it runs as the user %1</source>
        <translation>funciona como el usuario %1</translation>
    </message>
    <message>
        <source>From the image: %1.</source>
        <translation>De la imagen: %1.</translation>
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
        <translation>Variables de entorno</translation>
    </message>
    <message>
        <source>&amp;Environment variables (secrets belong in `fly secrets set`, not here):</source>
        <translation>&amp;Variables de entorno (los secretos van en `fly secrets set`, no aquí):</translation>
    </message>
    <message>
        <source>Fi&amp;les written into the Machine:</source>
        <translation>Arc&amp;hivos escritos en la Machine:</translation>
    </message>
    <message>
        <source>Environment and files</source>
        <translation>Entorno y archivos</translation>
    </message>
    <message>
        <source>Loading the secret names of %1…</source>
        <translation>Cargando los nombres de secretos de %1…</translation>
    </message>
    <message>
        <source>Could not load the app&apos;s secrets: %1</source>
        <translation>No se pudieron cargar los secretos de la app: %1</translation>
    </message>
    <message>
        <source>%1 has no secrets yet (set them with `fly secrets set`).</source>
        <translation>%1 aún no tiene secretos (defínalos con `fly secrets set`).</translation>
    </message>
    <message>
        <source>Secrets of %1 to choose from: %2</source>
        <translation>Secretos de %1 para elegir: %2</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::FilesTable</name>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Path in the Machine</source>
        <extracomment>column headings; &quot;Source&quot; is where a file&apos;s content comes from (text, a local file, a secret)</extracomment>
        <translation>Ruta en la Machine</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Add &amp;text</source>
        <translation>Añadir &amp;texto</translation>
    </message>
    <message>
        <source>Add lo&amp;cal file…</source>
        <translation>Añadir archivo &amp;local…</translation>
    </message>
    <message>
        <source>A file on this computer; its bytes are sent with the request</source>
        <translation>Un archivo de este equipo; sus bytes se envían con la petición</translation>
    </message>
    <message>
        <source>Add sec&amp;ret</source>
        <translation>Añadir sec&amp;reto</translation>
    </message>
    <message>
        <source>Edit te&amp;xt…</source>
        <translation>&amp;Editar texto…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>A file to write into the Machine</source>
        <translation>Un archivo que escribir en la Machine</translation>
    </message>
    <message>
        <source>File content</source>
        <translation>Contenido del archivo</translation>
    </message>
    <message>
        <source>Source of file %1</source>
        <translation>Origen del archivo %1</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Archivo local</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <source>Imported bytes</source>
        <translation>Bytes importados</translation>
    </message>
    <message>
        <source>Secret for file %1</source>
        <translation>Secreto del archivo %1</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) from the imported config</source>
        <translation>
            <numerusform>%n byte de la configuración importada</numerusform>
            <numerusform>%n bytes de la configuración importada</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to edit one line, or use Edit text… for several</source>
        <translation>Doble clic para editar una línea, o use Editar texto… para varias</translation>
    </message>
    <message>
        <source>A path on this computer; its bytes are sent with the request</source>
        <translation>Una ruta de este equipo; sus bytes se envían con la petición</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::GuideDialog</name>
    <message>
        <source>Flightdeck guide</source>
        <translation>Guía de Flightdeck</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::HistoryDialog</name>
    <message>
        <source>&amp;Open in the wizard</source>
        <translation>&amp;Abrir en el asistente</translation>
    </message>
    <message>
        <source>&amp;Relaunch exactly this</source>
        <translation>&amp;Relanzar exactamente este</translation>
    </message>
    <message>
        <source>Launch history</source>
        <translation>Historial de lanzamientos</translation>
    </message>
    <message>
        <source>Past launches</source>
        <translation>Lanzamientos anteriores</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>column headings: the time of a launch, its app, how it ended, the Machine it made</extracomment>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>The request as sent</source>
        <translation>La petición tal como se envió</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Choose one launch to see its request, or two to compare them.</source>
        <translation>Elija un lanzamiento para ver su petición, o dos para compararlos.</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::ImagePage</name>
    <message>
        <source>An image from a &amp;registry</source>
        <translation>Una imagen de un re&amp;gistro</translation>
    </message>
    <message>
        <source>B&amp;uild from a Dockerfile</source>
        <translation>Constr&amp;uir desde un Dockerfile</translation>
    </message>
    <message>
        <source>Image reference</source>
        <translation>Referencia de la imagen</translation>
    </message>
    <message>
        <source>for example nginx:1.27 or registry.fly.io/my-app:latest</source>
        <translation>por ejemplo nginx:1.27 o registry.fly.io/my-app:latest</translation>
    </message>
    <message>
        <source>Build</source>
        <extracomment>a noun: the group of build settings (folder, Dockerfile, target)</extracomment>
        <translation>Build</translation>
    </message>
    <message>
        <source>Build folder</source>
        <translation>Carpeta del build</translation>
    </message>
    <message>
        <source>the folder sent to the builder</source>
        <translation>la carpeta enviada al builder</translation>
    </message>
    <message>
        <source>Dockerfile</source>
        <translation>Dockerfile</translation>
    </message>
    <message>
        <source>empty: the folder&apos;s Dockerfile</source>
        <translation>vacío: el Dockerfile de la carpeta</translation>
    </message>
    <message>
        <source>Build target</source>
        <translation>Objetivo del build</translation>
    </message>
    <message>
        <source>optional: a stage of a multi-stage Dockerfile</source>
        <translation>opcional: una etapa del Dockerfile</translation>
    </message>
    <message>
        <source>Do not use the build &amp;cache</source>
        <translation>No usar la &amp;caché de build</translation>
    </message>
    <message>
        <source>Build arguments</source>
        <translation>Argumentos de build</translation>
    </message>
    <message>
        <source>Image engine</source>
        <translation>Motor de imágenes</translation>
    </message>
    <message>
        <source>The first one installed (none found: install docker, podman or buildah)</source>
        <translation>El primero instalado (no se encontró ninguno: instale docker, podman o buildah)</translation>
    </message>
    <message>
        <source>The first one installed (here: %1)</source>
        <translation>El primero instalado (aquí: %1)</translation>
    </message>
    <message>
        <source>Dockerfile contents</source>
        <translation>Contenido del Dockerfile</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>Examina&amp;r…</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>Car&amp;peta:</translation>
    </message>
    <message>
        <source>&amp;Dockerfile:</source>
        <translation>&amp;Dockerfile:</translation>
    </message>
    <message>
        <source>Engin&amp;e:</source>
        <translation>Mo&amp;tor:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>O&amp;bjetivo:</translation>
    </message>
    <message>
        <source>Build ar&amp;guments:</source>
        <translation>Argument&amp;os de build:</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Imagen:</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::ImportActions</name>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importado.</translation>
    </message>
    <message>
        <source>Imported %1, except: %2</source>
        <translation>%1 importado, salvo: %2</translation>
    </message>
    <message>
        <source>Import a fly machine run command</source>
        <translation>Importar un comando fly machine run</translation>
    </message>
    <message>
        <source>Paste the command (with or without `fly machine run`):</source>
        <translation>Pegue el comando (con o sin `fly machine run`):</translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>Nada importado: %1</translation>
    </message>
    <message>
        <source>%1 (changes nothing here)</source>
        <translation>%1 (aquí no cambia nada)</translation>
    </message>
    <message>
        <source>the command</source>
        <translation>el comando</translation>
    </message>
    <message>
        <source>Import a Machine config</source>
        <translation>Importar una configuración de Machine</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>a Machine config is a JSON object</source>
        <translation>una configuración de Machine es un objeto JSON</translation>
    </message>
    <message>
        <source>the Machine config</source>
        <translation>la configuración de Machine</translation>
    </message>
    <message>
        <source>Choose the app first: the Machines to clone are the app&apos;s.</source>
        <translation>Elija primero la app: las Machines que clonar son las de la app.</translation>
    </message>
    <message>
        <source>Clone a Machine of %1</source>
        <translation>Clonar una Machine de %1</translation>
    </message>
    <message>
        <source>&amp;Machine:</source>
        <translation>&amp;Machine:</translation>
    </message>
    <message>
        <source>Loading the Machines of %1…</source>
        <translation>Cargando las Machines de %1…</translation>
    </message>
    <message>
        <source>%1 — %2 in %3 (%4)</source>
        <translation>%1 — %2 en %3 (%4)</translation>
    </message>
    <message>
        <source>%1 has no Machines.</source>
        <translation>%1 no tiene Machines.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>the volume %1 (a volume mounts on one Machine: choose another on the Volumes step)</source>
        <translation>el volumen %1 (un volumen se monta en una sola Machine: elija otro en el paso Volúmenes)</translation>
    </message>
    <message>
        <source>the config of %1</source>
        <translation>la configuración de %1</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::JsonPreview</name>
    <message>
        <source>First, the app is created:</source>
        <translation>Primero se crea la app:</translation>
    </message>
    <message>
        <source>Then the Machine:</source>
        <translation>Después, la Machine:</translation>
    </message>
    <message>
        <source>Request preview</source>
        <translation>Vista previa de la petición</translation>
    </message>
    <message>
        <source>Request method and path</source>
        <translation>Método y ruta de la petición</translation>
    </message>
    <message>
        <source>The request that creates the app</source>
        <translation>La petición que crea la app</translation>
    </message>
    <message>
        <source>Machines API request preview</source>
        <translation>Vista previa de la petición a la API de Machines</translation>
    </message>
    <message>
        <source>Editable: valid changes fill the form</source>
        <translation>Editable: los cambios válidos rellenan el formulario</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::KeyValueTable</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Agre&amp;gar</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Add the KEY=VALUE lines on the clipboard</source>
        <translation>Añadir las líneas CLAVE=VALOR del portapapeles</translation>
    </message>
    <message>
        <source>&amp;Import .env…</source>
        <translation>&amp;Importar .env…</translation>
    </message>
    <message>
        <source>Add the variables of a .env file</source>
        <translation>Añadir las variables de un archivo .env</translation>
    </message>
    <message>
        <source>Import a .env file</source>
        <translation>Importar un archivo .env</translation>
    </message>
    <message>
        <source>Some lines were skipped</source>
        <translation>Se omitieron algunas líneas</translation>
    </message>
    <message>
        <source>These lines are not KEY=VALUE:
%1</source>
        <translation>Estas líneas no son CLAVE=VALOR:
%1</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::LaunchController</name>
    <message>
        <source>a Machine in %1</source>
        <translation>una Machine en %1</translation>
    </message>
    <message>
        <source>%1 was not destroyed: %2</source>
        <translation>%1 no se destruyó: %2</translation>
    </message>
    <message>
        <source>%1 is destroyed; the session is over.</source>
        <translation>%1 está destruida; la sesión ha terminado.</translation>
    </message>
    <message>
        <source>This launch could not be added to the history %1: %2</source>
        <translation>Este lanzamiento no se pudo añadir al historial %1: %2</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::LaunchNotifier</name>
    <message>
        <source>Flightdeck</source>
        <translation>Flightdeck</translation>
    </message>
    <message>
        <source>Show the launch</source>
        <translation>Mostrar el lanzamiento</translation>
    </message>
    <message>
        <source>Open the log</source>
        <translation>Abrir el log</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Destroy…</source>
        <translation>Destruir…</translation>
    </message>
    <message>
        <source>Launch again</source>
        <translation>Lanzar de nuevo</translation>
    </message>
    <message>
        <source>No launches in flight</source>
        <translation>No hay lanzamientos en curso</translation>
    </message>
    <message>
        <source>Launching %1…</source>
        <translation>Lanzando %1…</translation>
    </message>
    <message>
        <source>Last launches</source>
        <translation>Últimos lanzamientos</translation>
    </message>
    <message>
        <source>%1: started</source>
        <translation>%1: iniciada</translation>
    </message>
    <message>
        <source>%1: did not start</source>
        <translation>%1: no arrancó</translation>
    </message>
    <message>
        <source>Show Flightdeck</source>
        <translation>Mostrar Flightdeck</translation>
    </message>
    <message numerus="yes">
        <source>Flightdeck — %n launch(es) in flight</source>
        <translation>
            <numerusform>Flightdeck — %n lanzamiento en curso</numerusform>
            <numerusform>Flightdeck — %n lanzamientos en curso</numerusform>
        </translation>
    </message>
    <message>
        <source>Machine %1 is %2</source>
        <translation>La Machine %1 está %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 did not start</source>
        <translation>%1 no arrancó</translation>
    </message>
    <message>
        <source>The launch failed.</source>
        <translation>El lanzamiento falló.</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::LaunchView</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Copy the Machine &amp;id</source>
        <translation>Copiar el &amp;id de la Machine</translation>
    </message>
    <message>
        <source>Open the app&apos;s &amp;dashboard</source>
        <translation>Abrir el &amp;panel de la app</translation>
    </message>
    <message>
        <source>Launch &amp;another like this</source>
        <translation>&amp;Lanzar otra igual</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Back to the wizard</source>
        <translation>&amp;Volver al asistente</translation>
    </message>
    <message>
        <source>Open a &amp;console</source>
        <translation>Abrir una c&amp;onsola</translation>
    </message>
    <message>
        <source>&amp;End the session</source>
        <translation>&amp;Terminar la sesión</translation>
    </message>
    <message>
        <source>Launch log</source>
        <translation>Log del lanzamiento</translation>
    </message>
    <message>
        <source>Destroy the temporary Machine</source>
        <translation>Destruir la Machine temporal</translation>
    </message>
    <message>
        <source>Machine lo&amp;g</source>
        <translation>Lo&amp;g de la Machine</translation>
    </message>
    <message>
        <source>Launch de&amp;tails</source>
        <translation>&amp;Detalles del lanzamiento</translation>
    </message>
    <message>
        <source>Launch steps</source>
        <translation>Pasos del lanzamiento</translation>
    </message>
    <message>
        <source>Step</source>
        <extracomment>column headings of the launch timeline; &quot;Time&quot; is how long a step took</extracomment>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>Launching a Machine in %1…</source>
        <translation>Lanzando una Machine en %1…</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>The shell Machine is %1</source>
        <translation>La Machine shell está %1</translation>
    </message>
    <message>
        <source>The Machine is %1</source>
        <translation>La Machine está %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Machine&lt;/b&gt; %1 (%2) in %3 — state %4, private IP %5</source>
        <translation>&lt;b&gt;Machine&lt;/b&gt; %1 (%2) en %3 — estado %4, IP privada %5</translation>
    </message>
    <message>
        <source>Launch cancelled</source>
        <translation>Lanzamiento cancelado</translation>
    </message>
    <message>
        <source>The Machine did not start</source>
        <translation>La Machine no arrancó</translation>
    </message>
    <message>
        <source>What exists now because of this launch: %1</source>
        <translation>Lo que existe ahora por este lanzamiento: %1</translation>
    </message>
    <message>
        <source>&amp;Change %1</source>
        <translation>&amp;Cambiar %1</translation>
    </message>
    <message>
        <source>&amp;Change it on the %1 step</source>
        <translation>&amp;Cambiarlo en el paso %1</translation>
    </message>
    <message>
        <source>The shell session is over</source>
        <translation>La sesión shell ha terminado</translation>
    </message>
    <message>
        <source>fly ssh console, in a terminal</source>
        <translation>fly ssh console, en un terminal</translation>
    </message>
    <message>
        <source>Install flyctl to open a console from here</source>
        <translation>Instale flyctl para abrir una consola desde aquí</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::LifecyclePage</name>
    <message>
        <source>&amp;Destroy the Machine when its process exits</source>
        <translation>&amp;Destruir la Machine cuando su proceso termine</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadatos</translation>
    </message>
    <message>
        <source>Let `fly deploy` manage this Machine &amp;later</source>
        <translation>Dejar que `fly deploy` gestione esta Machine más &amp;tarde</translation>
    </message>
    <message>
        <source>S&amp;kip DNS registration</source>
        <translation>&amp;Omitir el registro DNS</translation>
    </message>
    <message>
        <source>Don&apos;t wait for health &amp;checks</source>
        <translation>No esperar a los health chec&amp;ks</translation>
    </message>
    <message>
        <source>Wait for start and health checks</source>
        <translation>Esperar al arranque y a los health checks</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>300 s (default)</source>
        <translation>300 s (predeterminado)</translation>
    </message>
    <message>
        <source>How long the launch waits for the Machine to start and its health checks to pass before it reports a failure</source>
        <translation>Cuánto espera el lanzamiento a que la Machine arranque y pasen sus health checks antes de informar de un fallo</translation>
    </message>
    <message>
        <source>Machine name</source>
        <translation>Nombre de la Machine</translation>
    </message>
    <message>
        <source>empty: the platform picks one, like aged-thunder-7371</source>
        <translation>vacío: la plataforma elige uno, como aged-thunder-7371</translation>
    </message>
    <message>
        <source>Restart policy</source>
        <translation>Política de reinicio</translation>
    </message>
    <message>
        <source>Default</source>
        <extracomment>a restart policy: send none, the platform&apos;s default applies</extracomment>
        <translation>Predeterminada</translation>
    </message>
    <message>
        <source>Never (no)</source>
        <translation>Nunca (no)</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Siempre</translation>
    </message>
    <message>
        <source>When it fails (on-failure)</source>
        <translation>Cuando falla (on-failure)</translation>
    </message>
    <message>
        <source>Restart attempts</source>
        <translation>Intentos de reinicio</translation>
    </message>
    <message>
        <source>platform default (10)</source>
        <translation>predeterminado de la plataforma (10)</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>None: run until stopped</source>
        <translation>Ninguna: funciona hasta que se detenga</translation>
    </message>
    <message>
        <source>Standby for Machines</source>
        <translation>Suplente de Machines</translation>
    </message>
    <message>
        <source>Check the Machines this one stands by for; it starts only when one of them fails</source>
        <translation>Marque las Machines de las que esta es suplente; solo arranca cuando una de ellas falla</translation>
    </message>
    <message>
        <source>Process group</source>
        <translation>Grupo de procesos</translation>
    </message>
    <message>
        <source>Nam&amp;e:</source>
        <translation>Nom&amp;bre:</translation>
    </message>
    <message>
        <source>&amp;Restart:</source>
        <translation>&amp;Reinicio:</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Intentos:</translation>
    </message>
    <message>
        <source>&amp;Schedule:</source>
        <translation>Programa&amp;ción:</translation>
    </message>
    <message>
        <source>Standb&amp;y for:</source>
        <translation>Sup&amp;lente de:</translation>
    </message>
    <message>
        <source>Me&amp;tadata:</source>
        <translation>M&amp;etadatos:</translation>
    </message>
    <message>
        <source>Process &amp;group:</source>
        <translation>Gr&amp;upo de procesos:</translation>
    </message>
    <message>
        <source>&amp;Wait timeout:</source>
        <translation>Pla&amp;zo de espera:</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Ciclo de vida</translation>
    </message>
    <message>
        <source>No policy is sent: the platform&apos;s default applies (on-failure, up to 10 restarts).</source>
        <translation>No se envía ninguna política: se aplica la predeterminada de la plataforma (on-failure, hasta 10 reinicios).</translation>
    </message>
    <message>
        <source>Default here: no — a Machine that destroys itself is not restarted (as flyctl does with --rm).</source>
        <translation>Predeterminada aquí: no — una Machine que se destruye sola no se reinicia (como flyctl con --rm).</translation>
    </message>
    <message>
        <source>Default here: on-failure — a scheduled Machine is restarted only when it fails.</source>
        <translation>Predeterminada aquí: on-failure — una Machine programada solo se reinicia cuando falla.</translation>
    </message>
    <message>
        <source>Default here: the platform&apos;s — on-failure, up to 10 restarts in 5 minutes.</source>
        <translation>Predeterminada aquí: la de la plataforma — on-failure, hasta 10 reinicios en 5 minutos.</translation>
    </message>
    <message>
        <source>Loading the Machines of %1…</source>
        <translation>Cargando las Machines de %1…</translation>
    </message>
    <message>
        <source>Could not load the app&apos;s Machines: %1</source>
        <translation>No se pudieron cargar las Machines de la app: %1</translation>
    </message>
    <message>
        <source>%1 has no Machines to stand by for.</source>
        <translation>%1 no tiene Machines de las que ser suplente.</translation>
    </message>
    <message>
        <source>%1 — %2 in %3 (%4)</source>
        <translation>%1 — %2 en %3 (%4)</translation>
    </message>
    <message>
        <source>%1 (not among the app&apos;s Machines)</source>
        <translation>%1 (no está entre las Machines de la app)</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::LoadStatus</name>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::MachineLogView</name>
    <message>
        <source>Follo&amp;w</source>
        <translation>&amp;Seguir</translation>
    </message>
    <message>
        <source>The Machine&apos;s log</source>
        <translation>El log de la Machine</translation>
    </message>
    <message>
        <source>Off: the view stays still and new lines wait until it is on again</source>
        <translation>Desactivado: la vista se queda quieta y las líneas nuevas esperan a que se active de nuevo</translation>
    </message>
    <message>
        <source>Find in the log</source>
        <translation>Buscar en el log</translation>
    </message>
    <message>
        <source>find (Enter: next)</source>
        <translation>buscar (Intro: siguiente)</translation>
    </message>
    <message>
        <source>Cop&amp;y the log</source>
        <translation>Copiar &amp;el log</translation>
    </message>
    <message>
        <source>The Machine&apos;s log shows here once it is created.</source>
        <translation>El log de la Machine aparece aquí en cuanto se crea.</translation>
    </message>
    <message>
        <source>Following the log of %1…</source>
        <translation>Siguiendo el log de %1…</translation>
    </message>
    <message>
        <source>No longer following the log of %1.</source>
        <translation>Ya no se sigue el log de %1.</translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n new line(s) wait for Follow.</source>
        <translation>
            <numerusform>En pausa: %n línea nueva espera a Seguir.</numerusform>
            <numerusform>En pausa: %n líneas nuevas esperan a Seguir.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the log.</source>
        <translation>«%1» no está en el log.</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::MachineUpdate</name>
    <message>
        <source>The update is for a Machine of %1; the App step now says %2.</source>
        <translation>La actualización es para una Machine de %1; el paso App dice ahora %2.</translation>
    </message>
    <message>
        <source>An update takes an image: build the Dockerfile with a new Machine first, or choose an image on the Image step.</source>
        <translation>Una actualización necesita una imagen: construya antes el Dockerfile con una Machine nueva, o elija una imagen en el paso Imagen.</translation>
    </message>
    <message>
        <source>A Machine keeps its name: %1 cannot become %2.</source>
        <translation>Una Machine conserva su nombre: %1 no puede pasar a ser %2.</translation>
    </message>
    <message>
        <source>A Machine stays in its region (%1): create a new Machine to run elsewhere.</source>
        <translation>Una Machine se queda en su región (%1): cree una Machine nueva para funcionar en otro sitio.</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::MachinesView</name>
    <message numerus="yes">
        <source>%n %1 CPU(s), %2 MB</source>
        <translation>
            <numerusform>%n CPU %1, %2 MB</numerusform>
            <numerusform>%n CPU %1, %2 MB</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1 of %2 passing</source>
        <translation>%1 de %2 superados</translation>
    </message>
    <message>
        <source>Log</source>
        <extracomment>a button: opens the Machine&apos;s log (noun)</extracomment>
        <translation>Log</translation>
    </message>
    <message>
        <source>Clone</source>
        <extracomment>a button, a verb: a new Machine like the selected one</extracomment>
        <translation>Clonar</translation>
    </message>
    <message>
        <source>Update…</source>
        <translation>Actualizar…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refrescar</translation>
    </message>
    <message>
        <source>The app&apos;s Machines</source>
        <translation>Las Machines de la app</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>column headings of the Machines table; &quot;Created&quot; is the time the Machine was created, &quot;Checks&quot; its health checks</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspender</translation>
    </message>
    <message>
        <source>Destroy…</source>
        <translation>Destruir…</translation>
    </message>
    <message>
        <source>The Machine&apos;s log, live, in a window of its own (Enter in the table)</source>
        <translation>El log de la Machine, en directo, en su propia ventana (Intro en la tabla)</translation>
    </message>
    <message>
        <source>A new Machine like this one: its config into the wizard</source>
        <translation>Una Machine nueva como esta: su configuración en el asistente</translation>
    </message>
    <message>
        <source>Change this Machine: its config into the wizard, which then updates it instead of creating one</source>
        <translation>Cambiar esta Machine: su configuración en el asistente, que entonces la actualiza en lugar de crear una</translation>
    </message>
    <message>
        <source>Choose an app on the App step to see its Machines.</source>
        <translation>Elija una app en el paso App para ver sus Machines.</translation>
    </message>
    <message>
        <source>Machines of %1</source>
        <translation>Machines de %1</translation>
    </message>
    <message>
        <source>%1 does not exist yet: it has no Machines.</source>
        <translation>%1 aún no existe: no tiene Machines.</translation>
    </message>
    <message>
        <source>Could not list the Machines of %1: %2</source>
        <translation>No se pudieron listar las Machines de %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Machines of %1 (%n)</source>
        <translation>
            <numerusform>Machines de %1 (%n)</numerusform>
            <numerusform>Machines de %1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the state of %1…</source>
        <translation>Leyendo el estado de %1…</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Wait until the action on %1 ends.</source>
        <translation>Espere a que termine la acción sobre %1.</translation>
    </message>
    <message>
        <source>Nothing to do: %1 is %2.</source>
        <translation>Nada que hacer: %1 está %2.</translation>
    </message>
    <message>
        <source>Destroy a Machine</source>
        <translation>Destruir una Machine</translation>
    </message>
    <message>
        <source>Destroy the Machine %1 of %2? Its configuration and root file system are gone for good; its volumes stay.</source>
        <translation>¿Destruir la Machine %1 de %2? Su configuración y su sistema de archivos raíz desaparecen para siempre; sus volúmenes se quedan.</translation>
    </message>
    <message>
        <source>It is %1: &amp;kill it (--force)</source>
        <translation>Está %1: &amp;matarla (--force)</translation>
    </message>
    <message>
        <source>&amp;Destroy %1</source>
        <translation>&amp;Destruir %1</translation>
    </message>
    <message>
        <source>Log of %1 (%2)</source>
        <translation>Log de %1 (%2)</translation>
    </message>
    <message>
        <source>Reading the config of %1…</source>
        <translation>Leyendo la configuración de %1…</translation>
    </message>
    <message>
        <source>%1 is in the wizard: change what you want, then Update on the Review step.</source>
        <translation>%1 está en el asistente: cambie lo que quiera y luego Actualizar en el paso Revisión.</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::MainWindow</name>
    <message>
        <source>&lt;app&gt;</source>
        <translation>&lt;app&gt;</translation>
    </message>
    <message>
        <source>Not launched: fix the problems listed on the Review step first.</source>
        <translation>No lanzado: corrija primero los problemas que lista el paso Revisión.</translation>
    </message>
    <message>
        <source>Machines of the app</source>
        <translation>Machines de la app</translation>
    </message>
    <message>
        <source>Creating a new Machine again: Review&apos;s Create makes one with these settings.</source>
        <translation>Se vuelve a crear una Machine nueva: Crear, en Revisión, crea una con estos ajustes.</translation>
    </message>
    <message>
        <source>An update of %1 is under way already.</source>
        <translation>Ya hay una actualización de %1 en curso.</translation>
    </message>
    <message>
        <source>The wizard holds the config of %1: change what you want; Review shows what changes and updates it.</source>
        <translation>El asistente tiene la configuración de %1: cambie lo que quiera; Revisión muestra lo que cambia y la actualiza.</translation>
    </message>
    <message>
        <source>Not taken: %1.</source>
        <translation>No tomado: %1.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>A&amp;brir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Paste a `fly machine run` &amp;command…</source>
        <translation>Pegar un &amp;comando `fly machine run`…</translation>
    </message>
    <message>
        <source>A Machine &amp;config file…</source>
        <translation>Un archivo de con&amp;figuración de Machine…</translation>
    </message>
    <message>
        <source>C&amp;lone a Machine of the app…</source>
        <translation>C&amp;lonar una Machine de la app…</translation>
    </message>
    <message>
        <source>Launch &amp;history…</source>
        <translation>Historial de &amp;lanzamientos…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Machine</source>
        <translation>&amp;Machine</translation>
    </message>
    <message>
        <source>Create and &amp;start</source>
        <translation>Crear e &amp;iniciar</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Create &amp;only</source>
        <translation>Crear s&amp;olo</translation>
    </message>
    <message>
        <source>Open a s&amp;hell Machine</source>
        <translation>Abrir una Machine s&amp;hell</translation>
    </message>
    <message>
        <source>The app&apos;s Machi&amp;nes</source>
        <translation>Las Machi&amp;nes de la app</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Show the &amp;launch</source>
        <translation>Mostrar el &amp;lanzamiento</translation>
    </message>
    <message>
        <source>Back to the &amp;wizard</source>
        <translation>Volver al &amp;asistente</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Help for this &amp;step</source>
        <translation>Ayuda para este &amp;paso</translation>
    </message>
    <message>
        <source>Flightdeck &amp;guide</source>
        <translation>&amp;Guía de Flightdeck</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostic information</source>
        <translation>Copiar la información de &amp;diagnóstico</translation>
    </message>
    <message>
        <source>Diagnostic information copied: versions, system and endpoints, without the token.</source>
        <translation>Información de diagnóstico copiada: versiones, sistema y endpoints, sin el token.</translation>
    </message>
    <message>
        <source>&amp;About Flightdeck</source>
        <translation>A&amp;cerca de Flightdeck</translation>
    </message>
    <message>
        <source>About Flightdeck</source>
        <translation>Acerca de Flightdeck</translation>
    </message>
    <message>
        <source>Flightdeck configures, builds and starts Fly.io Machines, step by step.

%1

Flightdeck is free software under the GNU General Public License, version 3 or any later version; it comes with no warranty.</source>
        <translation>Flightdeck configura, construye e inicia Machines de Fly.io, paso a paso.

%1

Flightdeck es software libre bajo la Licencia Pública General de GNU, versión 3 o cualquier versión posterior; se ofrece sin ninguna garantía.</translation>
    </message>
    <message>
        <source>the request must be a JSON object</source>
        <translation>la petición debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>Machines API: %1</source>
        <translation>API de Machines: %1</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::ProfileController</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to %1 before starting a new Machine?</source>
        <translation>¿Guardar los cambios de %1 antes de empezar una Machine nueva?</translation>
    </message>
    <message>
        <source>this Machine</source>
        <translation>esta Machine</translation>
    </message>
    <message>
        <source>Save the changes before opening another profile?</source>
        <translation>¿Guardar los cambios antes de abrir otro perfil?</translation>
    </message>
    <message>
        <source>Open a profile</source>
        <translation>Abrir un perfil</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>Opened %1, without what it could not keep: %2</source>
        <translation>%1 abierto, sin lo que no pudo conservar: %2</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>Guardar el perfil</translation>
    </message>
    <message>
        <source>%1 was not saved: %2. The previous file, if any, is unchanged.</source>
        <translation>%1 no se guardó: %2. El archivo anterior, si lo había, no ha cambiado.</translation>
    </message>
    <message>
        <source>No recent profiles</source>
        <translation>No hay perfiles recientes</translation>
    </message>
    <message>
        <source>Flightdeck did not close normally last time. A draft from %1 was kept%2.</source>
        <translation>Flightdeck no se cerró normalmente la última vez. Se guardó un borrador de %1%2.</translation>
    </message>
    <message>
        <source> (app %1)</source>
        <translation> (app %1)</translation>
    </message>
    <message>
        <source>&amp;Restore the draft</source>
        <translation>&amp;Restaurar el borrador</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>Descartarlo</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>¿Guardar los cambios de %1 antes de cerrar?</translation>
    </message>
    <message>
        <source>The draft %1 could not be written: %2. Your changes stay in this window and are written as soon as that works.</source>
        <translation>No se pudo escribir el borrador %1: %2. Sus cambios siguen en esta ventana y se escribirán en cuanto sea posible.</translation>
    </message>
    <message>
        <source>The list of recent profiles could not be saved to %1: %2.</source>
        <translation>No se pudo guardar la lista de perfiles recientes en %1: %2.</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::RegionPage</name>
    <message>
        <source>Find a region</source>
        <translation>Buscar una región</translation>
    </message>
    <message>
        <source>Type a city or a code</source>
        <translation>Escriba una ciudad o un código</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>Asking Fly.io for its regions…</source>
        <translation>Preguntando a Fly.io por sus regiones…</translation>
    </message>
    <message>
        <source>Fly.io&apos;s regions could not be read (%1). The list is the one built into Flightdeck, which may be out of date.</source>
        <translation>No se pudieron leer las regiones de Fly.io (%1). La lista es la integrada en Flightdeck, que puede estar desactualizada.</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) from Fly.io.</source>
        <translation>
            <numerusform>%n región de Fly.io.</numerusform>
            <numerusform>%n regiones de Fly.io.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) from Fly.io; the nearest to you is %1.</source>
        <translation>
            <numerusform>%n región de Fly.io; la más cercana a usted es %1.</numerusform>
            <numerusform>%n regiones de Fly.io; la más cercana a usted es %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Let Fly choose — the region nearest to you (from %1)</source>
        <translation>Dejar que Fly elija — la región más cercana a usted (según %1)</translation>
    </message>
    <message>
        <source>Let Fly choose — the region nearest to you, %1 (from %2)</source>
        <translation>Dejar que Fly elija — la región más cercana a usted, %1 (según %2)</translation>
    </message>
    <message>
        <source>%1 (%2) — Fly picks the region</source>
        <translation>%1 (%2) — Fly elige la región</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>unos %1</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source> — nearest to you</source>
        <translation> — la más cercana a usted</translation>
    </message>
    <message>
        <source> — paid plans only</source>
        <translation> — solo planes de pago</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::RequestDiffView</name>
    <message>
        <source>The older request</source>
        <translation>La petición más antigua</translation>
    </message>
    <message>
        <source>The newer request</source>
        <translation>La petición más reciente</translation>
    </message>
    <message>
        <source>The two requests are the same.</source>
        <translation>Las dos peticiones son iguales.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) differ: %1</source>
        <translation>
            <numerusform>%n valor difiere: %1</numerusform>
            <numerusform>%n valores difieren: %1</numerusform>
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
        <translation>Tamaño predefinido</translation>
    </message>
    <message>
        <source>%1 — %2 CPU, %3 MB</source>
        <translation>%1 — %2 CPU, %3 MB</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>CPU kind</source>
        <translation>Tipo de CPU</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Compartida</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Rendimiento</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <source>CPU &amp;kind:</source>
        <translation>Tipo &amp;de CPU:</translation>
    </message>
    <message>
        <source>C&amp;PUs:</source>
        <translation>&amp;CPU:</translation>
    </message>
    <message>
        <source>M&amp;emory:</source>
        <translation>Memor&amp;ia:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Coste:</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>A&amp;vanzado</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Swap</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Root file system size</source>
        <translation>Tamaño del sistema de archivos raíz</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>the image&apos;s size</source>
        <translation>el tamaño de la imagen</translation>
    </message>
    <message>
        <source>Keep the root file system</source>
        <translation>Conservar el sistema de archivos raíz</translation>
    </message>
    <message>
        <source>Platform default (a fresh one on every start)</source>
        <translation>Predeterminado de la plataforma (uno nuevo en cada arranque)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Across restarts</source>
        <translation>Entre reinicios</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Siempre</translation>
    </message>
    <message>
        <source>Kernel arguments</source>
        <translation>Argumentos del kernel</translation>
    </message>
    <message>
        <source>empty: the platform&apos;s</source>
        <translation>vacío: los de la plataforma</translation>
    </message>
    <message>
        <source>Words as in a shell: quote an argument that holds spaces</source>
        <translation>Palabras como en un shell: entrecomille un argumento que tenga espacios</translation>
    </message>
    <message>
        <source>Host dedication id</source>
        <translation>ID de dedicación del host</translation>
    </message>
    <message>
        <source>empty: shared hosts</source>
        <translation>vacío: hosts compartidos</translation>
    </message>
    <message>
        <source>S&amp;wap:</source>
        <translation>S&amp;wap:</translation>
    </message>
    <message>
        <source>Root file system si&amp;ze:</source>
        <translation>Tamaño del sistema de archivos &amp;raíz:</translation>
    </message>
    <message>
        <source>Keep root file s&amp;ystem:</source>
        <translation>&amp;Guardar el sistema de archivos raíz:</translation>
    </message>
    <message>
        <source>Kernel ar&amp;guments:</source>
        <translation>Argumentos del &amp;kernel:</translation>
    </message>
    <message>
        <source>Host &amp;dedication:</source>
        <translation>&amp;Host dedicado:</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>%1 while running, in %2</source>
        <translation>%1 en marcha, en %2</translation>
    </message>
    <message>
        <source>the base regions (iad, ewr)</source>
        <translation>las regiones base (iad, ewr)</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::ReviewPage</name>
    <message>
        <source>&amp;Problems (double-click one to go to its step):</source>
        <translation>&amp;Problemas (doble clic para ir a su paso):</translation>
    </message>
    <message>
        <source>&amp;What launching creates (double-click a line to change it):</source>
        <translation>&amp;Lo que crea el lanzamiento (doble clic para cambiarlo):</translation>
    </message>
    <message>
        <source>Create a ne&amp;w Machine instead</source>
        <translation>Crear una Machine nue&amp;va</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>&amp;Comprobar de nuevo</translation>
    </message>
    <message>
        <source>The same Machine with flyctl:</source>
        <translation>La misma Machine con flyctl:</translation>
    </message>
    <message>
        <source>&amp;Copy command</source>
        <translation>Copiar el coman&amp;do</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Copiar como c&amp;url</translation>
    </message>
    <message>
        <source>Create and &amp;start</source>
        <translation>Crear e &amp;iniciar</translation>
    </message>
    <message>
        <source>Create &amp;only</source>
        <translation>Crear s&amp;olo</translation>
    </message>
    <message>
        <source>Problems to fix before launching</source>
        <translation>Problemas que corregir antes de lanzar</translation>
    </message>
    <message>
        <source>What launching creates</source>
        <translation>Lo que crea el lanzamiento</translation>
    </message>
    <message>
        <source>Ask the platform again about the token, the app, the region, the volumes, the secrets and the image</source>
        <translation>Volver a preguntar a la plataforma por el token, la app, la región, los volúmenes, los secretos y la imagen</translation>
    </message>
    <message>
        <source>The equivalent fly machine run command</source>
        <translation>El comando fly machine run equivalente</translation>
    </message>
    <message>
        <source>Copy the request &amp;JSON</source>
        <translation>Copiar el &amp;JSON</translation>
    </message>
    <message>
        <source>The exact request as a curl command; it reads the token from $FLY_API_TOKEN when it runs</source>
        <translation>La petición exacta como comando curl; lee el token de $FLY_API_TOKEN al ejecutarse</translation>
    </message>
    <message>
        <source>Create the Machine stopped, to start it later</source>
        <translation>Crear la Machine detenida, para iniciarla más tarde</translation>
    </message>
    <message>
        <source>Keep these settings, and create a new Machine with them instead of updating this one</source>
        <translation>Conservar estos ajustes, y crear con ellos una Machine nueva en lugar de actualizar esta</translation>
    </message>
    <message>
        <source>Checked with the platform before anything is created:</source>
        <translation>Comprobado con la plataforma antes de crear nada:</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Asking the platform…</source>
        <translation>Preguntando a la plataforma…</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) could not be made; the platform decides at launch.</source>
        <translation>
            <numerusform>No se pudo hacer %n comprobación; la plataforma decide al lanzar.</numerusform>
            <numerusform>No se pudieron hacer %n comprobaciones; la plataforma decide al lanzar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fix the %n error(s) above to launch.</source>
        <translation>
            <numerusform>Corrija el error de arriba para lanzar.</numerusform>
            <numerusform>Corrija los %n errores de arriba para lanzar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) with the platform failed: the update would likely fail.</source>
        <translation>
            <numerusform>Falló %n comprobación con la plataforma: la actualización probablemente fallaría.</numerusform>
            <numerusform>Fallaron %n comprobaciones con la plataforma: la actualización probablemente fallaría.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changes yet: the update would send the config the Machine has.</source>
        <translation>Aún no cambia nada: la actualización enviaría la configuración que ya tiene la Machine.</translation>
    </message>
    <message>
        <source>Ready to update.</source>
        <translation>Listo para actualizar.</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) with the platform failed: the launch would likely fail.</source>
        <translation>
            <numerusform>Falló %n comprobación con la plataforma: el lanzamiento probablemente fallaría.</numerusform>
            <numerusform>Fallaron %n comprobaciones con la plataforma: el lanzamiento probablemente fallaría.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to launch.</source>
        <translation>Listo para lanzar.</translation>
    </message>
    <message>
        <source>What %1 runs now</source>
        <translation>Lo que ejecuta %1 ahora</translation>
    </message>
    <message>
        <source>After the update</source>
        <translation>Después de la actualización</translation>
    </message>
    <message>
        <source>Updating %1: what changes, now on the left, after the update on the right. Flightdeck takes the Machine&apos;s lease, sends the new config, waits until the Machine runs it and gives the lease back.</source>
        <translation>Actualizando %1: lo que cambia, ahora a la izquierda, tras la actualización a la derecha. Flightdeck toma el lease de la Machine, envía la configuración nueva, espera a que la Machine la ejecute y devuelve el lease.</translation>
    </message>
    <message>
        <source>&amp;Update %1</source>
        <translation>Ac&amp;tualizar %1</translation>
    </message>
    <message>
        <source>Send the new config to this Machine, as fly machine update does</source>
        <translation>Enviar la configuración nueva a esta Machine, como hace fly machine update</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::RunWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; A&amp;nterior</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <source>Flightdeck talks to Fly.io with your API token. It takes the one in FLY_API_TOKEN or flyctl&apos;s configuration, else the one kept in the system keychain; a token entered here is kept there.</source>
        <translation>Flightdeck habla con Fly.io con su token de la API. Toma el de FLY_API_TOKEN o la configuración de flyctl, si no, el guardado en el llavero del sistema; un token introducido aquí se guarda allí.</translation>
    </message>
    <message>
        <source>Every Machine belongs to an app. Choose one of yours, or name a new app and its organization: Flightdeck creates it before the Machine.</source>
        <translation>Cada Machine pertenece a una app. Elija una de las suyas, o dé nombre a una app nueva y su organización: Flightdeck la crea antes que la Machine.</translation>
    </message>
    <message>
        <source>What the Machine runs: an image from a registry, or one built here from a Dockerfile and pushed to Fly&apos;s registry.</source>
        <translation>Lo que ejecuta la Machine: una imagen de un registro, o una construida aquí desde un Dockerfile y subida al registro de Fly.</translation>
    </message>
    <message>
        <source>Left empty, the Machine runs the image&apos;s own entrypoint and command. Arguments here replace the image&apos;s command; an entrypoint replaces its entrypoint.</source>
        <translation>Si se deja vacío, la Machine ejecuta el punto de entrada y el comando propios de la imagen. Los argumentos de aquí sustituyen el comando de la imagen; un punto de entrada sustituye el suyo.</translation>
    </message>
    <message>
        <source>Where the Machine runs. Left empty, Fly.io places it in the region nearest to you.</source>
        <translation>Dónde funciona la Machine. Si se deja vacío, Fly.io la coloca en la región más cercana a usted.</translation>
    </message>
    <message>
        <source>The kind and number of CPUs and the memory: the Machine&apos;s size, which sets what it costs while it runs.</source>
        <translation>El tipo y el número de CPU y la memoria: el tamaño de la Machine, que fija lo que cuesta mientras funciona.</translation>
    </message>
    <message>
        <source>The ports the Machine answers on from the internet, and how Fly Proxy hands the traffic over. Without services it is reachable only on the app&apos;s private network.</source>
        <translation>Los puertos en los que la Machine responde desde Internet, y cómo le pasa Fly Proxy el tráfico. Sin servicios, solo se alcanza en la red privada de la app.</translation>
    </message>
    <message>
        <source>A volume keeps data when the Machine restarts or is replaced. Without one, what the Machine writes lasts until it stops.</source>
        <translation>Un volumen conserva los datos cuando la Machine se reinicia o se sustituye. Sin él, lo que escribe la Machine dura hasta que se detiene.</translation>
    </message>
    <message>
        <source>Environment variables and files written into the Machine at start. Secrets are the app&apos;s own (fly secrets set): the Machine receives them, Flightdeck never sees their values.</source>
        <translation>Variables de entorno y archivos que se escriben en la Machine al arrancar. Los secretos son de la app (fly secrets set): la Machine los recibe, Flightdeck nunca ve sus valores.</translation>
    </message>
    <message>
        <source>The Machine&apos;s name, and what happens when its process exits. Left empty, Fly.io names it and restarts it when it fails.</source>
        <translation>El nombre de la Machine, y qué pasa cuando su proceso termina. Si se deja vacío, Fly.io le pone nombre y la reinicia cuando falla.</translation>
    </message>
    <message>
        <source>What will be created, the same Machine as a fly command, and the exact request. Nothing is created until you choose Create.</source>
        <translation>Lo que se creará, la misma Machine como comando fly, y la petición exacta. No se crea nada hasta que elija Crear.</translation>
    </message>
    <message>
        <source>Learn more</source>
        <translation>Más información</translation>
    </message>
    <message numerus="yes">
        <source>Fix the %n problem(s) marked on this step before going on.</source>
        <translation>
            <numerusform>Corrija el problema marcado en este paso antes de seguir.</numerusform>
            <numerusform>Corrija los %n problemas marcados en este paso antes de seguir.</numerusform>
        </translation>
    </message>
    <message>
        <source>has errors</source>
        <translation>tiene errores</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completo</translation>
    </message>
    <message>
        <source>not visited</source>
        <translation>sin visitar</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::ServicesPage</name>
    <message>
        <source>Fly Proxy turns the connection into HTTP for the Machine, with Fly&apos;s request headers</source>
        <translation>Fly Proxy convierte la conexión en HTTP para la Machine, con las cabeceras de petición de Fly</translation>
    </message>
    <message>
        <source>Fly Proxy ends TLS and passes plain TCP to the Machine</source>
        <translation>Fly Proxy termina TLS y pasa TCP sin cifrar a la Machine</translation>
    </message>
    <message>
        <source>Fly Proxy handles TLS for PostgreSQL connections</source>
        <translation>Fly Proxy gestiona TLS para conexiones PostgreSQL</translation>
    </message>
    <message>
        <source>Fly Proxy turns the connection into HTTP at the edge</source>
        <translation>Fly Proxy convierte la conexión en HTTP en el borde</translation>
    </message>
    <message>
        <source>Fly Proxy wraps the connection in the PROXY protocol, which tells the client&apos;s address</source>
        <translation>Fly Proxy envuelve la conexión en el protocolo PROXY, que indica la dirección del cliente</translation>
    </message>
    <message>
        <source>Start the Machine when a request arrives (auto&amp;start)</source>
        <translation>Iniciar la Machine cuando llega una petición (autos&amp;tart)</translation>
    </message>
    <message>
        <source>Public ports</source>
        <translation>Puertos públicos</translation>
    </message>
    <message>
        <source>Public port or range</source>
        <translation>Puerto público o rango</translation>
    </message>
    <message>
        <source>Internal port</source>
        <translation>Puerto interno</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Handlers</source>
        <translation>Handlers</translation>
    </message>
    <message>
        <source>When idle</source>
        <translation>En reposo</translation>
    </message>
    <message>
        <source>Keep running (the platform&apos;s default)</source>
        <translation>Seguir en marcha (predeterminado de la plataforma)</translation>
    </message>
    <message>
        <source>Stop the Machine</source>
        <translation>Detener la Machine</translation>
    </message>
    <message>
        <source>Suspend the Machine (resumes faster)</source>
        <translation>Suspender la Machine (se reanuda más rápido)</translation>
    </message>
    <message>
        <source>&amp;Add port</source>
        <translation>Añadir &amp;puerto</translation>
    </message>
    <message>
        <source>&amp;Remove port</source>
        <translation>&amp;Quitar el puerto</translation>
    </message>
    <message>
        <source>A public address needs an Anycast IP: `fly ips allocate-v4 --shared` or `allocate-v6` for the app.</source>
        <translation>Una dirección pública necesita una IP Anycast: `fly ips allocate-v4 --shared` o `allocate-v6` para la app.</translation>
    </message>
    <message>
        <source>When idle:</source>
        <translation>En reposo:</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>The image declares no ports.</source>
        <translation>La imagen no declara puertos.</translation>
    </message>
    <message>
        <source>The image says it listens on %1.</source>
        <translation>La imagen dice que escucha en %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>the image says it listens on %1, not on %2: check the port your app listens on</source>
        <translation>la imagen dice que escucha en %1, no en %2: compruebe el puerto en el que escucha su app</translation>
    </message>
    <message>
        <source>Public port or range, row %1</source>
        <translation>Puerto público o rango, fila %1</translation>
    </message>
    <message>
        <source>443 or 8000-8010</source>
        <translation>443 o 8000-8010</translation>
    </message>
    <message>
        <source>Internal port, row %1</source>
        <translation>Puerto interno, fila %1</translation>
    </message>
    <message>
        <source>Protocol, row %1</source>
        <translation>Protocolo, fila %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Handlers of public port %1</source>
        <translation>Handlers del puerto público %1</translation>
    </message>
    <message>
        <source>Handlers: choose a port above</source>
        <translation>Handlers: elija un puerto arriba</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::SettingsDialog</name>
    <message>
        <source>Re&amp;move from the keychain</source>
        <translation>&amp;Quitar del llavero</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>&amp;Fly.io (https://api.machines.dev)</source>
        <translation>&amp;Fly.io (https://api.machines.dev)</translation>
    </message>
    <message>
        <source>The local &amp;simulator (%1)</source>
        <translation>El &amp;simulador local (%1)</translation>
    </message>
    <message>
        <source>&amp;Custom:</source>
        <translation>&amp;Personalizada:</translation>
    </message>
    <message>
        <source>Machines API address</source>
        <translation>Dirección de la API de Machines</translation>
    </message>
    <message>
        <source>https://… (http only for this computer)</source>
        <translation>https://… (http solo para este equipo)</translation>
    </message>
    <message>
        <source>GraphQL address</source>
        <translation>Dirección GraphQL</translation>
    </message>
    <message>
        <source>empty: the API address with /graphql</source>
        <translation>vacío: la dirección de la API con /graphql</translation>
    </message>
    <message>
        <source>Machines API</source>
        <translation>API de Machines</translation>
    </message>
    <message>
        <source>&amp;GraphQL:</source>
        <translation>&amp;GraphQL:</translation>
    </message>
    <message>
        <source>FLY_FLAPS_BASE_URL and FLY_API_BASE_URL, when set, win over this. Applies at the next start.</source>
        <translation>FLY_FLAPS_BASE_URL y FLY_API_BASE_URL, si están definidas, mandan sobre esto. Se aplica en el próximo inicio.</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Reemplazar…</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token de la API</translation>
    </message>
    <message>
        <source>The first one installed</source>
        <translation>El primero instalado</translation>
    </message>
    <message>
        <source>empty: your personal organization</source>
        <translation>vacío: su organización personal</translation>
    </message>
    <message>
        <source>Let Fly choose (the nearest)</source>
        <translation>Dejar que Fly elija (la más cercana)</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>El del sistema</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Valores predeterminados</translation>
    </message>
    <message>
        <source>&amp;Image engine:</source>
        <translation>&amp;Motor de imágenes:</translation>
    </message>
    <message>
        <source>&amp;Organization for new apps:</source>
        <translation>&amp;Organización para apps nuevas:</translation>
    </message>
    <message>
        <source>R&amp;egion:</source>
        <translation>R&amp;egión:</translation>
    </message>
    <message>
        <source>&amp;Language (at the next start):</source>
        <translation>&amp;Idioma (en el próximo inicio):</translation>
    </message>
    <message>
        <source>A token is in use, %1.</source>
        <translation>Hay un token en uso, %1.</translation>
    </message>
    <message>
        <source>No token is stored.</source>
        <translation>No hay ningún token guardado.</translation>
    </message>
    <message>
        <source>not an address</source>
        <translation>no es una dirección</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1: %2. They apply until Flightdeck quits; OK tries again.</source>
        <translation>No se pudieron guardar los ajustes en %1: %2. Se aplican hasta que Flightdeck se cierre; Aceptar lo vuelve a intentar.</translation>
    </message>
    <message>
        <source>Organization for new apps: %1</source>
        <translation>Organización para apps nuevas: %1</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Next step (on a button: press it; on Review: Create and start)</source>
        <translation>Paso siguiente (en un botón: pulsarlo; en Revisión: Crear e iniciar)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Back to the list of steps</source>
        <translation>Volver a la lista de pasos</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <source>The next or previous field</source>
        <translation>El campo siguiente o anterior</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::StepPage</name>
    <message>
        <source>Problems with %1</source>
        <translation>Problemas con %1</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Error: </translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Aviso: </translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::VolumesPage</name>
    <message>
        <source>&amp;Create volume</source>
        <translation>&amp;Crear el volumen</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Mount path</source>
        <translation>Punto de montaje</translation>
    </message>
    <message>
        <source>for example /data</source>
        <translation>por ejemplo /data</translation>
    </message>
    <message>
        <source>New volume name</source>
        <translation>Nombre del volumen nuevo</translation>
    </message>
    <message>
        <source>for example data</source>
        <translation>por ejemplo data</translation>
    </message>
    <message>
        <source>lowercase letters, digits and underscores</source>
        <translation>letras minúsculas, dígitos y guiones bajos</translation>
    </message>
    <message>
        <source>New volume size</source>
        <translation>Tamaño del volumen nuevo</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>A volume keeps data across restarts. It lives in one region, and a Machine that mounts it runs there.</source>
        <translation>Un volumen conserva los datos entre reinicios. Vive en una región, y la Machine que lo monta funciona allí.</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Volumen:</translation>
    </message>
    <message>
        <source>Mount &amp;path:</source>
        <translation>&amp;Punto de montaje:</translation>
    </message>
    <message>
        <source>New volume</source>
        <translation>Volumen nuevo</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ombre:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volúmenes</translation>
    </message>
    <message>
        <source>Choose an app first: volumes belong to an app.</source>
        <translation>Elija primero una app: los volúmenes pertenecen a una app.</translation>
    </message>
    <message>
        <source>Loading the volumes of %1…</source>
        <translation>Cargando los volúmenes de %1…</translation>
    </message>
    <message>
        <source>%1 does not exist yet, so it has no volumes; create one after the first launch.</source>
        <translation>%1 aún no existe, así que no tiene volúmenes; cree uno después del primer lanzamiento.</translation>
    </message>
    <message>
        <source>Could not load the volumes: %1</source>
        <translation>No se pudieron cargar los volúmenes: %1</translation>
    </message>
    <message>
        <source>No volume</source>
        <translation>Sin volumen</translation>
    </message>
    <message>
        <source>%1 — %2, %3 GB (%4)</source>
        <translation>%1 — %2, %3 GB (%4)</translation>
    </message>
    <message>
        <source>%1 (from the request)</source>
        <translation>%1 (de la petición)</translation>
    </message>
    <message>
        <source>Every volume of this app is attached: create a new one below.</source>
        <translation>Todos los volúmenes de esta app están conectados: cree uno nuevo abajo.</translation>
    </message>
    <message>
        <source>No unattached volume in %1: create one below, or pick another region.</source>
        <translation>No hay volumen libre en %1: cree uno abajo, o elija otra región.</translation>
    </message>
    <message>
        <source>Name the new volume first.</source>
        <translation>Ponga primero nombre al volumen nuevo.</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>Creando %1…</translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation>No creado: %1</translation>
    </message>
    <message>
        <source>Created %1 in %2.</source>
        <translation>%1 creado en %2.</translation>
    </message>
</context>
<context>
    <name>FlyToml</name>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
</context>
<context>
    <name>Issue</name>
    <message>
        <source>error: %1: %2</source>
        <extracomment>A line of the command line&apos;s output: %1 is the field id (a JSON path such as guest.memory_mb), %2 the message.</extracomment>
        <translation>error: %1: %2</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <extracomment>As &quot;error: %1: %2&quot;, for a warning.</extracomment>
        <translation>aviso: %1: %2</translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>a control character (U+%1), which JSON allows only escaped</source>
        <translation>un carácter de control (U+%1), que JSON solo admite escapado</translation>
    </message>
</context>
<context>
    <name>LaunchHistory</name>
    <message>
        <source>%1 is held by another Flightdeck (its lock file %2)</source>
        <translation>otro Flightdeck tiene %1 en uso (su archivo de bloqueo %2)</translation>
    </message>
    <message>
        <source>the lock file %1 could not be made</source>
        <translation>no se pudo crear el archivo de bloqueo %1</translation>
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
        <translation>Comprobar el token de la API</translation>
    </message>
    <message>
        <source>Find or create the app</source>
        <translation>Encontrar o crear la app</translation>
    </message>
    <message>
        <source>Prepare the image</source>
        <translation>Preparar la imagen</translation>
    </message>
    <message>
        <source>Create the Machine</source>
        <translation>Crear la Machine</translation>
    </message>
    <message>
        <source>Wait for it to start</source>
        <translation>Esperar a que arranque</translation>
    </message>
    <message>
        <source>Watch it run</source>
        <translation>Vigilarla en marcha</translation>
    </message>
</context>
<context>
    <name>PlatformInfo</name>
    <message>
        <source>the platform listed no regions</source>
        <translation>la plataforma no listó regiones</translation>
    </message>
    <message>
        <source>anywhere in Europe</source>
        <translation>en cualquier lugar de Europa</translation>
    </message>
    <message>
        <source>anywhere in North America</source>
        <translation>en cualquier lugar de Norteamérica</translation>
    </message>
    <message>
        <source>anywhere in the United States</source>
        <translation>en cualquier lugar de Estados Unidos</translation>
    </message>
    <message>
        <source>anywhere in South America</source>
        <translation>en cualquier lugar de Sudamérica</translation>
    </message>
    <message>
        <source>anywhere in Asia-Pacific</source>
        <translation>en cualquier lugar de Asia-Pacífico</translation>
    </message>
    <message>
        <source>any region, the nearest first</source>
        <translation>cualquier región, la más cercana primero</translation>
    </message>
</context>
<context>
    <name>ProfileController</name>
    <message>
        <source>Flightdeck profiles (*.flightdeck);;All files (*)</source>
        <translation>Perfiles de Flightdeck (*.flightdeck);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>RegistryClient</name>
    <message>
        <source>The image %1 is not in its registry.</source>
        <translation>La imagen %1 no está en su registro.</translation>
    </message>
    <message>
        <source>The registry of %1 sends for a token to %2, which is not an https address.</source>
        <translation>El registro de %1 remite a %2 para pedir un token, y no es una dirección https.</translation>
    </message>
    <message>
        <source>The image %1 has no linux/amd64 variant, which Fly Machines run (it offers: %2).</source>
        <translation>La imagen %1 no tiene variante linux/amd64, la que ejecutan las Machines de Fly (ofrece: %2).</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Its manifest names no configuration.</source>
        <translation>Su manifiesto no nombra ninguna configuración.</translation>
    </message>
    <message>
        <source>Its configuration could not be read: %1</source>
        <translation>No se pudo leer su configuración: %1</translation>
    </message>
    <message>
        <source>Its configuration does not match its digest %1.</source>
        <translation>Su configuración no coincide con su digest %1.</translation>
    </message>
    <message>
        <source>Fly&apos;s registry refused access to %1 with this token.</source>
        <translation>El registro de Fly denegó el acceso a %1 con este token.</translation>
    </message>
    <message>
        <source>The registry of %1 refused to show it: it does not exist, or it is private (Fly Machines pull only public images and those on Fly&apos;s registry).</source>
        <translation>El registro de %1 se negó a mostrarla: no existe, o es privada (las Machines de Fly solo descargan imágenes públicas y las del registro de Fly).</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The registry of %1 could not be asked: %2</source>
        <translation>No se pudo preguntar al registro de %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an image reference.</source>
        <translation>%1 no es una referencia de imagen.</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an image builder Flightdeck drives: choose docker, podman or buildah</source>
        <translation>«%1» no es un builder de imágenes que Flightdeck maneje: elija docker, podman o buildah</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of seconds: write --logs-for 30 (at most 3600)</source>
        <translation>«%1» no es un número de segundos: escriba --logs-for 30 (como mucho 3600)</translation>
    </message>
    <message>
        <source>note: %1 is accepted for compatibility and has no effect in Flightdeck</source>
        <translation>nota: %1 se acepta por compatibilidad y no tiene efecto en Flightdeck</translation>
    </message>
</context>
<context>
    <name>RunHelp</name>
    <message>
        <source>Print the Machines API request body instead of opening the window</source>
        <translation>Imprimir el cuerpo de la petición a la API de Machines en lugar de abrir la ventana</translation>
    </message>
    <message>
        <source>Print the command as fly machine run would take it</source>
        <translation>Imprimir el comando tal como lo tomaría fly machine run</translation>
    </message>
    <message>
        <source>With --yes: print the Machine&apos;s log this many seconds longer after it started</source>
        <translation>Con --yes: imprimir el log de la Machine estos segundos más tras su arranque</translation>
    </message>
    <message>
        <source>The image builder for a Dockerfile: docker, podman or buildah (else the first installed)</source>
        <translation>El builder de imágenes para un Dockerfile: docker, podman o buildah (si no, el primero instalado)</translation>
    </message>
    <message>
        <source>The Machines API (else FLY_FLAPS_BASE_URL, then Fly.io)</source>
        <translation>La API de Machines (si no, FLY_FLAPS_BASE_URL y luego Fly.io)</translation>
    </message>
    <message>
        <source>The GraphQL API (else FLY_API_BASE_URL, then Fly.io)</source>
        <translation>La API GraphQL (si no, FLY_API_BASE_URL y luego Fly.io)</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>Esta ayuda</translation>
    </message>
    <message>
        <source>Usage:
  flightdeck run IMAGE|PATH [COMMAND...] [flags]

Opens the wizard filled from the flags of fly machine run, which it reads as flyctl does.
With --yes it launches the Machine without a window; with --print-config or
--print-command it prints what it would send.
</source>
        <translation>Uso:
  flightdeck run IMAGEN|RUTA [COMANDO...] [opciones]

Abre el asistente relleno a partir de las opciones de fly machine run, que lee como flyctl.
Con --yes lanza la Machine sin ventana; con --print-config o
--print-command imprime lo que enviaría.
</translation>
    </message>
    <message>
        <source>(default %1)</source>
        <translation>(predeterminado %1)</translation>
    </message>
</context>
<context>
    <name>RunProfile</name>
    <message>
        <source>build.%1 (not known to this version)</source>
        <translation>build.%1 (desconocido para esta versión)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>a profile is a JSON object</source>
        <translation>un perfil es un objeto JSON</translation>
    </message>
    <message>
        <source>not a Flightdeck profile (its &quot;format&quot; is not &quot;%1&quot;)</source>
        <translation>no es un perfil de Flightdeck (su «format» no es «%1»)</translation>
    </message>
    <message>
        <source>written by a newer Flightdeck (profile version %1; this one reads %2): what it could not read is listed here</source>
        <translation>escrito por un Flightdeck más reciente (versión de perfil %1; este lee la %2): lo que no pudo leer se lista aquí</translation>
    </message>
    <message>
        <source>the request (%1)</source>
        <translation>la petición (%1)</translation>
    </message>
    <message>
        <source>the request (not a JSON object)</source>
        <translation>la petición (no es un objeto JSON)</translation>
    </message>
    <message>
        <source>%1 (not known to this version)</source>
        <translation>%1 (desconocido para esta versión)</translation>
    </message>
</context>
<context>
    <name>ShellWords</name>
    <message>
        <source>EOF found after escape character</source>
        <translation>fin del texto tras un carácter de escape</translation>
    </message>
    <message>
        <source>EOF found when expecting closing quote</source>
        <translation>fin del texto cuando se esperaba una comilla de cierre</translation>
    </message>
    <message>
        <source>a NUL character, which no command line can hold</source>
        <translation>un carácter NUL, que ninguna línea de órdenes puede contener</translation>
    </message>
</context>
<context>
    <name>SpecSummary</name>
    <message>
        <source>No app is chosen yet.</source>
        <translation>Aún no se ha elegido ninguna app.</translation>
    </message>
    <message>
        <source>your personal organization</source>
        <translation>su organización personal</translation>
    </message>
    <message>
        <source>In the app %1 (created in %2 if it does not exist yet).</source>
        <translation>En la app %1 (creada en %2 si aún no existe).</translation>
    </message>
    <message>
        <source>In your app %1.</source>
        <translation>En su app %1.</translation>
    </message>
    <message>
        <source>In a new app %1, created first in %2.</source>
        <translation>En una app nueva %1, creada primero en %2.</translation>
    </message>
    <message>
        <source>Runs an image built from %1 in %2 and pushed to Fly&apos;s registry</source>
        <translation>Ejecuta una imagen construida desde %1 en %2 y subida al registro de Fly</translation>
    </message>
    <message>
        <source>Runs the image %1</source>
        <translation>Ejecuta la imagen %1</translation>
    </message>
    <message>
        <source>No image is chosen yet.</source>
        <translation>Aún no se ha elegido ninguna imagen.</translation>
    </message>
    <message>
        <source>%1, with the command %2.</source>
        <translation>%1, con el comando %2.</translation>
    </message>
    <message>
        <source>%1, with the image&apos;s own command.</source>
        <translation>%1, con el comando propio de la imagen.</translation>
    </message>
    <message>
        <source>A Machine named by Fly.io</source>
        <translation>Una Machine con nombre puesto por Fly.io</translation>
    </message>
    <message>
        <source>The Machine %1</source>
        <translation>La Machine %1</translation>
    </message>
    <message>
        <source>%1, in the region nearest to you.</source>
        <translation>%1, en la región más cercana a usted.</translation>
    </message>
    <message>
        <source>%1, in %2.</source>
        <translation>%1, en %2.</translation>
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
            <numerusform>%n CPU %1 y %2 de memoria: unos %3 mientras funciona.</numerusform>
            <numerusform>%n CPU %1 y %2 de memoria: unos %3 mientras funciona.</numerusform>
        </translation>
    </message>
    <message>
        <source>A %1 service on port %2 inside, without public ports.</source>
        <translation>Un servicio %1 en el puerto interno %2, sin puertos públicos.</translation>
    </message>
    <message>
        <source>Public %1 %2, answered on port %3 inside.</source>
        <translation>%1 %2 público, atendido en el puerto interno %3.</translation>
    </message>
    <message>
        <source>Without traffic it stops.</source>
        <translation>Sin tráfico, se detiene.</translation>
    </message>
    <message>
        <source>Without traffic it is suspended.</source>
        <translation>Sin tráfico, se suspende.</translation>
    </message>
    <message>
        <source>No public ports: reachable only on the app&apos;s private network.</source>
        <translation>Sin puertos públicos: solo se alcanza en la red privada de la app.</translation>
    </message>
    <message>
        <source>No volume: what the Machine writes lasts until it stops.</source>
        <translation>Sin volumen: lo que escribe la Machine dura hasta que se detiene.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>The volume %1.</source>
        <translation>El volumen %1.</translation>
    </message>
    <message>
        <source>No environment variables or files.</source>
        <translation>Sin variables de entorno ni archivos.</translation>
    </message>
    <message>
        <source>%1, %2 and %3.</source>
        <translation>%1, %2 y %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n environment variable(s)</source>
        <translation>
            <numerusform>%n variable de entorno</numerusform>
            <numerusform>%n variables de entorno</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) of the app</source>
        <translation>
            <numerusform>%n secreto de la app</numerusform>
            <numerusform>%n secretos de la app</numerusform>
        </translation>
    </message>
    <message>
        <source>destroyed when it exits</source>
        <translation>destruida cuando termina</translation>
    </message>
    <message>
        <source>never restarted</source>
        <translation>nunca se reinicia</translation>
    </message>
    <message>
        <source>restarted by Fly.io&apos;s default policy (when it fails)</source>
        <translation>se reinicia según la política predeterminada de Fly.io (cuando falla)</translation>
    </message>
    <message>
        <source>always restarted</source>
        <translation>siempre se reinicia</translation>
    </message>
    <message numerus="yes">
        <source>restarted when it fails, up to %n time(s)</source>
        <translation>
            <numerusform>se reinicia cuando falla, hasta %n vez</numerusform>
            <numerusform>se reinicia cuando falla, hasta %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>restarted when it fails</source>
        <translation>se reinicia cuando falla</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>iniciada %1</translation>
    </message>
    <message>
        <source>standing by for %1</source>
        <translation>suplente de %1</translation>
    </message>
    <message>
        <source>Created stopped</source>
        <translation>Creada detenida</translation>
    </message>
    <message>
        <source>Started at once</source>
        <translation>Iniciada enseguida</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1; %2.</translation>
    </message>
</context>
<context>
    <name>TokenSources</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid YAML: %2</source>
        <translation>%1 no es YAML válido: %2</translation>
    </message>
    <message>
        <source>The token comes from flyctl&apos;s config.yml and has expired or been revoked: run `fly auth login` to refresh it, then launch again.</source>
        <translation>El token viene del config.yml de flyctl y ha caducado o se ha revocado: ejecute `fly auth login` para renovarlo y lance de nuevo.</translation>
    </message>
    <message>
        <source>The token comes from FLY_API_TOKEN or FLY_ACCESS_TOKEN: set a current one (`fly tokens create deploy` makes one).</source>
        <translation>El token viene de FLY_API_TOKEN o FLY_ACCESS_TOKEN: defina uno vigente (`fly tokens create deploy` crea uno).</translation>
    </message>
    <message>
        <source>Enter a current token on the Account step (`fly auth token` prints yours).</source>
        <translation>Introduzca un token vigente en el paso Cuenta (`fly auth token` imprime el suyo).</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>choose the app the Machine belongs to, or a name for a new one</source>
        <translation>elija la app a la que pertenece la Machine, o un nombre para una nueva</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid app name: use at most 63 lowercase letters, digits and dashes</source>
        <translation>«%1» no es un nombre de app válido: use como mucho 63 letras minúsculas, dígitos y guiones</translation>
    </message>
    <message>
        <source>the build folder %1 does not exist: choose the folder that holds your Dockerfile</source>
        <translation>la carpeta del build %1 no existe: elija la carpeta que contiene su Dockerfile</translation>
    </message>
    <message>
        <source>no Dockerfile at %1: choose one, or a folder that has one</source>
        <translation>no hay Dockerfile en %1: elija uno, o una carpeta que lo tenga</translation>
    </message>
    <message>
        <source>a build argument has no name: write NAME=VALUE</source>
        <translation>un argumento de build no tiene nombre: escriba NOMBRE=VALOR</translation>
    </message>
    <message>
        <source>choose an image to run (for example nginx:1.27), or a Dockerfile to build</source>
        <translation>elija una imagen que ejecutar (por ejemplo nginx:1.27), o un Dockerfile que construir</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an image reference: write it like nginx:1.27, ghcr.io/owner/app:tag or registry.fly.io/app@sha256:…</source>
        <translation>«%1» no es una referencia de imagen: escríbala como nginx:1.27, ghcr.io/owner/app:tag o registry.fly.io/app@sha256:…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a region: use a code such as ams or ord (a comma list of codes and aliases is allowed)</source>
        <translation>«%1» no es una región: use un código como ams u ord (se permite una lista de códigos y alias separados por comas)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid Machine name: use at most 63 letters, digits, dashes and underscores</source>
        <translation>«%1» no es un nombre de Machine válido: use como mucho 63 letras, dígitos, guiones y guiones bajos</translation>
    </message>
    <message>
        <source>The CPU kind given: %1, is not valid: choose shared or performance</source>
        <translation>El tipo de CPU indicado, %1, no es válido: elija shared o performance</translation>
    </message>
    <message>
        <source>For the CPU kind %1, %2 CPUs is not valid: valid numbers are %3</source>
        <translation>Para el tipo de CPU %1, %2 CPU no es válido: los números válidos son %3</translation>
    </message>
    <message>
        <source>%1 MB of memory is too little for %2 %3 CPUs: use at least %4 MB (try %5 MB)</source>
        <translation>%1 MB de memoria es muy poco para %2 CPU %3: use al menos %4 MB (pruebe %5 MB)</translation>
    </message>
    <message>
        <source>%1 MB of memory is too much for %2 %3 CPUs: use at most %4 MB (try %5 MB)</source>
        <translation>%1 MB de memoria es demasiado para %2 CPU %3: use como mucho %4 MB (pruebe %5 MB)</translation>
    </message>
    <message>
        <source>%1 MB of memory is not valid: memory comes in %2 MB steps (try %3 MB)</source>
        <translation>%1 MB de memoria no es válido: la memoria va en pasos de %2 MB (pruebe %3 MB)</translation>
    </message>
    <message>
        <source>the maximum memory (%1 MB) is below the memory (%2 MB): raise it or leave it empty</source>
        <translation>la memoria máxima (%1 MB) es menor que la memoria (%2 MB): súbala o déjela vacía</translation>
    </message>
    <message>
        <source>rootfs persistence must be never, always or restart, not &apos;%1&apos;</source>
        <translation>la persistencia del rootfs debe ser never, always o restart, no «%1»</translation>
    </message>
    <message>
        <source>the root filesystem size must not be negative</source>
        <translation>el tamaño del sistema de archivos raíz no debe ser negativo</translation>
    </message>
    <message>
        <source>the swap size must be greater than zero, or empty for no swap</source>
        <translation>el tamaño del swap debe ser mayor que cero, o vacío para no usar swap</translation>
    </message>
    <message>
        <source>the cache drive size must not be negative</source>
        <translation>el tamaño del disco de caché no debe ser negativo</translation>
    </message>
    <message>
        <source>%1 %2 is out of range: ports are 1 to 65535</source>
        <translation>%1 %2 está fuera de rango: los puertos van de 1 a 65535</translation>
    </message>
    <message>
        <source>protocol &apos;%1&apos; is not supported: use tcp or udp</source>
        <translation>el protocolo «%1» no se admite: use tcp o udp</translation>
    </message>
    <message>
        <source>internal port</source>
        <translation>puerto interno</translation>
    </message>
    <message>
        <source>the service on internal port %1 has no public port: add one or remove the service</source>
        <translation>el servicio del puerto interno %1 no tiene puerto público: añada uno o quite el servicio</translation>
    </message>
    <message>
        <source>start port</source>
        <translation>puerto inicial</translation>
    </message>
    <message>
        <source>end port</source>
        <translation>puerto final</translation>
    </message>
    <message>
        <source>the port range %1-%2 ends before it starts: write the smaller port first</source>
        <translation>el rango de puertos %1-%2 termina antes de empezar: escriba primero el puerto menor</translation>
    </message>
    <message>
        <source>port</source>
        <translation>puerto</translation>
    </message>
    <message>
        <source>handler &apos;%1&apos; is unknown: use %2</source>
        <translation>el handler «%1» es desconocido: use %2</translation>
    </message>
    <message>
        <source>autostop is on and autostart is off: once stopped, nothing starts this Machine again</source>
        <translation>autostop está activado y autostart desactivado: una vez detenida, nada vuelve a iniciar esta Machine</translation>
    </message>
    <message>
        <source>choose a volume (its id, vol_…, or its name)</source>
        <translation>elija un volumen (su id, vol_…, o su nombre)</translation>
    </message>
    <message>
        <source>the mount path &apos;%1&apos; must be absolute, like /data</source>
        <translation>la ruta de montaje «%1» debe ser absoluta, como /data</translation>
    </message>
    <message>
        <source>two volumes are mounted at %1: choose another path</source>
        <translation>hay dos volúmenes montados en %1: elija otra ruta</translation>
    </message>
    <message>
        <source>volume %1 is mounted twice: a volume attaches to one place; use another volume</source>
        <translation>el volumen %1 está montado dos veces: un volumen se conecta en un solo sitio; use otro volumen</translation>
    </message>
    <message>
        <source>an environment variable has no name: write NAME=VALUE</source>
        <translation>una variable de entorno no tiene nombre: escriba NOMBRE=VALOR</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid variable name: use letters, digits and underscores, not starting with a digit</source>
        <translation>«%1» no es un nombre de variable válido: use letras, dígitos y guiones bajos, sin empezar por un dígito</translation>
    </message>
    <message>
        <source>%1 looks like a secret: plain environment variables are visible in the Machine&apos;s config; store it with `fly secrets set` instead</source>
        <translation>%1 parece un secreto: las variables de entorno normales se ven en la configuración de la Machine; guárdelo mejor con `fly secrets set`</translation>
    </message>
    <message>
        <source>a metadata entry has no name: write NAME=VALUE</source>
        <translation>una entrada de metadatos no tiene nombre: escriba NOMBRE=VALOR</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid metadata name: use letters, digits, dots, dashes and underscores</source>
        <translation>«%1» no es un nombre de metadato válido: use letras, dígitos, puntos, guiones y guiones bajos</translation>
    </message>
    <message>
        <source>guest path, %1, must be absolute, like /etc/app.conf</source>
        <translation>la ruta del invitado, %1, debe ser absoluta, como /etc/app.conf</translation>
    </message>
    <message>
        <source>%1 is written twice; the later file wins</source>
        <translation>%1 se escribe dos veces; gana el último archivo</translation>
    </message>
    <message>
        <source>could not read file %1: choose a file that exists</source>
        <translation>no se pudo leer el archivo %1: elija un archivo que exista</translation>
    </message>
    <message>
        <source>choose the app secret that holds the file&apos;s content</source>
        <translation>elija el secreto de la app que contiene el contenido del archivo</translation>
    </message>
    <message>
        <source>invalid restart policy &apos;%1&apos;: choose no, always or on-failure</source>
        <translation>política de reinicio «%1» no válida: elija no, always u on-failure</translation>
    </message>
    <message>
        <source>the number of retries must not be negative</source>
        <translation>el número de reintentos no debe ser negativo</translation>
    </message>
    <message>
        <source>retries only count with the on-failure policy</source>
        <translation>los reintentos solo cuentan con la política on-failure</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a schedule: choose hourly, daily, weekly or monthly</source>
        <translation>«%1» no es una programación: elija hourly, daily, weekly o monthly</translation>
    </message>
    <message>
        <source>a scheduled Machine with restart &apos;always&apos; never waits for its schedule: use on-failure or no</source>
        <translation>una Machine programada con reinicio «always» nunca espera a su programación: use on-failure o no</translation>
    </message>
    <message>
        <source>a standby target is empty: list the ids of the Machines this one stands by for</source>
        <translation>un destino de suplencia está vacío: liste los id de las Machines de las que esta es suplente</translation>
    </message>
    <message>
        <source>name the process group `fly deploy` manages this Machine in (usually app)</source>
        <translation>nombre el grupo de procesos en el que `fly deploy` gestiona esta Machine (normalmente app)</translation>
    </message>
    <message>
        <source>the request is %1 KiB, over the API&apos;s 1 MiB limit: move large files into the image or a volume</source>
        <translation>la petición ocupa %1 KiB, más que el límite de 1 MiB de la API: lleve los archivos grandes a la imagen o a un volumen</translation>
    </message>
    <message>
        <source>the request is %1 KiB: large inline files slow every Machine update; consider the image or a volume</source>
        <translation>la petición ocupa %1 KiB: los archivos grandes en línea hacen más lenta cada actualización de la Machine; considere la imagen o un volumen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an organization slug: use its lowercase letters, digits and dashes, as `fly orgs list` shows them</source>
        <translation>«%1» no es el slug de una organización: use sus minúsculas, dígitos y guiones, tal como los muestra `fly orgs list`</translation>
    </message>
</context>
</TS>
