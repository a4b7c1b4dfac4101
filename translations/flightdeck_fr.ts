<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <source>The API token was not accepted (%1).</source>
        <translation>Le jeton d&apos;API n&apos;a pas été accepté (%1).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source> (Request ID: %1)</source>
        <translation> (ID de requête : %1)</translation>
    </message>
    <message>
        <source>Try choosing a different region for the Machine.</source>
        <translation>Essayez une autre région pour la Machine.</translation>
    </message>
    <message>
        <source>App names are unique across all of Fly.io, not just your organization: try a different name.</source>
        <translation>Les noms d&apos;app sont uniques sur tout Fly.io, pas seulement dans votre organisation : essayez un autre nom.</translation>
    </message>
    <message>
        <source>Replace the token in Settings (create one with `fly tokens create deploy`).</source>
        <translation>Remplacez le jeton dans les Paramètres (créez-en un avec `fly tokens create deploy`).</translation>
    </message>
    <message>
        <source>The API is rate limiting requests; wait a moment and try again.</source>
        <translation>L&apos;API limite le débit des requêtes ; attendez un instant et réessayez.</translation>
    </message>
    <message>
        <source>Check the API address in Settings; certificate errors are never ignored.</source>
        <translation>Vérifiez l&apos;adresse de l&apos;API dans les Paramètres ; les erreurs de certificat ne sont jamais ignorées.</translation>
    </message>
    <message>
        <source>Check your network connection and the API address in Settings.</source>
        <translation>Vérifiez votre connexion réseau et l&apos;adresse de l&apos;API dans les Paramètres.</translation>
    </message>
    <message>
        <source>the API</source>
        <translation>l’API</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 was not accepted: %2</source>
        <translation>Le certificat TLS de %1 n’a pas été accepté : %2</translation>
    </message>
    <message>
        <source>The connection to %1 was refused: %2</source>
        <translation>La connexion à %1 a été refusée : %2</translation>
    </message>
    <message>
        <source>The address of %1 could not be found: %2</source>
        <translation>L’adresse de %1 est introuvable : %2</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>La connexion à %1 a échoué : %2</translation>
    </message>
    <message>
        <source>No answer came from %1 in time.</source>
        <translation>%1 n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>%1 answered with a redirect to %2, which is not followed: the token goes only to the addresses in Settings.</source>
        <translation>%1 a répondu par une redirection vers %2, qui n’est pas suivie : le jeton ne va qu’aux adresses des Paramètres.</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>nulle part</translation>
    </message>
    <message>
        <source>%1 (HTTP %2 from %3)</source>
        <translation>%1 (HTTP %2 de %3)</translation>
    </message>
    <message>
        <source>The answer from %1 was HTTP %2.</source>
        <translation>La réponse de %1 était HTTP %2.</translation>
    </message>
    <message>
        <source>The answer from %1 could not be read: %2</source>
        <translation>La réponse de %1 n’a pas pu être lue : %2</translation>
    </message>
</context>
<context>
    <name>AppInventory</name>
    <message>
        <source> in %1</source>
        <translation> dans %1</translation>
    </message>
    <message>
        <source>There is no unattached volume named &apos;%1&apos;%2.</source>
        <translation>Aucun volume libre ne s&apos;appelle « %1 »%2.</translation>
    </message>
    <message>
        <source>The app has no volume %1.</source>
        <translation>L&apos;app n&apos;a pas de volume %1.</translation>
    </message>
    <message>
        <source>The volume %1 is attached to the Machine %2.</source>
        <translation>Le volume %1 est attaché à la Machine %2.</translation>
    </message>
    <message>
        <source>The volume %1 is not free (state %2).</source>
        <translation>Le volume %1 n&apos;est pas libre (état %2).</translation>
    </message>
    <message>
        <source>The volume %1 is in %2, not in %3: a volume attaches only in its own region.</source>
        <translation>Le volume %1 est dans %2, pas dans %3 : un volume ne s&apos;attache que dans sa propre région.</translation>
    </message>
    <message>
        <source>no nearest region in the answer</source>
        <translation>pas de région la plus proche dans la réponse</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>its folder %1 could not be made</source>
        <translation>son dossier %1 n’a pas pu être créé</translation>
    </message>
    <message>
        <source>another Flightdeck holds its lock file %1</source>
        <translation>un autre Flightdeck détient son fichier de verrou %1</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>%1/month</source>
        <extracomment>%1 is an amount of US dollars, such as $6.64</extracomment>
        <translation>%1/mois</translation>
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
        <translation>Lancer des Machines Fly.io depuis un assistant guidé.

  flightdeck                       ouvrir l&apos;assistant
  flightdeck PROFIL.flightdeck     ouvrir l&apos;assistant avec un profil enregistré
  flightdeck run IMAGE|CHEMIN [CMD…] [options de fly machine run]
                                   ouvrir l&apos;assistant rempli depuis une commande fly machine run
      --print-config               afficher plutôt le corps de la requête à l&apos;API Machines
      --print-command              afficher plutôt la commande fly machine run normalisée
      --yes                        lancer maintenant, sans fenêtre (et créer l&apos;app manquante)
      --builder docker|podman|buildah   le builder d&apos;images pour les builds de Dockerfile
      --api-url URL, --graphql-url URL  les points d&apos;accès (par défaut : les variables de flyctl, puis Fly.io)
      --help                       toutes les options de flightdeck run
  flightdeck token set [--plaintext] | remove | status
                                   le jeton d&apos;API dans le trousseau du système (set lit l&apos;entrée standard)
  flightdeck completion bash|zsh|fish
                                   un script de complétion pour le shell, par exemple :
                                   source &lt;(flightdeck completion bash)</translation>
    </message>
    <message>
        <source>Nothing to do without a window. Try --help.</source>
        <translation>Rien à faire sans fenêtre. Essayez --help.</translation>
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
        <translation>Utilisation :
  flightdeck token set [--plaintext]   stocker le jeton lu sur l&apos;entrée standard dans le trousseau du système
                                       (--plaintext : dans un fichier lisible par vous seul, là où il n&apos;y a pas de trousseau)
  flightdeck token remove              supprimer le jeton stocké
  flightdeck token status              dire quel jeton Flightdeck utiliserait, et d&apos;où il vient

Exemple : fly tokens create deploy | flightdeck token set</translation>
    </message>
    <message>
        <source>error: token: give the token on standard input, for example: fly tokens create deploy | flightdeck token set</source>
        <translation>erreur : jeton : donnez le jeton sur l&apos;entrée standard, par exemple : fly tokens create deploy | flightdeck token set</translation>
    </message>
    <message>
        <source>error: token: this system has no keychain (Secret Service). Set FLY_API_TOKEN for this session only, or run `flightdeck token set --plaintext` to store the token unencrypted in %1.</source>
        <translation>erreur : jeton : ce système n&apos;a pas de trousseau (Secret Service). Définissez FLY_API_TOKEN pour cette session seulement, ou lancez `flightdeck token set --plaintext` pour stocker le jeton non chiffré dans %1.</translation>
    </message>
    <message>
        <source>error: token: the keychain refused to store it: %1</source>
        <translation>erreur : jeton : le trousseau a refusé de le stocker : %1</translation>
    </message>
    <message>
        <source>warning: no keychain is available; the token is stored UNENCRYPTED in %1 (readable by you only). Remove it with `flightdeck token remove`.</source>
        <translation>avertissement : aucun trousseau disponible ; le jeton est stocké NON CHIFFRÉ dans %1 (lisible par vous seul). Supprimez-le avec `flightdeck token remove`.</translation>
    </message>
    <message>
        <source>The token is stored.</source>
        <translation>Le jeton est stocké.</translation>
    </message>
    <message>
        <source>The stored token is removed.</source>
        <translation>Le jeton stocké est supprimé.</translation>
    </message>
    <message>
        <source>Using %1 from the environment (kept in memory only).</source>
        <translation>Utilisation de %1 depuis l&apos;environnement (gardé en mémoire seulement).</translation>
    </message>
    <message>
        <source>Using the token in flyctl&apos;s %1.</source>
        <translation>Utilisation du jeton de %1 de flyctl.</translation>
    </message>
    <message>
        <source>Stored UNENCRYPTED in %1.</source>
        <translation>Stocké NON CHIFFRÉ dans %1.</translation>
    </message>
    <message>
        <source>Stored in the system keychain.</source>
        <translation>Stocké dans le trousseau du système.</translation>
    </message>
    <message>
        <source>No token: set FLY_API_TOKEN, or store one with `flightdeck token set`.</source>
        <translation>Pas de jeton : définissez FLY_API_TOKEN, ou stockez-en un avec `flightdeck token set`.</translation>
    </message>
    <message>
        <source>Flightdeck %1, Qt %2, KSyntaxHighlighting %3, QtKeychain %4</source>
        <translation>Flightdeck %1, Qt %2, KSyntaxHighlighting %3, QtKeychain %4</translation>
    </message>
    <message>
        <source>(built with Qt %1)</source>
        <translation>(compilé avec Qt %1)</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Affiche les informations de version.</translation>
    </message>
</context>
<context>
    <name>CreateRequestCodec</name>
    <message>
        <source>config must be an object</source>
        <translation>config doit être un objet</translation>
    </message>
    <message>
        <source>%1 must be a list of strings</source>
        <translation>%1 doit être une liste de chaînes</translation>
    </message>
    <message>
        <source>%1 must be an object of strings</source>
        <translation>%1 doit être un objet de chaînes</translation>
    </message>
    <message>
        <source>%1.%2 must be a string</source>
        <translation>%1.%2 doit être une chaîne</translation>
    </message>
    <message>
        <source>invalid autostop string value &quot;%1&quot;</source>
        <translation>valeur de chaîne autostop invalide « %1 »</translation>
    </message>
    <message>
        <source>skip_secrets must be false: the Machine always gets the app&apos;s secrets</source>
        <translation>skip_secrets doit valoir false : la Machine reçoit toujours les secrets de l’app</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>The platform could not start the image: %1</source>
        <translation>La plateforme n&apos;a pas pu démarrer l&apos;image : %1</translation>
    </message>
    <message>
        <source>Check the image reference and that the registry allows the pull.</source>
        <translation>Vérifiez la référence de l&apos;image et que le registre autorise le téléchargement.</translation>
    </message>
    <message>
        <source>once</source>
        <translation>une fois</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1 fois</translation>
    </message>
    <message>
        <source>The Machine ran out of memory and was killed (%1).</source>
        <translation>La Machine a manqué de mémoire et a été tuée (%1).</translation>
    </message>
    <message>
        <source>Give it more memory.</source>
        <translation>Donnez-lui plus de mémoire.</translation>
    </message>
    <message>
        <source>The command was not found in the image (exit code 127, %1).</source>
        <translation>La commande est introuvable dans l&apos;image (code de sortie 127, %1).</translation>
    </message>
    <message>
        <source>Check the command and the entrypoint.</source>
        <translation>Vérifiez la commande et le point d&apos;entrée.</translation>
    </message>
    <message>
        <source>The command is not executable (exit code 126, %1).</source>
        <translation>La commande n&apos;est pas exécutable (code de sortie 126, %1).</translation>
    </message>
    <message>
        <source>The Machine is in a restart loop: its process exited %1 times in %2 s, the last time with code %3.</source>
        <translation>La Machine redémarre en boucle : son processus s&apos;est arrêté %1 fois en %2 s, la dernière fois avec le code %3.</translation>
    </message>
    <message>
        <source>Look at the command and at what the process printed before each exit (the Machine&apos;s log); the restart policy &quot;no&quot; stops the loop while you look.</source>
        <translation>Regardez la commande et ce que le processus a affiché avant chaque arrêt (le journal de la Machine) ; la politique de redémarrage « no » arrête la boucle le temps de regarder.</translation>
    </message>
    <message>
        <source>The Machine&apos;s process exited with code %1 (%2).</source>
        <translation>Le processus de la Machine s&apos;est arrêté avec le code %1 (%2).</translation>
    </message>
    <message>
        <source>Look at the command, the environment and the files it needs; the Machine&apos;s log shows what it printed.</source>
        <translation>Regardez la commande, l&apos;environnement et les fichiers dont elle a besoin ; le journal de la Machine montre ce qu&apos;elle a affiché.</translation>
    </message>
    <message>
        <source>The Machine&apos;s process finished right after starting (exit code 0, %1).</source>
        <translation>Le processus de la Machine s&apos;est terminé juste après le démarrage (code de sortie 0, %1).</translation>
    </message>
    <message>
        <source>A Machine runs as long as its main process: give it a command that keeps running, or a schedule.</source>
        <translation>Une Machine tourne tant que son processus principal tourne : donnez-lui une commande qui continue, ou une planification.</translation>
    </message>
    <message>
        <source>The Machine ran out of memory: the kernel killed its process (%1 MB).</source>
        <translation>La Machine a manqué de mémoire : le noyau a tué son processus (%1 Mo).</translation>
    </message>
    <message>
        <source>Give it more memory, or make the app use less.</source>
        <translation>Donnez-lui plus de mémoire, ou faites consommer moins à l&apos;app.</translation>
    </message>
    <message>
        <source>The image could not be pulled: %1</source>
        <translation>L&apos;image n&apos;a pas pu être téléchargée : %1</translation>
    </message>
    <message>
        <source>Check the image reference, and that the registry lets Fly pull it (a private registry needs credentials).</source>
        <translation>Vérifiez la référence de l&apos;image, et que le registre laisse Fly la télécharger (un registre privé demande des identifiants).</translation>
    </message>
    <message>
        <source>The app listens on port %1, but the service sends its traffic to port %2.</source>
        <translation>L&apos;app écoute sur le port %1, mais le service envoie son trafic au port %2.</translation>
    </message>
    <message>
        <source>Set the service&apos;s internal port to %1, or make the app listen on %2.</source>
        <translation>Réglez le port interne du service sur %1, ou faites écouter l&apos;app sur %2.</translation>
    </message>
    <message>
        <source>The app listens on %1, where Fly Proxy cannot reach it.</source>
        <translation>L&apos;app écoute sur %1, où Fly Proxy ne peut pas l&apos;atteindre.</translation>
    </message>
    <message>
        <source>a local address</source>
        <translation>une adresse locale</translation>
    </message>
    <message>
        <source>Make the app listen on %1 (all addresses, not 127.0.0.1 or localhost).</source>
        <translation>Faites écouter l&apos;app sur %1 (toutes les adresses, pas 127.0.0.1 ni localhost).</translation>
    </message>
    <message>
        <source>The app listens on %1:%2, where Fly Proxy cannot reach it.</source>
        <translation>L&apos;app écoute sur %1:%2, où Fly Proxy ne peut pas l&apos;atteindre.</translation>
    </message>
    <message>
        <source>Make the app listen on 0.0.0.0:%1 (all addresses, not 127.0.0.1 or localhost).</source>
        <translation>Faites écouter l&apos;app sur 0.0.0.0:%1 (toutes les adresses, pas 127.0.0.1 ni localhost).</translation>
    </message>
    <message>
        <source>The app says %1 is not set.</source>
        <translation>L&apos;app indique que %1 n&apos;est pas défini.</translation>
    </message>
    <message>
        <source>Add %1 on Environment and files, or set it as a secret of the app (fly secrets set %1=…).</source>
        <translation>Ajoutez %1 dans Environnement et fichiers, ou définissez-le comme secret de l&apos;app (fly secrets set %1=…).</translation>
    </message>
    <message>
        <source>The app could not find the file %1.</source>
        <translation>L&apos;app n&apos;a pas trouvé le fichier %1.</translation>
    </message>
    <message>
        <source>Write the file into the Machine on Environment and files, or mount the volume that holds it.</source>
        <translation>Écrivez le fichier dans la Machine dans Environnement et fichiers, ou montez le volume qui le contient.</translation>
    </message>
    <message>
        <source>The health check %1 is still %2 after %3 s: %4</source>
        <translation>Le health check %1 est toujours %2 après %3 s : %4</translation>
    </message>
    <message>
        <source>no output</source>
        <translation>aucune sortie</translation>
    </message>
    <message>
        <source>Nothing answered on the port the check probes. The app must listen on 0.0.0.0 or [::] (not 127.0.0.1 or localhost) at the service&apos;s internal port, or the internal port must be the one the app listens on.</source>
        <translation>Rien n&apos;a répondu sur le port que le check sonde. L&apos;app doit écouter sur 0.0.0.0 ou [::] (pas 127.0.0.1 ni localhost) au port interne du service, ou le port interne doit être celui sur lequel l&apos;app écoute.</translation>
    </message>
    <message>
        <source>The app answered, but not with success: check the health check&apos;s path, or what the app returns there.</source>
        <translation>L&apos;app a répondu, mais sans succès : vérifiez le chemin du health check, ou ce que l&apos;app y renvoie.</translation>
    </message>
    <message>
        <source>Look at the check&apos;s settings and at the Machine&apos;s log.</source>
        <translation>Regardez les réglages du check et le journal de la Machine.</translation>
    </message>
    <message>
        <source>Check the image&apos;s name and tag, and that its registry holds it (a private registry needs credentials).</source>
        <translation>Vérifiez le nom et le tag de l&apos;image, et que son registre la contient (un registre privé demande des identifiants).</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>looking for one</source>
        <translation>recherche en cours</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>being checked</source>
        <translation>en cours de vérification</translation>
    </message>
    <message>
        <source>accepted by the API</source>
        <translation>accepté par l&apos;API</translation>
    </message>
    <message>
        <source>refused by the API</source>
        <translation>refusé par l&apos;API</translation>
    </message>
    <message>
        <source>not checked: the API could not be reached</source>
        <translation>non vérifié : l&apos;API était injoignable</translation>
    </message>
    <message>
        <source>Qt built: %1</source>
        <translation>Qt compilé : %1</translation>
    </message>
    <message>
        <source>System: %1 (%2, kernel %3)</source>
        <translation>Système : %1 (%2, noyau %3)</translation>
    </message>
    <message>
        <source>Display: %1</source>
        <translation>Affichage : %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Langue : %1</translation>
    </message>
    <message>
        <source>Machines API: %1</source>
        <translation>API Machines : %1</translation>
    </message>
    <message>
        <source>GraphQL API: %1</source>
        <translation>API GraphQL : %1</translation>
    </message>
    <message>
        <source>Registry: %1</source>
        <translation>Registre : %1</translation>
    </message>
    <message>
        <source>Token: %1, %2</source>
        <translation>Jeton : %1, %2</translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation>Trousseau : %1</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>indisponible</translation>
    </message>
</context>
<context>
    <name>Endpoints</name>
    <message>
        <source>Machines API: %1</source>
        <translation>API Machines : %1</translation>
    </message>
    <message>
        <source>GraphQL API: %1</source>
        <translation>API GraphQL : %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a URL: write it like https://api.machines.dev</source>
        <translation>« %1 » n&apos;est pas une URL : écrivez-la comme https://api.machines.dev</translation>
    </message>
    <message>
        <source>%1 uses plain http to a remote host; Flightdeck sends your token only over https (http is allowed for 127.0.0.1 and localhost)</source>
        <translation>%1 utilise http en clair vers un hôte distant ; Flightdeck n&apos;envoie votre jeton que par https (http est permis pour 127.0.0.1 et localhost)</translation>
    </message>
    <message>
        <source>%1: only https URLs (or http to this computer) are supported</source>
        <translation>%1 : seules les URL https (ou http vers cet ordinateur) sont prises en charge</translation>
    </message>
</context>
<context>
    <name>FlagHelp</name>
    <message>
        <source>The app the Machine belongs to (else FLY_APP, then the app in fly.toml)</source>
        <translation>L&apos;app à laquelle appartient la Machine (sinon FLY_APP, puis l&apos;app de fly.toml)</translation>
    </message>
    <message>
        <source>The organization of a new app (else FLY_ORG)</source>
        <translation>L&apos;organisation d&apos;une nouvelle app (sinon FLY_ORG)</translation>
    </message>
    <message>
        <source>Where the Machine runs, such as ams or ord (else the region nearest to you)</source>
        <translation>Où tourne la Machine, par exemple ams ou ord (sinon la région la plus proche de vous)</translation>
    </message>
    <message>
        <source>The Machine&apos;s name, unique in the app (else one is generated)</source>
        <translation>Le nom de la Machine, unique dans l&apos;app (sinon un nom est généré)</translation>
    </message>
    <message>
        <source>The fly.toml to read the app and the build from</source>
        <translation>Le fly.toml d&apos;où lire l&apos;app et le build</translation>
    </message>
    <message>
        <source>A Machine config to start from: inline JSON or a .json file; the other flags apply on top</source>
        <translation>Une config de Machine de départ : JSON en ligne ou fichier .json ; les autres options s&apos;appliquent par-dessus</translation>
    </message>
    <message>
        <source>Removed: use fly machine update</source>
        <translation>Retiré : utilisez fly machine update</translation>
    </message>
    <message>
        <source>Build the image from this Dockerfile instead of pulling one</source>
        <translation>Construire l&apos;image depuis ce Dockerfile au lieu d&apos;en télécharger une</translation>
    </message>
    <message>
        <source>A build argument, NAME=VALUE (repeatable)</source>
        <translation>Un argument de build, NOM=VALEUR (répétable)</translation>
    </message>
    <message>
        <source>The stage of a multi-stage Dockerfile to build</source>
        <translation>L&apos;étape d&apos;un Dockerfile multi-étapes à construire</translation>
    </message>
    <message>
        <source>Build without the builder&apos;s cache</source>
        <translation>Construire sans le cache du builder</translation>
    </message>
    <message>
        <source>The tag of the built image in Fly&apos;s registry (else deployment-&lt;id&gt;)</source>
        <translation>Le tag de l&apos;image construite dans le registre de Fly (sinon deployment-&lt;id&gt;)</translation>
    </message>
    <message>
        <source>Replace the image&apos;s entrypoint (split as a shell splits words)</source>
        <translation>Remplacer le point d&apos;entrée de l&apos;image (découpé comme le fait un shell)</translation>
    </message>
    <message>
        <source>A kernel argument for the Machine (repeatable; replaces the config&apos;s)</source>
        <translation>Un argument du noyau pour la Machine (répétable ; remplace ceux de la config)</translation>
    </message>
    <message>
        <source>A size preset, such as shared-cpu-1x or performance-2x</source>
        <translation>Un préréglage de taille, comme shared-cpu-1x ou performance-2x</translation>
    </message>
    <message>
        <source>The number of CPUs</source>
        <translation>Le nombre de CPU</translation>
    </message>
    <message>
        <source>shared or performance</source>
        <translation>shared ou performance</translation>
    </message>
    <message>
        <source>Memory, in MB or with a unit such as 1gb</source>
        <translation>Mémoire, en Mo ou avec une unité comme 1gb</translation>
    </message>
    <message>
        <source>The most memory the Machine may grow to, in MB or with a unit</source>
        <translation>La mémoire maximale que la Machine peut atteindre, en Mo ou avec une unité</translation>
    </message>
    <message>
        <source>Removed: GPU Machines are no longer offered</source>
        <translation>Retiré : les Machines GPU ne sont plus proposées</translation>
    </message>
    <message>
        <source>Run on the dedicated hosts of this group</source>
        <translation>Tourner sur les hôtes dédiés de ce groupe</translation>
    </message>
    <message>
        <source>Keep the root file system: never, always or restart</source>
        <translation>Garder le système de fichiers racine : never, always ou restart</translation>
    </message>
    <message>
        <source>The root file system&apos;s size, in GB or with a unit</source>
        <translation>La taille du système de fichiers racine, en Go ou avec une unité</translation>
    </message>
    <message>
        <source>Swap space, in MB or with a unit</source>
        <translation>Espace d&apos;échange, en Mo ou avec une unité</translation>
    </message>
    <message>
        <source>A cache drive, in MB or with a unit (0: none)</source>
        <translation>Un disque de cache, en Mo ou avec une unité (0 : aucun)</translation>
    </message>
    <message>
        <source>A public port: port[:internal][/protocol[:handler…]], such as 443:8080/tcp:tls:http</source>
        <translation>Un port public : port[:interne][/protocole[:handler…]], comme 443:8080/tcp:tls:http</translation>
    </message>
    <message>
        <source>Start the Machine when a request arrives</source>
        <translation>Démarrer la Machine quand une requête arrive</translation>
    </message>
    <message>
        <source>Without traffic: off, stop or suspend (a bare --autostop is stop)</source>
        <translation>Sans trafic : off, stop ou suspend (un --autostop seul vaut stop)</translation>
    </message>
    <message>
        <source>Leave the Machine out of the app&apos;s internal DNS</source>
        <translation>Exclure la Machine du DNS interne de l&apos;app</translation>
    </message>
    <message>
        <source>Stand by for these Machines, started only when one fails</source>
        <translation>En attente pour ces Machines, démarrée seulement si l&apos;une tombe en panne</translation>
    </message>
    <message>
        <source>Mount a volume: &lt;volume id or name&gt;:/path</source>
        <translation>Monter un volume : &lt;id ou nom du volume&gt;:/chemin</translation>
    </message>
    <message>
        <source>An environment variable, NAME=VALUE (repeatable)</source>
        <translation>Une variable d&apos;environnement, NOM=VALEUR (répétable)</translation>
    </message>
    <message>
        <source>Metadata, NAME=VALUE (repeatable)</source>
        <translation>Métadonnées, NOM=VALEUR (répétable)</translation>
    </message>
    <message>
        <source>Write a local file into the Machine: /guest/path=local/path</source>
        <translation>Écrire un fichier local dans la Machine : /chemin/invité=chemin/local</translation>
    </message>
    <message>
        <source>Write text into the Machine: /guest/path=text</source>
        <translation>Écrire du texte dans la Machine : /chemin/invité=texte</translation>
    </message>
    <message>
        <source>Write an app secret into the Machine: /guest/path=SECRET_NAME</source>
        <translation>Écrire un secret de l&apos;app dans la Machine : /chemin/invité=NOM_DU_SECRET</translation>
    </message>
    <message>
        <source>When the Machine restarts: no, always or on-failure</source>
        <translation>Quand la Machine redémarre : no, always ou on-failure</translation>
    </message>
    <message>
        <source>Destroy the Machine when it exits</source>
        <translation>Détruire la Machine quand elle s&apos;arrête</translation>
    </message>
    <message>
        <source>Start the Machine hourly, daily, weekly or monthly</source>
        <translation>Démarrer la Machine toutes les heures, chaque jour, chaque semaine ou chaque mois</translation>
    </message>
    <message>
        <source>Do not wait for the health checks once the Machine runs</source>
        <translation>Ne pas attendre les health checks une fois la Machine lancée</translation>
    </message>
    <message>
        <source>Do not wait for the health checks</source>
        <translation>Ne pas attendre les health checks</translation>
    </message>
    <message>
        <source>Seconds to wait for the Machine to start</source>
        <translation>Secondes d&apos;attente du démarrage de la Machine</translation>
    </message>
    <message>
        <source>A temporary Machine with a shell, destroyed when the shell ends</source>
        <translation>Une Machine temporaire avec un shell, détruite à la fin du shell</translation>
    </message>
    <message>
        <source>The user of the --shell session</source>
        <translation>L&apos;utilisateur de la session --shell</translation>
    </message>
    <message>
        <source>The shell of the --shell session</source>
        <translation>Le shell de la session --shell</translation>
    </message>
    <message>
        <source>Ignored: the token comes from the keychain or FLY_API_TOKEN, never a command line</source>
        <translation>Ignoré : le jeton vient du trousseau ou de FLY_API_TOKEN, jamais d&apos;une ligne de commande</translation>
    </message>
    <message>
        <source>Launch now, without the window, and create a missing app</source>
        <translation>Lancer maintenant, sans fenêtre, et créer l&apos;app manquante</translation>
    </message>
    <message>
        <source>App and place</source>
        <translation>App et lieu</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Volumes, environment and files</source>
        <translation>Volumes, environnement et fichiers</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Cycle de vie</translation>
    </message>
    <message>
        <source>Accepted for compatibility with flyctl, no effect here</source>
        <translation>Accepté pour la compatibilité avec flyctl, sans effet ici</translation>
    </message>
    <message>
        <source>flyctl&apos;s global flags</source>
        <translation>Options globales de flyctl</translation>
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
        <translation>impossible de lire le fichier de config de machine %1</translation>
    </message>
    <message>
        <source>invalid machine config source: &quot;%1&quot; (give inline JSON starting with &apos;{&apos; or a path ending in .json)</source>
        <translation>source de config de machine invalide : « %1 » (donnez du JSON commençant par « { » ou un chemin finissant par .json)</translation>
    </message>
    <message>
        <source>invalid machine config &quot;%1&quot;: %2</source>
        <translation>config de machine invalide « %1 » : %2</translation>
    </message>
    <message>
        <source>invalid key/value pairs specified for flag %1: &apos;%2&apos; must be in the format NAME=VALUE</source>
        <translation>paires clé/valeur invalides pour l&apos;option %1 : « %2 » doit être au format NOM=VALEUR</translation>
    </message>
    <message>
        <source>--port %1: %2</source>
        <translation>--port %1 : %2</translation>
    </message>
    <message>
        <source>invalid entrypoint: %1</source>
        <translation>point d&apos;entrée invalide : %1</translation>
    </message>
    <message>
        <source>The &apos;on-fail&apos; restart policy is deprecated. Use &apos;on-failure&apos; instead.</source>
        <translation>La politique de redémarrage « on-fail » est obsolète. Utilisez « on-failure ».</translation>
    </message>
    <message>
        <source>invalid restart provided: &apos;%1&apos; (choose no, always or on-failure)</source>
        <translation>politique de redémarrage invalide : « %1 » (choisissez no, always ou on-failure)</translation>
    </message>
    <message>
        <source>Can&apos;t infer volume and mount path from &apos;%1&apos; (write &lt;volume id or name&gt;:/path)</source>
        <translation>Impossible de déduire le volume et le point de montage de « %1 » (écrivez &lt;id ou nom du volume&gt;:/chemin)</translation>
    </message>
    <message>
        <source>--%1 has no effect without a build: give a folder (./ or /…) or --dockerfile</source>
        <translation>--%1 est sans effet sans build : donnez un dossier (./ ou /…) ou --dockerfile</translation>
    </message>
    <message>
        <source>invalid build-arg: &apos;%1&apos;: must be in the format NAME=VALUE</source>
        <translation>build-arg invalide : « %1 » : doit être au format NOM=VALEUR</translation>
    </message>
    <message>
        <source>--autostart and --autostop apply to services, and there are none: add a --port</source>
        <translation>--autostart et --autostop s&apos;appliquent aux services, et il n&apos;y en a aucun : ajoutez un --port</translation>
    </message>
    <message>
        <source>invalid autostop value &quot;%1&quot; (choose off, stop or suspend)</source>
        <translation>valeur autostop invalide « %1 » (choisissez off, stop ou suspend)</translation>
    </message>
    <message>
        <source>failed to read --%1: invalid --%1 argument %2 (write /guest/path=VALUE)</source>
        <translation>lecture de --%1 impossible : argument %2 invalide pour --%1 (écrivez /chemin/invité=VALEUR)</translation>
    </message>
    <message>
        <source>failed to read --%1: guest path, %2, must be absolute</source>
        <translation>lecture de --%1 impossible : le chemin invité, %2, doit être absolu</translation>
    </message>
    <message>
        <source>--wait-timeout takes seconds from 1 to 3600, got &apos;%1&apos;</source>
        <translation>--wait-timeout prend des secondes de 1 à 3600, reçu « %1 »</translation>
    </message>
    <message>
        <source>to update an existing machine, use &apos;flyctl machine update&apos;</source>
        <translation>pour modifier une machine existante, utilisez « flyctl machine update »</translation>
    </message>
    <message>
        <source>--access-token is ignored: Flightdeck takes the token from the keychain or the environment, never from a command line</source>
        <translation>--access-token est ignoré : Flightdeck prend le jeton dans le trousseau ou l&apos;environnement, jamais sur une ligne de commande</translation>
    </message>
    <message>
        <source>cannot split the command line: %1</source>
        <translation>impossible de découper la ligne de commande : %1</translation>
    </message>
    <message>
        <source>invalid argument &quot;%1&quot; for &quot;%2&quot; flag: strconv.ParseBool: parsing &quot;%1&quot;: invalid syntax</source>
        <translation>argument « %1 » invalide pour l&apos;option « %2 » : strconv.ParseBool: parsing « %1 »: invalid syntax</translation>
    </message>
    <message>
        <source>invalid argument &quot;%1&quot; for &quot;%2&quot; flag: strconv.ParseInt: parsing &quot;%1&quot;: invalid syntax</source>
        <translation>argument « %1 » invalide pour l&apos;option « %2 » : strconv.ParseInt: parsing « %1 »: invalid syntax</translation>
    </message>
    <message>
        <source>unknown flag: --%1</source>
        <translation>option inconnue : --%1</translation>
    </message>
    <message>
        <source>flag needs an argument: --%1</source>
        <translation>l&apos;option demande un argument : --%1</translation>
    </message>
    <message>
        <source>unknown shorthand flag: &apos;%1&apos; in %2</source>
        <translation>option courte inconnue : « %1 » dans %2</translation>
    </message>
    <message>
        <source>flag needs an argument: &apos;%1&apos; in %2</source>
        <translation>l&apos;option demande un argument : « %1 » dans %2</translation>
    </message>
    <message>
        <source>GPU machines are no longer supported: choose a shared or performance size instead of &apos;%1&apos;</source>
        <translation>les machines GPU ne sont plus prises en charge : choisissez une taille shared ou performance au lieu de « %1 »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an invalid machine size, choose one of: [%2]</source>
        <translation>« %1 » n&apos;est pas une taille de machine valide, choisissez parmi : [%2]</translation>
    </message>
    <message>
        <source>invalid machine preset requested, &apos;%1&apos;, expected to start with &apos;shared&apos; or &apos;performance&apos;</source>
        <translation>préréglage de machine invalide, « %1 » : il doit commencer par « shared » ou « performance »</translation>
    </message>
    <message>
        <source>--vm-cpus must be greater than zero, got: %1</source>
        <translation>--vm-cpus doit être supérieur à zéro, reçu : %1</translation>
    </message>
    <message>
        <source>invalid size: invalid size: &apos;%1&apos;</source>
        <translation>taille invalide : taille invalide : « %1 »</translation>
    </message>
    <message>
        <source>--vm-memory cannot be zero</source>
        <translation>--vm-memory ne peut pas être zéro</translation>
    </message>
    <message>
        <source>--vm-max-memory cannot be zero</source>
        <translation>--vm-max-memory ne peut pas être zéro</translation>
    </message>
    <message>
        <source>--vm-cpu-kind must be set to &apos;shared&apos; or &apos;performance&apos;</source>
        <translation>--vm-cpu-kind doit valoir « shared » ou « performance »</translation>
    </message>
    <message>
        <source>GPU machines are no longer supported: --vm-gpu-kind and --vm-gpus are no longer accepted</source>
        <translation>les machines GPU ne sont plus prises en charge : --vm-gpu-kind et --vm-gpus ne sont plus acceptés</translation>
    </message>
    <message>
        <source>invalid rootfs-persist value, must be one of: never, always, restart</source>
        <translation>valeur rootfs-persist invalide, elle doit être l&apos;une de : never, always, restart</translation>
    </message>
    <message>
        <source>invalid rootfs size: invalid size: invalid size: &apos;%1&apos;</source>
        <translation>taille de rootfs invalide : taille invalide : taille invalide : « %1 »</translation>
    </message>
    <message>
        <source>--rootfs-size must not be negative</source>
        <translation>--rootfs-size ne doit pas être négatif</translation>
    </message>
    <message>
        <source>invalid swap size: invalid size: &apos;%1&apos;</source>
        <translation>taille de swap invalide : taille invalide : « %1 »</translation>
    </message>
    <message>
        <source>--swap-size must be greater than zero</source>
        <translation>--swap-size doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>invalid cachedrive size: invalid size: &apos;%1&apos;</source>
        <translation>taille de cachedrive invalide : taille invalide : « %1 »</translation>
    </message>
    <message>
        <source>--cachedrive-size must not be negative</source>
        <translation>--cachedrive-size ne doit pas être négatif</translation>
    </message>
    <message>
        <source>port must be at most two elements (ports/protocol:handler)</source>
        <translation>un port a au plus deux éléments (ports/protocole:handler)</translation>
    </message>
    <message>
        <source>invalid port: %1</source>
        <translation>port invalide : %1</translation>
    </message>
    <message>
        <source>invalid machine (internal) port: %1</source>
        <translation>port (interne) de machine invalide : %1</translation>
    </message>
    <message>
        <source>invalid external port: %1</source>
        <translation>port externe invalide : %1</translation>
    </message>
    <message>
        <source>invalid start port for port range: %1</source>
        <translation>port de début de plage invalide : %1</translation>
    </message>
    <message>
        <source>invalid end port for port range: %1</source>
        <translation>port de fin de plage invalide : %1</translation>
    </message>
    <message>
        <source>external port must be at most 2 elements (port, or range start-end)</source>
        <translation>un port externe a au plus 2 éléments (port, ou plage début-fin)</translation>
    </message>
    <message>
        <source>port definition must be at most 2 elements (external:internal)</source>
        <translation>une définition de port a au plus 2 éléments (externe:interne)</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>ce n’est pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>Flightdeck::ApiClient</name>
    <message numerus="yes">
        <source>it is larger than %n MiB, so it was not read to the end</source>
        <translation>
            <numerusform>elle dépasse %n Mio, elle n’a donc pas été lue jusqu’au bout</numerusform>
            <numerusform>elle dépasse %n Mio, elle n’a donc pas été lue jusqu’au bout</numerusform>
        </translation>
    </message>
    <message>
        <source>it is not JSON</source>
        <translation>ce n’est pas du JSON</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Cli::HeadlessLaunch</name>
    <message>
        <source>the keychain could not be read: %1</source>
        <translation>le trousseau n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Machine %1 (%2) is %3</source>
        <translation>La Machine %1 (%2) est %3</translation>
    </message>
    <message>
        <source>region:     %1</source>
        <translation>région :     %1</translation>
    </message>
    <message>
        <source>private IP: %1</source>
        <translation>IP privée :  %1</translation>
    </message>
    <message>
        <source>requests:   %1</source>
        <translation>requêtes :   %1</translation>
    </message>
    <message>
        <source>hint: %1</source>
        <translation>conseil : %1</translation>
    </message>
    <message>
        <source>already created: %1</source>
        <translation>déjà créé : %1</translation>
    </message>
</context>
<context>
    <name>Flightdeck::ImageBuilder</name>
    <message>
        <source>No image builder was found: install docker, podman or buildah.</source>
        <translation>Aucun builder d&apos;images trouvé : installez docker, podman ou buildah.</translation>
    </message>
    <message>
        <source>The chosen image builder, %1, is not installed.</source>
        <translation>Le builder d&apos;images choisi, %1, n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>Cancelled during the %1.</source>
        <translation>Annulé (%1).</translation>
    </message>
    <message>
        <source>The image %1 failed (%2 exited with %3): %4</source>
        <translation>L&apos;image %1 a échoué (%2 s&apos;est terminé avec %3) : %4</translation>
    </message>
    <message>
        <source>%1 could not be started.</source>
        <translation>%1 n&apos;a pas pu être démarré.</translation>
    </message>
    <message>
        <source>No private folder for the registry login could be made: %1</source>
        <translation>Aucun dossier privé n’a pu être créé pour la connexion au registre : %1</translation>
    </message>
</context>
<context>
    <name>Flightdeck::KeychainTokenStore</name>
    <message>
        <source>No keychain is available on this system.</source>
        <translation>Aucun trousseau n&apos;est disponible sur ce système.</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Launcher</name>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Cancelled before anything was created.</source>
        <translation>Annulé avant toute création.</translation>
    </message>
    <message>
        <source>Cancelled. Already created: %1.</source>
        <translation>Annulé. Déjà créé : %1.</translation>
    </message>
    <message>
        <source>There is no API token.</source>
        <translation>Il n&apos;y a pas de jeton d&apos;API.</translation>
    </message>
    <message>
        <source>Add one in Settings, or set FLY_API_TOKEN.</source>
        <translation>Ajoutez-en un dans les Paramètres, ou définissez FLY_API_TOKEN.</translation>
    </message>
    <message>
        <source>Change the API address in Settings.</source>
        <translation>Changez l&apos;adresse de l&apos;API dans les Paramètres.</translation>
    </message>
    <message>
        <source>present; the first request confirms it</source>
        <translation>présent ; la première requête le confirme</translation>
    </message>
    <message>
        <source>No app was chosen.</source>
        <translation>Aucune app n&apos;a été choisie.</translation>
    </message>
    <message>
        <source>Choose an existing app or name a new one.</source>
        <translation>Choisissez une app existante ou nommez-en une nouvelle.</translation>
    </message>
    <message>
        <source>%1 (confirmed by the create request)</source>
        <translation>%1 (confirmée par la requête de création)</translation>
    </message>
    <message>
        <source>looking up the app</source>
        <translation>recherche de l&apos;app</translation>
    </message>
    <message>
        <source>%1 exists</source>
        <translation>%1 existe</translation>
    </message>
    <message>
        <source>looking up the app&apos;s volumes</source>
        <translation>recherche des volumes de l&apos;app</translation>
    </message>
    <message>
        <source>Create one, or choose another volume or region.</source>
        <translation>Créez-en un, ou choisissez un autre volume ou une autre région.</translation>
    </message>
    <message>
        <source>%1; volumes %2</source>
        <translation>%1 ; volumes %2</translation>
    </message>
    <message>
        <source>The app &apos;%1&apos; does not exist.</source>
        <translation>L&apos;app « %1 » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Create it: confirm in the wizard, or add --yes (and --org) on the command line.</source>
        <translation>Créez-la : confirmez dans l&apos;assistant, ou ajoutez --yes (et --org) sur la ligne de commande.</translation>
    </message>
    <message>
        <source>creating the app %1 in %2</source>
        <translation>création de l&apos;app %1 dans %2</translation>
    </message>
    <message>
        <source>the answer was lost (%1); checking whether the app exists</source>
        <translation>la réponse a été perdue (%1) ; vérification de l&apos;existence de l&apos;app</translation>
    </message>
    <message>
        <source>the app %1</source>
        <translation>l&apos;app %1</translation>
    </message>
    <message>
        <source>%1 created</source>
        <translation>%1 créée</translation>
    </message>
    <message>
        <source>No image was chosen.</source>
        <translation>Aucune image n&apos;a été choisie.</translation>
    </message>
    <message>
        <source>Give an image reference such as nginx:1.27.</source>
        <translation>Donnez une référence d&apos;image comme nginx:1.27.</translation>
    </message>
    <message>
        <source>%1 (the platform resolves it)</source>
        <translation>%1 (la plateforme la résout)</translation>
    </message>
    <message>
        <source>checking %1 in its registry</source>
        <translation>vérification de %1 dans son registre</translation>
    </message>
    <message>
        <source>Check the image reference, or build the image from its Dockerfile.</source>
        <translation>Vérifiez la référence de l&apos;image, ou construisez l&apos;image depuis son Dockerfile.</translation>
    </message>
    <message>
        <source>%1 found in its registry</source>
        <translation>%1 trouvée dans son registre</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>building %1 for %2</source>
        <translation>construction de %1 pour %2</translation>
    </message>
    <message>
        <source>logging in to the registry</source>
        <translation>connexion au registre</translation>
    </message>
    <message>
        <source>pushing %1</source>
        <translation>envoi de %1</translation>
    </message>
    <message>
        <source>The build log above shows the details.</source>
        <translation>Le journal de build ci-dessus donne les détails.</translation>
    </message>
    <message>
        <source>the image %1</source>
        <translation>l&apos;image %1</translation>
    </message>
    <message>
        <source>sending again (attempt %1)</source>
        <translation>nouvel envoi (tentative %1)</translation>
    </message>
    <message>
        <source>rate limited; trying again in %1 s</source>
        <translation>débit limité ; nouvel essai dans %1 s</translation>
    </message>
    <message>
        <source>the answer was lost (%1); looking for this launch&apos;s Machine</source>
        <translation>la réponse a été perdue (%1) ; recherche de la Machine de ce lancement</translation>
    </message>
    <message>
        <source>%1 Whether a Machine was created could not be checked (%2); look at the app&apos;s Machines before launching again.</source>
        <translation>%1 Impossible de vérifier si une Machine a été créée (%2) ; regardez les Machines de l&apos;app avant de relancer.</translation>
    </message>
    <message>
        <source>not listed yet; looking again</source>
        <translation>pas encore listée ; nouvelle recherche</translation>
    </message>
    <message>
        <source>the Machine %1</source>
        <translation>la Machine %1</translation>
    </message>
    <message>
        <source>%1 (%2) in %3</source>
        <translation>%1 (%2) dans %3</translation>
    </message>
    <message>
        <source>a standby stays stopped until it is needed</source>
        <translation>une Machine de secours reste arrêtée jusqu&apos;à ce qu&apos;on en ait besoin</translation>
    </message>
    <message>
        <source>create only</source>
        <translation>création seule</translation>
    </message>
    <message>
        <source>The Machine did not start within %1 seconds.</source>
        <translation>La Machine n&apos;a pas démarré en %1 secondes.</translation>
    </message>
    <message>
        <source>started</source>
        <translation>démarrée</translation>
    </message>
    <message>
        <source>The Machine is %1 instead of started.</source>
        <translation>La Machine est %1 au lieu de démarrée.</translation>
    </message>
    <message>
        <source>still %1</source>
        <translation>toujours %1</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>en démarrage</translation>
    </message>
    <message>
        <source>detached</source>
        <translation>détachée</translation>
    </message>
    <message>
        <source>running; no health checks</source>
        <translation>en marche ; aucun health check</translation>
    </message>
    <message numerus="yes">
        <source>running; %n health check(s) not watched (--skip-health-checks)</source>
        <translation>
            <numerusform>en marche ; %n health check non surveillé (--skip-health-checks)</numerusform>
            <numerusform>en marche ; %n health checks non surveillés (--skip-health-checks)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting for %n health check(s) to pass</source>
        <translation>
            <numerusform>attente de la réussite de %n health check</numerusform>
            <numerusform>attente de la réussite de %n health checks</numerusform>
        </translation>
    </message>
    <message>
        <source>the process exited and flyd restarts it; watching whether it stays up</source>
        <translation>le processus s&apos;est arrêté et flyd le redémarre ; on surveille s&apos;il tient</translation>
    </message>
    <message>
        <source>watching for %1 s</source>
        <translation>surveillance pendant %1 s</translation>
    </message>
    <message>
        <source>check %1: %2</source>
        <translation>check %1 : %2</translation>
    </message>
    <message>
        <source>check %1: %2 — %3</source>
        <translation>check %1 : %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>running; %n health check(s) passing</source>
        <translation>
            <numerusform>en marche ; %n health check réussi</numerusform>
            <numerusform>en marche ; %n health checks réussis</numerusform>
        </translation>
    </message>
    <message>
        <source>Look at the Machine&apos;s events and its log.</source>
        <translation>Regardez les événements de la Machine et son journal.</translation>
    </message>
    <message>
        <source>reading the Machine&apos;s log for the cause</source>
        <translation>lecture du journal de la Machine pour trouver la cause</translation>
    </message>
    <message numerus="yes">
        <source>running again after %n restart(s)</source>
        <translation>
            <numerusform>de nouveau en marche après %n redémarrage</numerusform>
            <numerusform>de nouveau en marche après %n redémarrages</numerusform>
        </translation>
    </message>
    <message>
        <source>it names no Machine</source>
        <translation>elle ne nomme aucune Machine</translation>
    </message>
    <message>
        <source>it is not a list of Machines</source>
        <translation>ce n’est pas une liste de Machines</translation>
    </message>
</context>
<context>
    <name>Flightdeck::LogStream</name>
    <message>
        <source>the answer was not a page of log lines</source>
        <translation>la réponse n&apos;était pas une page de lignes de journal</translation>
    </message>
    <message>
        <source>The log could not be read: %1</source>
        <translation>Le journal n&apos;a pas pu être lu : %1</translation>
    </message>
</context>
<context>
    <name>Flightdeck::MachineAction</name>
    <message>
        <source>Start</source>
        <extracomment>a verb: what the action does to the Machine (also the title of its messages)</extracomment>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Stop</source>
        <extracomment>a verb, the Machine action</extracomment>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Détruire</translation>
    </message>
    <message>
        <source>Update</source>
        <extracomment>a verb: send a new config to the Machine</extracomment>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <source>Could not start %1</source>
        <translation>Impossible de démarrer %1</translation>
    </message>
    <message>
        <source>Could not stop %1</source>
        <translation>Impossible d&apos;arrêter %1</translation>
    </message>
    <message>
        <source>Could not restart %1</source>
        <translation>Impossible de redémarrer %1</translation>
    </message>
    <message>
        <source>Could not suspend %1</source>
        <translation>Impossible de suspendre %1</translation>
    </message>
    <message>
        <source>Could not destroy %1</source>
        <translation>Impossible de détruire %1</translation>
    </message>
    <message>
        <source>Could not update %1</source>
        <translation>Impossible de mettre à jour %1</translation>
    </message>
    <message>
        <source>Taking the lease on %1…</source>
        <translation>Prise du bail sur %1…</translation>
    </message>
    <message>
        <source>Could not take the lease on %1</source>
        <translation>Impossible de prendre le bail sur %1</translation>
    </message>
    <message>
        <source>the lease&apos;s answer has no nonce</source>
        <translation>la réponse du bail n&apos;a pas de nonce</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>Démarrage de %1…</translation>
    </message>
    <message>
        <source>Stopping %1…</source>
        <translation>Arrêt de %1…</translation>
    </message>
    <message>
        <source>Restarting %1…</source>
        <translation>Redémarrage de %1…</translation>
    </message>
    <message>
        <source>Suspending %1…</source>
        <translation>Suspension de %1…</translation>
    </message>
    <message>
        <source>Destroying %1…</source>
        <translation>Destruction de %1…</translation>
    </message>
    <message>
        <source>Sending the new config to %1…</source>
        <translation>Envoi de la nouvelle config à %1…</translation>
    </message>
    <message numerus="yes">
        <source>it was not %1 after %n second(s)</source>
        <translation>
            <numerusform>elle n&apos;était pas %1 après %n seconde</numerusform>
            <numerusform>elle n&apos;était pas %1 après %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not finish</source>
        <translation>%1 ne s&apos;est pas terminé</translation>
    </message>
    <message>
        <source>Waiting until %1 is %2…</source>
        <translation>Attente que %1 soit %2…</translation>
    </message>
    <message>
        <source>Started %1.</source>
        <translation>%1 démarrée.</translation>
    </message>
    <message>
        <source>Stopped %1.</source>
        <translation>%1 arrêtée.</translation>
    </message>
    <message>
        <source>Restarted %1.</source>
        <translation>%1 redémarrée.</translation>
    </message>
    <message>
        <source>Suspended %1.</source>
        <translation>%1 suspendue.</translation>
    </message>
    <message>
        <source>Destroyed %1.</source>
        <translation>%1 détruite.</translation>
    </message>
    <message>
        <source>Updated %1; it runs the new config (version %2).</source>
        <translation>%1 mise à jour ; elle tourne avec la nouvelle config (version %2).</translation>
    </message>
    <message>
        <source>Updated %1; it stays stopped until it is started (version %2).</source>
        <translation>%1 mise à jour ; elle reste arrêtée jusqu&apos;à son démarrage (version %2).</translation>
    </message>
    <message numerus="yes">
        <source>The lease could not be given back (%1); it ends by itself within %n second(s).</source>
        <translation>
            <numerusform>Le bail n&apos;a pas pu être rendu (%1) ; il prend fin de lui-même en %n seconde.</numerusform>
            <numerusform>Le bail n&apos;a pas pu être rendu (%1) ; il prend fin de lui-même en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: someone else is changing this Machine (%2). Try again once their lease ends.</source>
        <translation>%1 : quelqu&apos;un d&apos;autre modifie cette Machine (%2). Réessayez quand son bail aura pris fin.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Preflight</name>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>The token</source>
        <translation>Le jeton</translation>
    </message>
    <message>
        <source>The token and the organization</source>
        <translation>Le jeton et l&apos;organisation</translation>
    </message>
    <message>
        <source>The API refused the token: %1</source>
        <translation>L&apos;API a refusé le jeton : %1</translation>
    </message>
    <message>
        <source>The API accepts the token.</source>
        <translation>L&apos;API accepte le jeton.</translation>
    </message>
    <message>
        <source>The token cannot reach the organization %1 (it reaches %2).</source>
        <translation>Le jeton n&apos;atteint pas l&apos;organisation %1 (il atteint %2).</translation>
    </message>
    <message>
        <source>The API accepts the token, and it reaches the organization %1.</source>
        <translation>L&apos;API accepte le jeton, et il atteint l&apos;organisation %1.</translation>
    </message>
    <message>
        <source>The app %1</source>
        <translation>L&apos;app %1</translation>
    </message>
    <message>
        <source>%1 exists, and this token may launch Machines in it.</source>
        <translation>%1 existe, et ce jeton peut y lancer des Machines.</translation>
    </message>
    <message>
        <source>The name is free: launching creates the app %1 in %2.</source>
        <translation>Le nom est libre : le lancement crée l&apos;app %1 dans %2.</translation>
    </message>
    <message>
        <source>%1 belongs to an organization this token cannot reach: choose another name.</source>
        <translation>%1 appartient à une organisation que ce jeton n&apos;atteint pas : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The region %1</source>
        <translation>La région %1</translation>
    </message>
    <message>
        <source>The platform has no region %1.</source>
        <translation>La plateforme n&apos;a pas de région %1.</translation>
    </message>
    <message>
        <source>%1 (%2) is being retired: choose another region.</source>
        <translation>%1 (%2) va être retirée : choisissez une autre région.</translation>
    </message>
    <message>
        <source>%1 (%2, paid plans only)</source>
        <translation>%1 (%2, offres payantes seulement)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 × %2 CPU, %3 MB</source>
        <translation>%1 × %2 CPU, %3 Mo</translation>
    </message>
    <message>
        <source>%1; whether it has room could not be asked: %2</source>
        <translation>%1 ; impossible de demander s&apos;il y a de la place : %2</translation>
    </message>
    <message>
        <source>%1 has no room for a Machine of %2 now: choose another region or size.</source>
        <translation>%1 n&apos;a pas de place pour une Machine de %2 en ce moment : choisissez une autre région ou taille.</translation>
    </message>
    <message>
        <source>%1 has room for a Machine of %2 (it would go to %3).</source>
        <translation>%1 a de la place pour une Machine de %2 (elle irait vers %3).</translation>
    </message>
    <message>
        <source>The volumes</source>
        <translation>Les volumes</translation>
    </message>
    <message>
        <source>The app does not exist yet, so it has none of the volumes %1: create the app and its volumes first.</source>
        <translation>L&apos;app n&apos;existe pas encore, elle n&apos;a donc aucun des volumes %1 : créez d&apos;abord l&apos;app et ses volumes.</translation>
    </message>
    <message>
        <source>%1 (%2, %3 GB, %4)</source>
        <translation>%1 (%2, %3 Go, %4)</translation>
    </message>
    <message>
        <source>Free and ready: %1.</source>
        <translation>Libre et prêt : %1.</translation>
    </message>
    <message>
        <source>Ready: %1.</source>
        <translation>Prêt : %1.</translation>
    </message>
    <message>
        <source>The secrets the files come from</source>
        <translation>Les secrets d&apos;où viennent les fichiers</translation>
    </message>
    <message>
        <source>The app does not exist yet, so it has no secrets: set %1 with fly secrets set after creating it.</source>
        <translation>L&apos;app n&apos;existe pas encore, elle n&apos;a donc pas de secrets : définissez %1 avec fly secrets set après l&apos;avoir créée.</translation>
    </message>
    <message>
        <source>The app has no secret %1: set it with fly secrets set, or choose another.</source>
        <translation>L&apos;app n&apos;a pas de secret %1 : définissez-le avec fly secrets set, ou choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The app has %1.</source>
        <translation>L&apos;app a %1.</translation>
    </message>
    <message>
        <source>The image %1</source>
        <translation>L&apos;image %1</translation>
    </message>
    <message>
        <source>Not asked: the Machines API is a simulator on this computer, which resolves public images itself.</source>
        <translation>Non demandé : l&apos;API Machines est un simulateur sur cet ordinateur, qui résout lui-même les images publiques.</translation>
    </message>
    <message>
        <source>Found in its registry.</source>
        <translation>Trouvée dans son registre.</translation>
    </message>
    <message>
        <source>Found in its registry (%1).</source>
        <translation>Trouvée dans son registre (%1).</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::AccountPage</name>
    <message>
        <source>Keep it in the system &amp;keychain</source>
        <translation>Le garder dans le &amp;trousseau du système</translation>
    </message>
    <message>
        <source>Keep it in memory for this &amp;session only</source>
        <translation>Le garder en mémoire pour cette sess&amp;ion seulement</translation>
    </message>
    <message>
        <source>&amp;Use this token</source>
        <translation>&amp;Utiliser ce jeton</translation>
    </message>
    <message>
        <source>Fo&amp;rget the stored token</source>
        <translation>&amp;Oublier le jeton stocké</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Flightdeck has no token yet.&lt;/b&gt; Until it has one, every step can still be filled in and the preview shows the request; launching needs the token. Any one of these gives it one:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Paste a token below. Create it with &lt;code&gt;fly tokens create org&lt;/code&gt; (it can also create apps in that organization) or &lt;code&gt;fly tokens create deploy -a APP&lt;/code&gt; (one existing app), or on the Tokens page of the Fly.io dashboard. &lt;a href=&quot;%1&quot;&gt;Which token to create&lt;/a&gt;&lt;/li&gt;&lt;li&gt;Start Flightdeck with the token in the &lt;code&gt;FLY_API_TOKEN&lt;/code&gt; environment variable.&lt;/li&gt;&lt;li&gt;Sign in with flyctl (&lt;code&gt;fly auth login&lt;/code&gt;): Flightdeck uses the token flyctl keeps.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Flightdeck n&apos;a pas encore de jeton.&lt;/b&gt; En attendant, chaque étape peut être remplie et l&apos;aperçu montre la requête ; le lancement a besoin du jeton. L&apos;une de ces façons lui en donne un :&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Collez un jeton ci-dessous. Créez-le avec &lt;code&gt;fly tokens create org&lt;/code&gt; (il peut aussi créer des apps dans cette organisation) ou &lt;code&gt;fly tokens create deploy -a APP&lt;/code&gt; (une app existante), ou sur la page Tokens du tableau de bord de Fly.io. &lt;a href=&quot;%1&quot;&gt;Quel jeton créer&lt;/a&gt;&lt;/li&gt;&lt;li&gt;Démarrez Flightdeck avec le jeton dans la variable d&apos;environnement &lt;code&gt;FLY_API_TOKEN&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;Connectez-vous avec flyctl (&lt;code&gt;fly auth login&lt;/code&gt;) : Flightdeck utilise le jeton que garde flyctl.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton d&apos;API</translation>
    </message>
    <message>
        <source>paste the token here</source>
        <translation>collez le jeton ici</translation>
    </message>
    <message>
        <source>Flightdeck talks to the Machines API at &lt;b&gt;%1&lt;/b&gt; with your Fly.io API token. The token is never written to a profile, the history, a log or the preview.</source>
        <translation>Flightdeck parle à l&apos;API Machines sur &lt;b&gt;%1&lt;/b&gt; avec votre jeton d&apos;API Fly.io. Le jeton n&apos;est jamais écrit dans un profil, l&apos;historique, un journal ou l&apos;aperçu.</translation>
    </message>
    <message>
        <source>Token in use:</source>
        <translation>Jeton utilisé :</translation>
    </message>
    <message>
        <source>New &amp;token:</source>
        <translation>Nouveau &amp;jeton :</translation>
    </message>
    <message>
        <source>Remember it:</source>
        <translation>Le mémoriser :</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>the token is still being checked</source>
        <translation>le jeton est encore en cours de vérification</translation>
    </message>
    <message>
        <source>no API token: paste one below (create it with `fly tokens create deploy`)</source>
        <translation>pas de jeton d&apos;API : collez-en un ci-dessous (créez-le avec `fly tokens create deploy`)</translation>
    </message>
    <message>
        <source>the API refused this token: paste a current one below</source>
        <translation>l&apos;API a refusé ce jeton : collez-en un valide ci-dessous</translation>
    </message>
    <message>
        <source>the token could not be checked because the API did not answer; lists stay empty until it does</source>
        <translation>le jeton n&apos;a pas pu être vérifié car l&apos;API n&apos;a pas répondu ; les listes restent vides jusqu&apos;à sa réponse</translation>
    </message>
    <message>
        <source>Looking for a token…</source>
        <translation>Recherche d&apos;un jeton…</translation>
    </message>
    <message>
        <source>No token found in FLY_API_TOKEN, flyctl&apos;s configuration or the keychain.</source>
        <translation>Aucun jeton trouvé dans FLY_API_TOKEN, la configuration de flyctl ou le trousseau.</translation>
    </message>
    <message>
        <source>Checking the token (%1)…</source>
        <translation>Vérification du jeton (%1)…</translation>
    </message>
    <message>
        <source>Accepted by the API — %1.</source>
        <translation>Accepté par l&apos;API — %1.</translation>
    </message>
    <message>
        <source>Refused by the API (%1): %2</source>
        <translation>Refusé par l&apos;API (%1) : %2</translation>
    </message>
    <message>
        <source>Not checked (%1): %2</source>
        <translation>Non vérifié (%1) : %2</translation>
    </message>
    <message>
        <source>This system has no keychain (Secret Service); run `flightdeck token set --plaintext` to opt in to an owner-only file.</source>
        <translation>Ce système n&apos;a pas de trousseau (Secret Service) ; lancez `flightdeck token set --plaintext` pour accepter un fichier lisible par vous seul.</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::ApiSession</name>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Le trousseau n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>flyctl&apos;s configuration could not be read: %1</source>
        <translation>La configuration de flyctl n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>Stored in the system keychain.</source>
        <translation>Stocké dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Not stored: %1 The token is kept for this session only.</source>
        <translation>Non stocké : %1 Le jeton est gardé pour cette session seulement.</translation>
    </message>
    <message>
        <source>Removed from the keychain.</source>
        <translation>Supprimé du trousseau.</translation>
    </message>
    <message>
        <source>Could not remove it from the keychain: %1</source>
        <translation>Impossible de le supprimer du trousseau : %1</translation>
    </message>
    <message>
        <source>stored in the system keychain</source>
        <translation>stocké dans le trousseau du système</translation>
    </message>
    <message>
        <source>from the environment variable %1</source>
        <translation>depuis la variable d&apos;environnement %1</translation>
    </message>
    <message>
        <source>from flyctl&apos;s configuration (%1)</source>
        <translation>depuis la configuration de flyctl (%1)</translation>
    </message>
    <message>
        <source>kept in memory for this session only</source>
        <translation>gardé en mémoire pour cette session seulement</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>That is not a token: paste the output of `fly tokens create deploy` or `fly auth token`.</source>
        <translation>Ce n&apos;est pas un jeton : collez la sortie de `fly tokens create deploy` ou `fly auth token`.</translation>
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
        <translation>choisissez une des apps de l&apos;organisation, ou tapez un nouveau nom</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>Dossier du projet</translation>
    </message>
    <message>
        <source>optional: a folder with fly.toml</source>
        <translation>facultatif : dossier de fly.toml</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>&amp;App:</source>
        <translation>&amp;App :</translation>
    </message>
    <message>
        <source>Pro&amp;ject folder:</source>
        <translation>Dossier du pro&amp;jet :</translation>
    </message>
    <message>
        <source>App and organization</source>
        <translation>App et organisation</translation>
    </message>
    <message>
        <source>the name %1 belongs to another organization: choose another name</source>
        <translation>le nom %1 appartient à une autre organisation : choisissez un autre nom</translation>
    </message>
    <message>
        <source>Loading your organizations…</source>
        <translation>Chargement de vos organisations…</translation>
    </message>
    <message>
        <source>Could not load the organizations: %1</source>
        <translation>Les organisations n&apos;ont pas pu être chargées : %1</translation>
    </message>
    <message>
        <source>%1 (personal)</source>
        <translation>%1 (personnelle)</translation>
    </message>
    <message>
        <source>Loading the apps of %1…</source>
        <translation>Chargement des apps de %1…</translation>
    </message>
    <message>
        <source>Could not load the apps: %1</source>
        <translation>Les apps n&apos;ont pas pu être chargées : %1</translation>
    </message>
    <message>
        <source>%1 has no apps yet: type a name to create one.</source>
        <translation>%1 n&apos;a pas encore d&apos;apps : tapez un nom pour en créer une.</translation>
    </message>
    <message numerus="yes">
        <source>An existing app of %1 with %n Machine(s).</source>
        <translation>
            <numerusform>Une app existante de %1 avec %n Machine.</numerusform>
            <numerusform>Une app existante de %1 avec %n Machines.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked: the API is not connected.</source>
        <translation>Non vérifié : l&apos;API n&apos;est pas connectée.</translation>
    </message>
    <message>
        <source>Checking whether %1 is free…</source>
        <translation>Vérification de la disponibilité de %1…</translation>
    </message>
    <message>
        <source>Could not check the name: %1</source>
        <translation>Impossible de vérifier le nom : %1</translation>
    </message>
    <message>
        <source>A new app: the name is free. Flightdeck creates it in %1 when you launch.</source>
        <translation>Une nouvelle app : le nom est libre. Flightdeck la crée dans %1 au lancement.</translation>
    </message>
    <message>
        <source>Taken: this name belongs to an app outside %1.</source>
        <translation>Pris : ce nom appartient à une app hors de %1.</translation>
    </message>
    <message>
        <source>fly.toml could not be read: %1</source>
        <translation>fly.toml n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>App %1 from fly.toml.</source>
        <translation>App %1 depuis fly.toml.</translation>
    </message>
    <message>
        <source>No fly.toml in this folder.</source>
        <translation>Pas de fly.toml dans ce dossier.</translation>
    </message>
    <message>
        <source>The image will be built from %1.</source>
        <translation>L&apos;image sera construite depuis %1.</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::ArgumentsEdit</name>
    <message>
        <source>%1, one argument per row</source>
        <translation>%1, un argument par ligne</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Edit one argument per row instead of a shell-like line</source>
        <translation>Modifier un argument par ligne au lieu d&apos;une ligne façon shell</translation>
    </message>
    <message>
        <source>Edit %1 as a list</source>
        <translation>Modifier %1 comme une liste</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::ChecklistView</name>
    <message>
        <source>checking</source>
        <translation>vérification</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>could not check</source>
        <translation>vérification impossible</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Changer…</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Changer : %1</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::CommandPage</name>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Entrypoint</source>
        <translation>Point d&apos;entrée</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Commande :</translation>
    </message>
    <message>
        <source>&amp;Entrypoint:</source>
        <translation>Po&amp;int d&apos;entrée :</translation>
    </message>
    <message>
        <source>Write them as in a shell — quotes keep spaces, for example  sh -c &apos;echo hello&apos; — or switch to List and give one argument per row.</source>
        <translation>Écrivez-les comme dans un shell — les guillemets gardent les espaces, par exemple  sh -c &apos;echo hello&apos; — ou passez à Liste et donnez un argument par ligne.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>empty: the image has none</source>
        <translation>vide : l&apos;image n&apos;en a pas</translation>
    </message>
    <message>
        <source>empty: from the image, %1</source>
        <translation>vide : depuis l&apos;image, %1</translation>
    </message>
    <message>
        <source>empty: the image&apos;s CMD</source>
        <translation>vide : le CMD de l&apos;image</translation>
    </message>
    <message>
        <source>empty: the image&apos;s ENTRYPOINT</source>
        <translation>vide : l&apos;ENTRYPOINT de l&apos;image</translation>
    </message>
    <message>
        <source>it starts in %1</source>
        <translation>elle démarre dans %1</translation>
    </message>
    <message>
        <source>it runs as the user %1</source>
        <translation>elle tourne en tant qu&apos;utilisateur %1</translation>
    </message>
    <message>
        <source>From the image: %1.</source>
        <translation>Depuis l&apos;image : %1.</translation>
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
        <translation>Variables d&apos;environnement</translation>
    </message>
    <message>
        <source>&amp;Environment variables (secrets belong in `fly secrets set`, not here):</source>
        <translation>&amp;Variables d&apos;environnement (les secrets vont dans `fly secrets set`, pas ici) :</translation>
    </message>
    <message>
        <source>Fi&amp;les written into the Machine:</source>
        <translation>Fic&amp;hiers écrits dans la Machine :</translation>
    </message>
    <message>
        <source>Environment and files</source>
        <translation>Environnement et fichiers</translation>
    </message>
    <message>
        <source>Loading the secret names of %1…</source>
        <translation>Chargement des noms de secrets de %1…</translation>
    </message>
    <message>
        <source>Could not load the app&apos;s secrets: %1</source>
        <translation>Les secrets de l&apos;app n&apos;ont pas pu être chargés : %1</translation>
    </message>
    <message>
        <source>%1 has no secrets yet (set them with `fly secrets set`).</source>
        <translation>%1 n&apos;a pas encore de secrets (définissez-les avec `fly secrets set`).</translation>
    </message>
    <message>
        <source>Secrets of %1 to choose from: %2</source>
        <translation>Secrets de %1 au choix : %2</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::FilesTable</name>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Path in the Machine</source>
        <extracomment>column headings; &quot;Source&quot; is where a file&apos;s content comes from (text, a local file, a secret)</extracomment>
        <translation>Chemin dans la Machine</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Add &amp;text</source>
        <translation>Ajouter du te&amp;xte</translation>
    </message>
    <message>
        <source>Add lo&amp;cal file…</source>
        <translation>Ajouter un fichier lo&amp;cal…</translation>
    </message>
    <message>
        <source>A file on this computer; its bytes are sent with the request</source>
        <translation>Un fichier sur cet ordinateur ; ses octets sont envoyés avec la requête</translation>
    </message>
    <message>
        <source>Add sec&amp;ret</source>
        <translation>Ajouter un sec&amp;ret</translation>
    </message>
    <message>
        <source>Edit te&amp;xt…</source>
        <translation>M&amp;odifier le texte…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <source>A file to write into the Machine</source>
        <translation>Un fichier à écrire dans la Machine</translation>
    </message>
    <message>
        <source>File content</source>
        <translation>Contenu du fichier</translation>
    </message>
    <message>
        <source>Source of file %1</source>
        <translation>Source du fichier %1</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Fichier local</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Imported bytes</source>
        <translation>Octets importés</translation>
    </message>
    <message>
        <source>Secret for file %1</source>
        <translation>Secret du fichier %1</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) from the imported config</source>
        <translation>
            <numerusform>%n octet de la config importée</numerusform>
            <numerusform>%n octets de la config importée</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to edit one line, or use Edit text… for several</source>
        <translation>Double-cliquez pour modifier une ligne, ou utilisez Modifier le texte… pour plusieurs</translation>
    </message>
    <message>
        <source>A path on this computer; its bytes are sent with the request</source>
        <translation>Un chemin sur cet ordinateur ; ses octets sont envoyés avec la requête</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::GuideDialog</name>
    <message>
        <source>Flightdeck guide</source>
        <translation>Guide de Flightdeck</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::HistoryDialog</name>
    <message>
        <source>&amp;Open in the wizard</source>
        <translation>&amp;Ouvrir dans l&apos;assistant</translation>
    </message>
    <message>
        <source>&amp;Relaunch exactly this</source>
        <translation>&amp;Relancer exactement celui-ci</translation>
    </message>
    <message>
        <source>Launch history</source>
        <translation>Historique des lancements</translation>
    </message>
    <message>
        <source>Past launches</source>
        <translation>Lancements passés</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>column headings: the time of a launch, its app, how it ended, the Machine it made</extracomment>
        <translation>Quand</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>The request as sent</source>
        <translation>La requête telle qu&apos;envoyée</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Choose one launch to see its request, or two to compare them.</source>
        <translation>Choisissez un lancement pour voir sa requête, ou deux pour les comparer.</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::ImagePage</name>
    <message>
        <source>An image from a &amp;registry</source>
        <translation>Une image d&apos;un &amp;registre</translation>
    </message>
    <message>
        <source>B&amp;uild from a Dockerfile</source>
        <translation>Constr&amp;uire depuis un Dockerfile</translation>
    </message>
    <message>
        <source>Image reference</source>
        <translation>Référence de l&apos;image</translation>
    </message>
    <message>
        <source>for example nginx:1.27 or registry.fly.io/my-app:latest</source>
        <translation>par exemple nginx:1.27 ou registry.fly.io/my-app:latest</translation>
    </message>
    <message>
        <source>Build</source>
        <extracomment>a noun: the group of build settings (folder, Dockerfile, target)</extracomment>
        <translation>Build</translation>
    </message>
    <message>
        <source>Build folder</source>
        <translation>Dossier de build</translation>
    </message>
    <message>
        <source>the folder sent to the builder</source>
        <translation>le dossier envoyé au builder</translation>
    </message>
    <message>
        <source>Dockerfile</source>
        <translation>Dockerfile</translation>
    </message>
    <message>
        <source>empty: the folder&apos;s Dockerfile</source>
        <translation>vide : le Dockerfile du dossier</translation>
    </message>
    <message>
        <source>Build target</source>
        <translation>Cible du build</translation>
    </message>
    <message>
        <source>optional: a stage of a multi-stage Dockerfile</source>
        <translation>facultatif : une étape du Dockerfile</translation>
    </message>
    <message>
        <source>Do not use the build &amp;cache</source>
        <translation>Ne pas utiliser le &amp;cache de build</translation>
    </message>
    <message>
        <source>Build arguments</source>
        <translation>Arguments de build</translation>
    </message>
    <message>
        <source>Image engine</source>
        <translation>Moteur d&apos;images</translation>
    </message>
    <message>
        <source>The first one installed (none found: install docker, podman or buildah)</source>
        <translation>Le premier installé (aucun trouvé : installez docker, podman ou buildah)</translation>
    </message>
    <message>
        <source>The first one installed (here: %1)</source>
        <translation>Le premier installé (ici : %1)</translation>
    </message>
    <message>
        <source>Dockerfile contents</source>
        <translation>Contenu du Dockerfile</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>P&amp;arcourir…</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>&amp;Dockerfile:</source>
        <translation>Doc&amp;kerfile :</translation>
    </message>
    <message>
        <source>Engin&amp;e:</source>
        <translation>Mo&amp;teur :</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>Ci&amp;ble :</translation>
    </message>
    <message>
        <source>Build ar&amp;guments:</source>
        <translation>Ar&amp;guments de build :</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Image :</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::ImportActions</name>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importé.</translation>
    </message>
    <message>
        <source>Imported %1, except: %2</source>
        <translation>%1 importé, sauf : %2</translation>
    </message>
    <message>
        <source>Import a fly machine run command</source>
        <translation>Importer une commande fly machine run</translation>
    </message>
    <message>
        <source>Paste the command (with or without `fly machine run`):</source>
        <translation>Collez la commande (avec ou sans `fly machine run`) :</translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>Rien d&apos;importé : %1</translation>
    </message>
    <message>
        <source>%1 (changes nothing here)</source>
        <translation>%1 (ne change rien ici)</translation>
    </message>
    <message>
        <source>the command</source>
        <translation>la commande</translation>
    </message>
    <message>
        <source>Import a Machine config</source>
        <translation>Importer une config de Machine</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n&apos;a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>a Machine config is a JSON object</source>
        <translation>une config de Machine est un objet JSON</translation>
    </message>
    <message>
        <source>the Machine config</source>
        <translation>la config de Machine</translation>
    </message>
    <message>
        <source>Choose the app first: the Machines to clone are the app&apos;s.</source>
        <translation>Choisissez d&apos;abord l&apos;app : les Machines à cloner sont celles de l&apos;app.</translation>
    </message>
    <message>
        <source>Clone a Machine of %1</source>
        <translation>Cloner une Machine de %1</translation>
    </message>
    <message>
        <source>&amp;Machine:</source>
        <translation>&amp;Machine :</translation>
    </message>
    <message>
        <source>Loading the Machines of %1…</source>
        <translation>Chargement des Machines de %1…</translation>
    </message>
    <message>
        <source>%1 — %2 in %3 (%4)</source>
        <translation>%1 — %2 dans %3 (%4)</translation>
    </message>
    <message>
        <source>%1 has no Machines.</source>
        <translation>%1 n&apos;a pas de Machines.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>the volume %1 (a volume mounts on one Machine: choose another on the Volumes step)</source>
        <translation>le volume %1 (un volume se monte sur une seule Machine : choisissez-en un autre à l&apos;étape Volumes)</translation>
    </message>
    <message>
        <source>the config of %1</source>
        <translation>la config de %1</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::JsonPreview</name>
    <message>
        <source>First, the app is created:</source>
        <translation>D&apos;abord, l&apos;app est créée :</translation>
    </message>
    <message>
        <source>Then the Machine:</source>
        <translation>Puis la Machine :</translation>
    </message>
    <message>
        <source>Request preview</source>
        <translation>Aperçu de la requête</translation>
    </message>
    <message>
        <source>Request method and path</source>
        <translation>Méthode et chemin de la requête</translation>
    </message>
    <message>
        <source>The request that creates the app</source>
        <translation>La requête qui crée l&apos;app</translation>
    </message>
    <message>
        <source>Machines API request preview</source>
        <translation>Aperçu de la requête à l&apos;API Machines</translation>
    </message>
    <message>
        <source>Editable: valid changes fill the form</source>
        <translation>Modifiable : les changements valides remplissent le formulaire</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::KeyValueTable</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <source>Add the KEY=VALUE lines on the clipboard</source>
        <translation>Ajouter les lignes CLÉ=VALEUR du presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Import .env…</source>
        <translation>&amp;Importer .env…</translation>
    </message>
    <message>
        <source>Add the variables of a .env file</source>
        <translation>Ajouter les variables d&apos;un fichier .env</translation>
    </message>
    <message>
        <source>Import a .env file</source>
        <translation>Importer un fichier .env</translation>
    </message>
    <message>
        <source>Some lines were skipped</source>
        <translation>Certaines lignes ont été ignorées</translation>
    </message>
    <message>
        <source>These lines are not KEY=VALUE:
%1</source>
        <translation>Ces lignes ne sont pas de la forme CLÉ=VALEUR :
%1</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::LaunchController</name>
    <message>
        <source>a Machine in %1</source>
        <translation>une Machine dans %1</translation>
    </message>
    <message>
        <source>%1 was not destroyed: %2</source>
        <translation>%1 n&apos;a pas été détruite : %2</translation>
    </message>
    <message>
        <source>%1 is destroyed; the session is over.</source>
        <translation>%1 est détruite ; la session est terminée.</translation>
    </message>
    <message>
        <source>This launch could not be added to the history %1: %2</source>
        <translation>Ce lancement n’a pas pu être ajouté à l’historique %1 : %2</translation>
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
        <translation>Afficher le lancement</translation>
    </message>
    <message>
        <source>Open the log</source>
        <translation>Ouvrir le journal</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Destroy…</source>
        <translation>Détruire…</translation>
    </message>
    <message>
        <source>Launch again</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <source>No launches in flight</source>
        <translation>Aucun lancement en cours</translation>
    </message>
    <message>
        <source>Launching %1…</source>
        <translation>Lancement de %1…</translation>
    </message>
    <message>
        <source>Last launches</source>
        <translation>Derniers lancements</translation>
    </message>
    <message>
        <source>%1: started</source>
        <translation>%1 : démarrée</translation>
    </message>
    <message>
        <source>%1: did not start</source>
        <translation>%1 : n&apos;a pas démarré</translation>
    </message>
    <message>
        <source>Show Flightdeck</source>
        <translation>Afficher Flightdeck</translation>
    </message>
    <message numerus="yes">
        <source>Flightdeck — %n launch(es) in flight</source>
        <translation>
            <numerusform>Flightdeck — %n lancement en cours</numerusform>
            <numerusform>Flightdeck — %n lancements en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>Machine %1 is %2</source>
        <translation>La Machine %1 est %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>%1 did not start</source>
        <translation>%1 n&apos;a pas démarré</translation>
    </message>
    <message>
        <source>The launch failed.</source>
        <translation>Le lancement a échoué.</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::LaunchView</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Copy the Machine &amp;id</source>
        <translation>Copier l&apos;&amp;id de la Machine</translation>
    </message>
    <message>
        <source>Open the app&apos;s &amp;dashboard</source>
        <translation>Ouvrir le tableau de &amp;bord de l&apos;app</translation>
    </message>
    <message>
        <source>Launch &amp;another like this</source>
        <translation>&amp;Lancer une autre comme celle-ci</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Back to the wizard</source>
        <translation>Retour à l&apos;assis&amp;tant</translation>
    </message>
    <message>
        <source>Open a &amp;console</source>
        <translation>Ouvrir une &amp;console</translation>
    </message>
    <message>
        <source>&amp;End the session</source>
        <translation>Terminer la sessi&amp;on</translation>
    </message>
    <message>
        <source>Launch log</source>
        <translation>Journal du lancement</translation>
    </message>
    <message>
        <source>Destroy the temporary Machine</source>
        <translation>Détruire la Machine temporaire</translation>
    </message>
    <message>
        <source>Machine lo&amp;g</source>
        <translation>&amp;Journal de la Machine</translation>
    </message>
    <message>
        <source>Launch de&amp;tails</source>
        <translation>&amp;Détails du lancement</translation>
    </message>
    <message>
        <source>Launch steps</source>
        <translation>Étapes du lancement</translation>
    </message>
    <message>
        <source>Step</source>
        <extracomment>column headings of the launch timeline; &quot;Time&quot; is how long a step took</extracomment>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>Launching a Machine in %1…</source>
        <translation>Lancement d&apos;une Machine dans %1…</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>The shell Machine is %1</source>
        <translation>La Machine shell est %1</translation>
    </message>
    <message>
        <source>The Machine is %1</source>
        <translation>La Machine est %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Machine&lt;/b&gt; %1 (%2) in %3 — state %4, private IP %5</source>
        <translation>&lt;b&gt;Machine&lt;/b&gt; %1 (%2) dans %3 — état %4, IP privée %5</translation>
    </message>
    <message>
        <source>Launch cancelled</source>
        <translation>Lancement annulé</translation>
    </message>
    <message>
        <source>The Machine did not start</source>
        <translation>La Machine n&apos;a pas démarré</translation>
    </message>
    <message>
        <source>What exists now because of this launch: %1</source>
        <translation>Ce qui existe maintenant à cause de ce lancement : %1</translation>
    </message>
    <message>
        <source>&amp;Change %1</source>
        <translation>&amp;Changer %1</translation>
    </message>
    <message>
        <source>&amp;Change it on the %1 step</source>
        <translation>&amp;Changer à l&apos;étape %1</translation>
    </message>
    <message>
        <source>The shell session is over</source>
        <translation>La session shell est terminée</translation>
    </message>
    <message>
        <source>fly ssh console, in a terminal</source>
        <translation>fly ssh console, dans un terminal</translation>
    </message>
    <message>
        <source>Install flyctl to open a console from here</source>
        <translation>Installez flyctl pour ouvrir une console d&apos;ici</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::LifecyclePage</name>
    <message>
        <source>&amp;Destroy the Machine when its process exits</source>
        <translation>Détruire la Machine &amp;quand son processus se termine</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <source>Let `fly deploy` manage this Machine &amp;later</source>
        <translation>Laisser `fly deploy` gérer cette Mac&amp;hine plus tard</translation>
    </message>
    <message>
        <source>S&amp;kip DNS registration</source>
        <translation>Ne pas enregistrer dans le D&amp;NS</translation>
    </message>
    <message>
        <source>Don&apos;t wait for health &amp;checks</source>
        <translation>Ne pas attendre les health chec&amp;ks</translation>
    </message>
    <message>
        <source>Wait for start and health checks</source>
        <translation>Attendre le démarrage et les health checks</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>300 s (default)</source>
        <translation>300 s (par défaut)</translation>
    </message>
    <message>
        <source>How long the launch waits for the Machine to start and its health checks to pass before it reports a failure</source>
        <translation>Combien de temps le lancement attend que la Machine démarre et que ses health checks réussissent avant de signaler un échec</translation>
    </message>
    <message>
        <source>Machine name</source>
        <translation>Nom de la Machine</translation>
    </message>
    <message>
        <source>empty: the platform picks one, like aged-thunder-7371</source>
        <translation>vide : la plateforme en choisit un, comme aged-thunder-7371</translation>
    </message>
    <message>
        <source>Restart policy</source>
        <translation>Politique de redémarrage</translation>
    </message>
    <message>
        <source>Default</source>
        <extracomment>a restart policy: send none, the platform&apos;s default applies</extracomment>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Never (no)</source>
        <translation>Jamais (no)</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <source>When it fails (on-failure)</source>
        <translation>En cas d&apos;échec (on-failure)</translation>
    </message>
    <message>
        <source>Restart attempts</source>
        <translation>Tentatives de redémarrage</translation>
    </message>
    <message>
        <source>platform default (10)</source>
        <translation>valeur par défaut de la plateforme (10)</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>None: run until stopped</source>
        <translation>Aucune : tourne jusqu&apos;à l&apos;arrêt</translation>
    </message>
    <message>
        <source>Standby for Machines</source>
        <translation>En attente pour des Machines</translation>
    </message>
    <message>
        <source>Check the Machines this one stands by for; it starts only when one of them fails</source>
        <translation>Cochez les Machines pour lesquelles celle-ci est en attente ; elle ne démarre que si l&apos;une d&apos;elles tombe en panne</translation>
    </message>
    <message>
        <source>Process group</source>
        <translation>Groupe de processus</translation>
    </message>
    <message>
        <source>Nam&amp;e:</source>
        <translation>N&amp;om :</translation>
    </message>
    <message>
        <source>&amp;Restart:</source>
        <translation>&amp;Redémarrage :</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Tentatives :</translation>
    </message>
    <message>
        <source>&amp;Schedule:</source>
        <translation>Planifi&amp;cation :</translation>
    </message>
    <message>
        <source>Standb&amp;y for:</source>
        <translation>En attente po&amp;ur :</translation>
    </message>
    <message>
        <source>Me&amp;tadata:</source>
        <translation>Mét&amp;adonnées :</translation>
    </message>
    <message>
        <source>Process &amp;group:</source>
        <translation>&amp;Groupe de processus :</translation>
    </message>
    <message>
        <source>&amp;Wait timeout:</source>
        <translation>&amp;Délai d&apos;attente :</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Cycle de vie</translation>
    </message>
    <message>
        <source>No policy is sent: the platform&apos;s default applies (on-failure, up to 10 restarts).</source>
        <translation>Aucune politique n&apos;est envoyée : celle de la plateforme s&apos;applique (on-failure, jusqu&apos;à 10 redémarrages).</translation>
    </message>
    <message>
        <source>Default here: no — a Machine that destroys itself is not restarted (as flyctl does with --rm).</source>
        <translation>Par défaut ici : no — une Machine qui se détruit elle-même n&apos;est pas redémarrée (comme flyctl avec --rm).</translation>
    </message>
    <message>
        <source>Default here: on-failure — a scheduled Machine is restarted only when it fails.</source>
        <translation>Par défaut ici : on-failure — une Machine planifiée n&apos;est redémarrée que si elle échoue.</translation>
    </message>
    <message>
        <source>Default here: the platform&apos;s — on-failure, up to 10 restarts in 5 minutes.</source>
        <translation>Par défaut ici : celle de la plateforme — on-failure, jusqu&apos;à 10 redémarrages en 5 minutes.</translation>
    </message>
    <message>
        <source>Loading the Machines of %1…</source>
        <translation>Chargement des Machines de %1…</translation>
    </message>
    <message>
        <source>Could not load the app&apos;s Machines: %1</source>
        <translation>Les Machines de l&apos;app n&apos;ont pas pu être chargées : %1</translation>
    </message>
    <message>
        <source>%1 has no Machines to stand by for.</source>
        <translation>%1 n&apos;a pas de Machines pour lesquelles attendre.</translation>
    </message>
    <message>
        <source>%1 — %2 in %3 (%4)</source>
        <translation>%1 — %2 dans %3 (%4)</translation>
    </message>
    <message>
        <source>%1 (not among the app&apos;s Machines)</source>
        <translation>%1 (pas parmi les Machines de l&apos;app)</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::LoadStatus</name>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::MachineLogView</name>
    <message>
        <source>Follo&amp;w</source>
        <translation>&amp;Suivre</translation>
    </message>
    <message>
        <source>The Machine&apos;s log</source>
        <translation>Le journal de la Machine</translation>
    </message>
    <message>
        <source>Off: the view stays still and new lines wait until it is on again</source>
        <translation>Désactivé : la vue reste immobile et les nouvelles lignes attendent sa réactivation</translation>
    </message>
    <message>
        <source>Find in the log</source>
        <translation>Chercher dans le journal</translation>
    </message>
    <message>
        <source>find (Enter: next)</source>
        <translation>chercher (Entrée : suivant)</translation>
    </message>
    <message>
        <source>Cop&amp;y the log</source>
        <translation>Co&amp;pier le journal</translation>
    </message>
    <message>
        <source>The Machine&apos;s log shows here once it is created.</source>
        <translation>Le journal de la Machine s&apos;affiche ici dès qu&apos;elle est créée.</translation>
    </message>
    <message>
        <source>Following the log of %1…</source>
        <translation>Suivi du journal de %1…</translation>
    </message>
    <message>
        <source>No longer following the log of %1.</source>
        <translation>Le journal de %1 n&apos;est plus suivi.</translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n new line(s) wait for Follow.</source>
        <translation>
            <numerusform>En pause : %n nouvelle ligne attend Suivre.</numerusform>
            <numerusform>En pause : %n nouvelles lignes attendent Suivre.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the log.</source>
        <translation>« %1 » n&apos;est pas dans le journal.</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::MachineUpdate</name>
    <message>
        <source>The update is for a Machine of %1; the App step now says %2.</source>
        <translation>La mise à jour concerne une Machine de %1 ; l&apos;étape App indique maintenant %2.</translation>
    </message>
    <message>
        <source>An update takes an image: build the Dockerfile with a new Machine first, or choose an image on the Image step.</source>
        <translation>Une mise à jour prend une image : construisez d&apos;abord le Dockerfile avec une nouvelle Machine, ou choisissez une image à l&apos;étape Image.</translation>
    </message>
    <message>
        <source>A Machine keeps its name: %1 cannot become %2.</source>
        <translation>Une Machine garde son nom : %1 ne peut pas devenir %2.</translation>
    </message>
    <message>
        <source>A Machine stays in its region (%1): create a new Machine to run elsewhere.</source>
        <translation>Une Machine reste dans sa région (%1) : créez une nouvelle Machine pour tourner ailleurs.</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::MachinesView</name>
    <message numerus="yes">
        <source>%n %1 CPU(s), %2 MB</source>
        <translation>
            <numerusform>%n CPU %1, %2 Mo</numerusform>
            <numerusform>%n CPU %1, %2 Mo</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 of %2 passing</source>
        <translation>%1 sur %2 réussis</translation>
    </message>
    <message>
        <source>Log</source>
        <extracomment>a button: opens the Machine&apos;s log (noun)</extracomment>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Clone</source>
        <extracomment>a button, a verb: a new Machine like the selected one</extracomment>
        <translation>Cloner</translation>
    </message>
    <message>
        <source>Update…</source>
        <translation>Mettre à jour…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>The app&apos;s Machines</source>
        <translation>Les Machines de l&apos;app</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>column headings of the Machines table; &quot;Created&quot; is the time the Machine was created, &quot;Checks&quot; its health checks</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Destroy…</source>
        <translation>Détruire…</translation>
    </message>
    <message>
        <source>The Machine&apos;s log, live, in a window of its own (Enter in the table)</source>
        <translation>Le journal de la Machine, en direct, dans sa propre fenêtre (Entrée dans le tableau)</translation>
    </message>
    <message>
        <source>A new Machine like this one: its config into the wizard</source>
        <translation>Une nouvelle Machine comme celle-ci : sa config dans l&apos;assistant</translation>
    </message>
    <message>
        <source>Change this Machine: its config into the wizard, which then updates it instead of creating one</source>
        <translation>Modifier cette Machine : sa config dans l&apos;assistant, qui la met alors à jour au lieu d&apos;en créer une</translation>
    </message>
    <message>
        <source>Choose an app on the App step to see its Machines.</source>
        <translation>Choisissez une app à l&apos;étape App pour voir ses Machines.</translation>
    </message>
    <message>
        <source>Machines of %1</source>
        <translation>Machines de %1</translation>
    </message>
    <message>
        <source>%1 does not exist yet: it has no Machines.</source>
        <translation>%1 n&apos;existe pas encore : elle n&apos;a pas de Machines.</translation>
    </message>
    <message>
        <source>Could not list the Machines of %1: %2</source>
        <translation>Impossible de lister les Machines de %1 : %2</translation>
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
        <translation>Lecture de l&apos;état de %1…</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Wait until the action on %1 ends.</source>
        <translation>Attendez la fin de l&apos;action sur %1.</translation>
    </message>
    <message>
        <source>Nothing to do: %1 is %2.</source>
        <translation>Rien à faire : %1 est %2.</translation>
    </message>
    <message>
        <source>Destroy a Machine</source>
        <translation>Détruire une Machine</translation>
    </message>
    <message>
        <source>Destroy the Machine %1 of %2? Its configuration and root file system are gone for good; its volumes stay.</source>
        <translation>Détruire la Machine %1 de %2 ? Sa configuration et son système de fichiers racine disparaissent pour de bon ; ses volumes restent.</translation>
    </message>
    <message>
        <source>It is %1: &amp;kill it (--force)</source>
        <translation>Elle est %1 : la &amp;tuer (--force)</translation>
    </message>
    <message>
        <source>&amp;Destroy %1</source>
        <translation>&amp;Détruire %1</translation>
    </message>
    <message>
        <source>Log of %1 (%2)</source>
        <translation>Journal de %1 (%2)</translation>
    </message>
    <message>
        <source>Reading the config of %1…</source>
        <translation>Lecture de la config de %1…</translation>
    </message>
    <message>
        <source>%1 is in the wizard: change what you want, then Update on the Review step.</source>
        <translation>%1 est dans l&apos;assistant : changez ce que vous voulez, puis Mettre à jour à l&apos;étape Vérification.</translation>
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
        <translation>Pas lancé : corrigez d&apos;abord les problèmes listés à l&apos;étape Vérification.</translation>
    </message>
    <message>
        <source>Machines of the app</source>
        <translation>Machines de l&apos;app</translation>
    </message>
    <message>
        <source>Creating a new Machine again: Review&apos;s Create makes one with these settings.</source>
        <translation>Nouvelle création d&apos;une Machine : Créer, à l&apos;étape Vérification, en crée une avec ces réglages.</translation>
    </message>
    <message>
        <source>An update of %1 is under way already.</source>
        <translation>Une mise à jour de %1 est déjà en cours.</translation>
    </message>
    <message>
        <source>The wizard holds the config of %1: change what you want; Review shows what changes and updates it.</source>
        <translation>L&apos;assistant contient la config de %1 : changez ce que vous voulez ; la Vérification montre ce qui change et la met à jour.</translation>
    </message>
    <message>
        <source>Not taken: %1.</source>
        <translation>Non repris : %1.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Paste a `fly machine run` &amp;command…</source>
        <translation>Coller une &amp;commande `fly machine run`…</translation>
    </message>
    <message>
        <source>A Machine &amp;config file…</source>
        <translation>Un fichier de &amp;config de Machine…</translation>
    </message>
    <message>
        <source>C&amp;lone a Machine of the app…</source>
        <translation>C&amp;loner une Machine de l&apos;app…</translation>
    </message>
    <message>
        <source>Launch &amp;history…</source>
        <translation>&amp;Historique des lancements…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Para&amp;mètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Machine</source>
        <translation>&amp;Machine</translation>
    </message>
    <message>
        <source>Create and &amp;start</source>
        <translation>Créer et &amp;démarrer</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Create &amp;only</source>
        <translation>Créer &amp;seulement</translation>
    </message>
    <message>
        <source>Open a s&amp;hell Machine</source>
        <translation>Ouvrir une Machine s&amp;hell</translation>
    </message>
    <message>
        <source>The app&apos;s Machi&amp;nes</source>
        <translation>Les Machi&amp;nes de l&apos;app</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Show the &amp;launch</source>
        <translation>Afficher le &amp;lancement</translation>
    </message>
    <message>
        <source>Back to the &amp;wizard</source>
        <translation>Retour à l&apos;&amp;assistant</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Help for this &amp;step</source>
        <translation>Aide pour cette &amp;étape</translation>
    </message>
    <message>
        <source>Flightdeck &amp;guide</source>
        <translation>&amp;Guide de Flightdeck</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostic information</source>
        <translation>Copier les informations de &amp;diagnostic</translation>
    </message>
    <message>
        <source>Diagnostic information copied: versions, system and endpoints, without the token.</source>
        <translation>Informations de diagnostic copiées : versions, système et points d&apos;accès, sans le jeton.</translation>
    </message>
    <message>
        <source>&amp;About Flightdeck</source>
        <translation>À &amp;propos de Flightdeck</translation>
    </message>
    <message>
        <source>About Flightdeck</source>
        <translation>À propos de Flightdeck</translation>
    </message>
    <message>
        <source>Flightdeck configures, builds and starts Fly.io Machines, step by step.

%1

Flightdeck is free software under the GNU General Public License, version 3 or any later version; it comes with no warranty.</source>
        <translation>Flightdeck configure, construit et démarre des Machines Fly.io, étape par étape.

%1

Flightdeck est un logiciel libre sous la licence publique générale GNU, version 3 ou toute version ultérieure ; il est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <source>the request must be a JSON object</source>
        <translation>la requête doit être un objet JSON</translation>
    </message>
    <message>
        <source>Machines API: %1</source>
        <translation>API Machines : %1</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::ProfileController</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to %1 before starting a new Machine?</source>
        <translation>Enregistrer les modifications de %1 avant de commencer une nouvelle Machine ?</translation>
    </message>
    <message>
        <source>this Machine</source>
        <translation>cette Machine</translation>
    </message>
    <message>
        <source>Save the changes before opening another profile?</source>
        <translation>Enregistrer les modifications avant d&apos;ouvrir un autre profil ?</translation>
    </message>
    <message>
        <source>Open a profile</source>
        <translation>Ouvrir un profil</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 n&apos;a pas pu être ouvert : %2</translation>
    </message>
    <message>
        <source>Opened %1, without what it could not keep: %2</source>
        <translation>%1 ouvert, sans ce qu&apos;il n&apos;a pas pu garder : %2</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <source>%1 was not saved: %2. The previous file, if any, is unchanged.</source>
        <translation>%1 n&apos;a pas été enregistré : %2. Le fichier précédent, s&apos;il existe, est inchangé.</translation>
    </message>
    <message>
        <source>No recent profiles</source>
        <translation>Aucun profil récent</translation>
    </message>
    <message>
        <source>Flightdeck did not close normally last time. A draft from %1 was kept%2.</source>
        <translation>Flightdeck ne s&apos;est pas fermé normalement la dernière fois. Un brouillon de %1 a été gardé%2.</translation>
    </message>
    <message>
        <source> (app %1)</source>
        <translation> (app %1)</translation>
    </message>
    <message>
        <source>&amp;Restore the draft</source>
        <translation>&amp;Restaurer le brouillon</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>L&apos;abandonner</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>Enregistrer les modifications de %1 avant de fermer ?</translation>
    </message>
    <message>
        <source>The draft %1 could not be written: %2. Your changes stay in this window and are written as soon as that works.</source>
        <translation>Le brouillon %1 n’a pas pu être écrit : %2. Vos modifications restent dans cette fenêtre et seront écrites dès que possible.</translation>
    </message>
    <message>
        <source>The list of recent profiles could not be saved to %1: %2.</source>
        <translation>La liste des profils récents n’a pas pu être enregistrée dans %1 : %2.</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::RegionPage</name>
    <message>
        <source>Find a region</source>
        <translation>Chercher une région</translation>
    </message>
    <message>
        <source>Type a city or a code</source>
        <translation>Tapez une ville ou un code</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région :</translation>
    </message>
    <message>
        <source>Asking Fly.io for its regions…</source>
        <translation>Demande de ses régions à Fly.io…</translation>
    </message>
    <message>
        <source>Fly.io&apos;s regions could not be read (%1). The list is the one built into Flightdeck, which may be out of date.</source>
        <translation>Les régions de Fly.io n&apos;ont pas pu être lues (%1). La liste est celle intégrée à Flightdeck, peut-être périmée.</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) from Fly.io.</source>
        <translation>
            <numerusform>%n région de Fly.io.</numerusform>
            <numerusform>%n régions de Fly.io.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) from Fly.io; the nearest to you is %1.</source>
        <translation>
            <numerusform>%n région de Fly.io ; la plus proche de vous est %1.</numerusform>
            <numerusform>%n régions de Fly.io ; la plus proche de vous est %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Let Fly choose — the region nearest to you (from %1)</source>
        <translation>Laisser Fly choisir — la région la plus proche de vous (d&apos;après %1)</translation>
    </message>
    <message>
        <source>Let Fly choose — the region nearest to you, %1 (from %2)</source>
        <translation>Laisser Fly choisir — la région la plus proche de vous, %1 (d&apos;après %2)</translation>
    </message>
    <message>
        <source>%1 (%2) — Fly picks the region</source>
        <translation>%1 (%2) — Fly choisit la région</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>environ %1</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source> — nearest to you</source>
        <translation> — la plus proche de vous</translation>
    </message>
    <message>
        <source> — paid plans only</source>
        <translation> — offres payantes seulement</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::RequestDiffView</name>
    <message>
        <source>The older request</source>
        <translation>La requête la plus ancienne</translation>
    </message>
    <message>
        <source>The newer request</source>
        <translation>La requête la plus récente</translation>
    </message>
    <message>
        <source>The two requests are the same.</source>
        <translation>Les deux requêtes sont identiques.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) differ: %1</source>
        <translation>
            <numerusform>%n valeur diffère : %1</numerusform>
            <numerusform>%n valeurs diffèrent : %1</numerusform>
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
        <translation>Préréglage de taille</translation>
    </message>
    <message>
        <source>%1 — %2 CPU, %3 MB</source>
        <translation>%1 — %2 CPU, %3 Mo</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>CPU kind</source>
        <translation>Type de CPU</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Partagé</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Taille :</translation>
    </message>
    <message>
        <source>CPU &amp;kind:</source>
        <translation>T&amp;ype de CPU :</translation>
    </message>
    <message>
        <source>C&amp;PUs:</source>
        <translation>&amp;CPU :</translation>
    </message>
    <message>
        <source>M&amp;emory:</source>
        <translation>Mémo&amp;ire :</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Coût :</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>A&amp;vancé</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Swap</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Root file system size</source>
        <translation>Taille du système de fichiers racine</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> Go</translation>
    </message>
    <message>
        <source>the image&apos;s size</source>
        <translation>la taille de l&apos;image</translation>
    </message>
    <message>
        <source>Keep the root file system</source>
        <translation>Garder le système de fichiers racine</translation>
    </message>
    <message>
        <source>Platform default (a fresh one on every start)</source>
        <translation>Par défaut de la plateforme (un neuf à chaque démarrage)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Across restarts</source>
        <translation>Entre les redémarrages</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <source>Kernel arguments</source>
        <translation>Arguments du noyau</translation>
    </message>
    <message>
        <source>empty: the platform&apos;s</source>
        <translation>vide : par défaut</translation>
    </message>
    <message>
        <source>Words as in a shell: quote an argument that holds spaces</source>
        <translation>Des mots comme dans un shell : mettez entre guillemets un argument qui contient des espaces</translation>
    </message>
    <message>
        <source>Host dedication id</source>
        <translation>ID de dédication d&apos;hôte</translation>
    </message>
    <message>
        <source>empty: shared hosts</source>
        <translation>vide : hôtes partagés</translation>
    </message>
    <message>
        <source>S&amp;wap:</source>
        <translation>S&amp;wap :</translation>
    </message>
    <message>
        <source>Root file system si&amp;ze:</source>
        <translation>Taille du système de fichiers &amp;racine :</translation>
    </message>
    <message>
        <source>Keep root file s&amp;ystem:</source>
        <translation>&amp;Garder le système de fichiers racine :</translation>
    </message>
    <message>
        <source>Kernel ar&amp;guments:</source>
        <translation>Arguments du &amp;noyau :</translation>
    </message>
    <message>
        <source>Host &amp;dedication:</source>
        <translation>Hôte &amp;dédié :</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>%1 while running, in %2</source>
        <translation>%1 en marche, dans %2</translation>
    </message>
    <message>
        <source>the base regions (iad, ewr)</source>
        <translation>les régions de base (iad, ewr)</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::ReviewPage</name>
    <message>
        <source>&amp;Problems (double-click one to go to its step):</source>
        <translation>Pr&amp;oblèmes (double-clic pour aller à l&apos;étape) :</translation>
    </message>
    <message>
        <source>&amp;What launching creates (double-click a line to change it):</source>
        <translation>Ce que crée le &amp;lancement (double-clic pour le changer) :</translation>
    </message>
    <message>
        <source>Create a ne&amp;w Machine instead</source>
        <translation>Créer une nou&amp;velle Machine</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>Vérifier de &amp;nouveau</translation>
    </message>
    <message>
        <source>The same Machine with flyctl:</source>
        <translation>La même Machine avec flyctl :</translation>
    </message>
    <message>
        <source>&amp;Copy command</source>
        <translation>&amp;Copier la commande</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Copier en cu&amp;rl</translation>
    </message>
    <message>
        <source>Create and &amp;start</source>
        <translation>Créer et &amp;démarrer</translation>
    </message>
    <message>
        <source>Create &amp;only</source>
        <translation>Créer &amp;uniquement</translation>
    </message>
    <message>
        <source>Problems to fix before launching</source>
        <translation>Problèmes à corriger avant le lancement</translation>
    </message>
    <message>
        <source>What launching creates</source>
        <translation>Ce que crée le lancement</translation>
    </message>
    <message>
        <source>Ask the platform again about the token, the app, the region, the volumes, the secrets and the image</source>
        <translation>Redemander à la plateforme pour le jeton, l&apos;app, la région, les volumes, les secrets et l&apos;image</translation>
    </message>
    <message>
        <source>The equivalent fly machine run command</source>
        <translation>La commande fly machine run équivalente</translation>
    </message>
    <message>
        <source>Copy the request &amp;JSON</source>
        <translation>Copier le &amp;JSON</translation>
    </message>
    <message>
        <source>The exact request as a curl command; it reads the token from $FLY_API_TOKEN when it runs</source>
        <translation>La requête exacte en commande curl ; elle lit le jeton dans $FLY_API_TOKEN à l&apos;exécution</translation>
    </message>
    <message>
        <source>Create the Machine stopped, to start it later</source>
        <translation>Créer la Machine arrêtée, pour la démarrer plus tard</translation>
    </message>
    <message>
        <source>Keep these settings, and create a new Machine with them instead of updating this one</source>
        <translation>Garder ces réglages, et créer une nouvelle Machine avec eux au lieu de mettre à jour celle-ci</translation>
    </message>
    <message>
        <source>Checked with the platform before anything is created:</source>
        <translation>Vérifié avec la plateforme avant toute création :</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Asking the platform…</source>
        <translation>Demande à la plateforme…</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) could not be made; the platform decides at launch.</source>
        <translation>
            <numerusform>%n vérification n&apos;a pas pu être faite ; la plateforme décide au lancement.</numerusform>
            <numerusform>%n vérifications n&apos;ont pas pu être faites ; la plateforme décide au lancement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fix the %n error(s) above to launch.</source>
        <translation>
            <numerusform>Corrigez l&apos;erreur ci-dessus pour lancer.</numerusform>
            <numerusform>Corrigez les %n erreurs ci-dessus pour lancer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) with the platform failed: the update would likely fail.</source>
        <translation>
            <numerusform>%n vérification avec la plateforme a échoué : la mise à jour échouerait probablement.</numerusform>
            <numerusform>%n vérifications avec la plateforme ont échoué : la mise à jour échouerait probablement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changes yet: the update would send the config the Machine has.</source>
        <translation>Rien ne change encore : la mise à jour enverrait la config qu&apos;a déjà la Machine.</translation>
    </message>
    <message>
        <source>Ready to update.</source>
        <translation>Prêt pour la mise à jour.</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) with the platform failed: the launch would likely fail.</source>
        <translation>
            <numerusform>%n vérification avec la plateforme a échoué : le lancement échouerait probablement.</numerusform>
            <numerusform>%n vérifications avec la plateforme ont échoué : le lancement échouerait probablement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to launch.</source>
        <translation>Prêt pour le lancement.</translation>
    </message>
    <message>
        <source>What %1 runs now</source>
        <translation>Ce que %1 exécute maintenant</translation>
    </message>
    <message>
        <source>After the update</source>
        <translation>Après la mise à jour</translation>
    </message>
    <message>
        <source>Updating %1: what changes, now on the left, after the update on the right. Flightdeck takes the Machine&apos;s lease, sends the new config, waits until the Machine runs it and gives the lease back.</source>
        <translation>Mise à jour de %1 : ce qui change, maintenant à gauche, après la mise à jour à droite. Flightdeck prend le bail de la Machine, envoie la nouvelle config, attend que la Machine l&apos;exécute et rend le bail.</translation>
    </message>
    <message>
        <source>&amp;Update %1</source>
        <translation>Me&amp;ttre à jour %1</translation>
    </message>
    <message>
        <source>Send the new config to this Machine, as fly machine update does</source>
        <translation>Envoyer la nouvelle config à cette Machine, comme le fait fly machine update</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::RunWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Flightdeck talks to Fly.io with your API token. It takes the one in FLY_API_TOKEN or flyctl&apos;s configuration, else the one kept in the system keychain; a token entered here is kept there.</source>
        <translation>Flightdeck parle à Fly.io avec votre jeton d&apos;API. Il prend celui de FLY_API_TOKEN ou de la configuration de flyctl, sinon celui gardé dans le trousseau du système ; un jeton saisi ici y est gardé.</translation>
    </message>
    <message>
        <source>Every Machine belongs to an app. Choose one of yours, or name a new app and its organization: Flightdeck creates it before the Machine.</source>
        <translation>Chaque Machine appartient à une app. Choisissez l&apos;une des vôtres, ou nommez une nouvelle app et son organisation : Flightdeck la crée avant la Machine.</translation>
    </message>
    <message>
        <source>What the Machine runs: an image from a registry, or one built here from a Dockerfile and pushed to Fly&apos;s registry.</source>
        <translation>Ce que la Machine exécute : une image d&apos;un registre, ou une image construite ici depuis un Dockerfile et envoyée au registre de Fly.</translation>
    </message>
    <message>
        <source>Left empty, the Machine runs the image&apos;s own entrypoint and command. Arguments here replace the image&apos;s command; an entrypoint replaces its entrypoint.</source>
        <translation>Laissée vide, la Machine exécute le point d&apos;entrée et la commande de l&apos;image. Les arguments d&apos;ici remplacent la commande de l&apos;image ; un point d&apos;entrée remplace le sien.</translation>
    </message>
    <message>
        <source>Where the Machine runs. Left empty, Fly.io places it in the region nearest to you.</source>
        <translation>Où tourne la Machine. Laissée vide, Fly.io la place dans la région la plus proche de vous.</translation>
    </message>
    <message>
        <source>The kind and number of CPUs and the memory: the Machine&apos;s size, which sets what it costs while it runs.</source>
        <translation>Le type et le nombre de CPU et la mémoire : la taille de la Machine, qui fixe son coût pendant qu&apos;elle tourne.</translation>
    </message>
    <message>
        <source>The ports the Machine answers on from the internet, and how Fly Proxy hands the traffic over. Without services it is reachable only on the app&apos;s private network.</source>
        <translation>Les ports sur lesquels la Machine répond depuis Internet, et comment Fly Proxy lui transmet le trafic. Sans services, elle n&apos;est joignable que sur le réseau privé de l&apos;app.</translation>
    </message>
    <message>
        <source>A volume keeps data when the Machine restarts or is replaced. Without one, what the Machine writes lasts until it stops.</source>
        <translation>Un volume garde les données quand la Machine redémarre ou est remplacée. Sans volume, ce que la Machine écrit dure jusqu&apos;à son arrêt.</translation>
    </message>
    <message>
        <source>Environment variables and files written into the Machine at start. Secrets are the app&apos;s own (fly secrets set): the Machine receives them, Flightdeck never sees their values.</source>
        <translation>Les variables d&apos;environnement et les fichiers écrits dans la Machine au démarrage. Les secrets sont ceux de l&apos;app (fly secrets set) : la Machine les reçoit, Flightdeck ne voit jamais leurs valeurs.</translation>
    </message>
    <message>
        <source>The Machine&apos;s name, and what happens when its process exits. Left empty, Fly.io names it and restarts it when it fails.</source>
        <translation>Le nom de la Machine, et ce qui se passe quand son processus se termine. Laissée vide, Fly.io la nomme et la redémarre si elle échoue.</translation>
    </message>
    <message>
        <source>What will be created, the same Machine as a fly command, and the exact request. Nothing is created until you choose Create.</source>
        <translation>Ce qui sera créé, la même Machine en commande fly, et la requête exacte. Rien n&apos;est créé avant que vous choisissiez Créer.</translation>
    </message>
    <message>
        <source>Learn more</source>
        <translation>En savoir plus</translation>
    </message>
    <message numerus="yes">
        <source>Fix the %n problem(s) marked on this step before going on.</source>
        <translation>
            <numerusform>Corrigez le problème marqué à cette étape avant de continuer.</numerusform>
            <numerusform>Corrigez les %n problèmes marqués à cette étape avant de continuer.</numerusform>
        </translation>
    </message>
    <message>
        <source>has errors</source>
        <translation>contient des erreurs</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complète</translation>
    </message>
    <message>
        <source>not visited</source>
        <translation>non visitée</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::ServicesPage</name>
    <message>
        <source>Fly Proxy turns the connection into HTTP for the Machine, with Fly&apos;s request headers</source>
        <translation>Fly Proxy transforme la connexion en HTTP pour la Machine, avec les en-têtes de requête de Fly</translation>
    </message>
    <message>
        <source>Fly Proxy ends TLS and passes plain TCP to the Machine</source>
        <translation>Fly Proxy termine TLS et passe du TCP en clair à la Machine</translation>
    </message>
    <message>
        <source>Fly Proxy handles TLS for PostgreSQL connections</source>
        <translation>Fly Proxy gère TLS pour les connexions PostgreSQL</translation>
    </message>
    <message>
        <source>Fly Proxy turns the connection into HTTP at the edge</source>
        <translation>Fly Proxy transforme la connexion en HTTP en bordure</translation>
    </message>
    <message>
        <source>Fly Proxy wraps the connection in the PROXY protocol, which tells the client&apos;s address</source>
        <translation>Fly Proxy enveloppe la connexion dans le protocole PROXY, qui indique l&apos;adresse du client</translation>
    </message>
    <message>
        <source>Start the Machine when a request arrives (auto&amp;start)</source>
        <translation>Démarrer la Machine quand une requête arrive (&amp;autostart)</translation>
    </message>
    <message>
        <source>Public ports</source>
        <translation>Ports publics</translation>
    </message>
    <message>
        <source>Public port or range</source>
        <translation>Port public ou plage</translation>
    </message>
    <message>
        <source>Internal port</source>
        <translation>Port interne</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Handlers</source>
        <translation>Handlers</translation>
    </message>
    <message>
        <source>When idle</source>
        <translation>Au repos</translation>
    </message>
    <message>
        <source>Keep running (the platform&apos;s default)</source>
        <translation>Continuer à tourner (par défaut de la plateforme)</translation>
    </message>
    <message>
        <source>Stop the Machine</source>
        <translation>Arrêter la Machine</translation>
    </message>
    <message>
        <source>Suspend the Machine (resumes faster)</source>
        <translation>Suspendre la Machine (reprend plus vite)</translation>
    </message>
    <message>
        <source>&amp;Add port</source>
        <translation>A&amp;jouter un port</translation>
    </message>
    <message>
        <source>&amp;Remove port</source>
        <translation>&amp;Retirer le port</translation>
    </message>
    <message>
        <source>A public address needs an Anycast IP: `fly ips allocate-v4 --shared` or `allocate-v6` for the app.</source>
        <translation>Une adresse publique demande une IP Anycast : `fly ips allocate-v4 --shared` ou `allocate-v6` pour l&apos;app.</translation>
    </message>
    <message>
        <source>When idle:</source>
        <translation>Au repos :</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>The image declares no ports.</source>
        <translation>L&apos;image ne déclare aucun port.</translation>
    </message>
    <message>
        <source>The image says it listens on %1.</source>
        <translation>L&apos;image dit écouter sur %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>the image says it listens on %1, not on %2: check the port your app listens on</source>
        <translation>l&apos;image dit écouter sur %1, pas sur %2 : vérifiez le port sur lequel votre app écoute</translation>
    </message>
    <message>
        <source>Public port or range, row %1</source>
        <translation>Port public ou plage, ligne %1</translation>
    </message>
    <message>
        <source>443 or 8000-8010</source>
        <translation>443 ou 8000-8010</translation>
    </message>
    <message>
        <source>Internal port, row %1</source>
        <translation>Port interne, ligne %1</translation>
    </message>
    <message>
        <source>Protocol, row %1</source>
        <translation>Protocole, ligne %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Handlers of public port %1</source>
        <translation>Handlers du port public %1</translation>
    </message>
    <message>
        <source>Handlers: choose a port above</source>
        <translation>Handlers : choisissez un port ci-dessus</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::SettingsDialog</name>
    <message>
        <source>Re&amp;move from the keychain</source>
        <translation>Re&amp;tirer du trousseau</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Fly.io (https://api.machines.dev)</source>
        <translation>&amp;Fly.io (https://api.machines.dev)</translation>
    </message>
    <message>
        <source>The local &amp;simulator (%1)</source>
        <translation>Le &amp;simulateur local (%1)</translation>
    </message>
    <message>
        <source>&amp;Custom:</source>
        <translation>&amp;Personnalisée :</translation>
    </message>
    <message>
        <source>Machines API address</source>
        <translation>Adresse de l&apos;API Machines</translation>
    </message>
    <message>
        <source>https://… (http only for this computer)</source>
        <translation>https://… (http seulement pour cet ordinateur)</translation>
    </message>
    <message>
        <source>GraphQL address</source>
        <translation>Adresse GraphQL</translation>
    </message>
    <message>
        <source>empty: the API address with /graphql</source>
        <translation>vide : l&apos;adresse de l&apos;API avec /graphql</translation>
    </message>
    <message>
        <source>Machines API</source>
        <translation>API Machines</translation>
    </message>
    <message>
        <source>&amp;GraphQL:</source>
        <translation>&amp;GraphQL :</translation>
    </message>
    <message>
        <source>FLY_FLAPS_BASE_URL and FLY_API_BASE_URL, when set, win over this. Applies at the next start.</source>
        <translation>FLY_FLAPS_BASE_URL et FLY_API_BASE_URL, s&apos;ils sont définis, l&apos;emportent. S&apos;applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Remplacer…</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton d&apos;API</translation>
    </message>
    <message>
        <source>The first one installed</source>
        <translation>Le premier installé</translation>
    </message>
    <message>
        <source>empty: your personal organization</source>
        <translation>vide : votre organisation personnelle</translation>
    </message>
    <message>
        <source>Let Fly choose (the nearest)</source>
        <translation>Laisser Fly choisir (la plus proche)</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>Celle du système</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Valeurs par défaut</translation>
    </message>
    <message>
        <source>&amp;Image engine:</source>
        <translation>&amp;Moteur d&apos;images :</translation>
    </message>
    <message>
        <source>&amp;Organization for new apps:</source>
        <translation>&amp;Organisation des nouvelles apps :</translation>
    </message>
    <message>
        <source>R&amp;egion:</source>
        <translation>Rég&amp;ion :</translation>
    </message>
    <message>
        <source>&amp;Language (at the next start):</source>
        <translation>&amp;Langue (au prochain démarrage) :</translation>
    </message>
    <message>
        <source>A token is in use, %1.</source>
        <translation>Un jeton est utilisé, %1.</translation>
    </message>
    <message>
        <source>No token is stored.</source>
        <translation>Aucun jeton n&apos;est stocké.</translation>
    </message>
    <message>
        <source>not an address</source>
        <translation>pas une adresse</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1: %2. They apply until Flightdeck quits; OK tries again.</source>
        <translation>Les paramètres n’ont pas pu être enregistrés dans %1 : %2. Ils s’appliquent jusqu’à la fermeture de Flightdeck ; OK réessaie.</translation>
    </message>
    <message>
        <source>Organization for new apps: %1</source>
        <translation>Organisation des nouvelles apps : %1</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Next step (on a button: press it; on Review: Create and start)</source>
        <translation>Étape suivante (sur un bouton : l&apos;appuyer ; à la Vérification : Créer et démarrer)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Back to the list of steps</source>
        <translation>Retour à la liste des étapes</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <source>The next or previous field</source>
        <translation>Le champ suivant ou précédent</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Ce qu&apos;elles font</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::StepPage</name>
    <message>
        <source>Problems with %1</source>
        <translation>Problèmes avec %1</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Erreur : </translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Avertissement : </translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::VolumesPage</name>
    <message>
        <source>&amp;Create volume</source>
        <translation>&amp;Créer le volume</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Mount path</source>
        <translation>Point de montage</translation>
    </message>
    <message>
        <source>for example /data</source>
        <translation>par exemple /data</translation>
    </message>
    <message>
        <source>New volume name</source>
        <translation>Nom du nouveau volume</translation>
    </message>
    <message>
        <source>for example data</source>
        <translation>par exemple data</translation>
    </message>
    <message>
        <source>lowercase letters, digits and underscores</source>
        <translation>lettres minuscules, chiffres et tirets bas</translation>
    </message>
    <message>
        <source>New volume size</source>
        <translation>Taille du nouveau volume</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> Go</translation>
    </message>
    <message>
        <source>A volume keeps data across restarts. It lives in one region, and a Machine that mounts it runs there.</source>
        <translation>Un volume garde les données entre les redémarrages. Il vit dans une région, et une Machine qui le monte tourne là.</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Volume :</translation>
    </message>
    <message>
        <source>Mount &amp;path:</source>
        <translation>P&amp;oint de montage :</translation>
    </message>
    <message>
        <source>New volume</source>
        <translation>Nouveau volume</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>Tai&amp;lle :</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Choose an app first: volumes belong to an app.</source>
        <translation>Choisissez d&apos;abord une app : les volumes appartiennent à une app.</translation>
    </message>
    <message>
        <source>Loading the volumes of %1…</source>
        <translation>Chargement des volumes de %1…</translation>
    </message>
    <message>
        <source>%1 does not exist yet, so it has no volumes; create one after the first launch.</source>
        <translation>%1 n&apos;existe pas encore, elle n&apos;a donc pas de volumes ; créez-en un après le premier lancement.</translation>
    </message>
    <message>
        <source>Could not load the volumes: %1</source>
        <translation>Les volumes n&apos;ont pas pu être chargés : %1</translation>
    </message>
    <message>
        <source>No volume</source>
        <translation>Aucun volume</translation>
    </message>
    <message>
        <source>%1 — %2, %3 GB (%4)</source>
        <translation>%1 — %2, %3 Go (%4)</translation>
    </message>
    <message>
        <source>%1 (from the request)</source>
        <translation>%1 (depuis la requête)</translation>
    </message>
    <message>
        <source>Every volume of this app is attached: create a new one below.</source>
        <translation>Chaque volume de cette app est attaché : créez-en un nouveau ci-dessous.</translation>
    </message>
    <message>
        <source>No unattached volume in %1: create one below, or pick another region.</source>
        <translation>Aucun volume libre dans %1 : créez-en un ci-dessous, ou choisissez une autre région.</translation>
    </message>
    <message>
        <source>Name the new volume first.</source>
        <translation>Nommez d&apos;abord le nouveau volume.</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>Création de %1…</translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation>Non créé : %1</translation>
    </message>
    <message>
        <source>Created %1 in %2.</source>
        <translation>%1 créé dans %2.</translation>
    </message>
</context>
<context>
    <name>FlyToml</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
</context>
<context>
    <name>Issue</name>
    <message>
        <source>error: %1: %2</source>
        <extracomment>A line of the command line&apos;s output: %1 is the field id (a JSON path such as guest.memory_mb), %2 the message.</extracomment>
        <translation>erreur : %1 : %2</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <extracomment>As &quot;error: %1: %2&quot;, for a warning.</extracomment>
        <translation>avertissement : %1 : %2</translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>a control character (U+%1), which JSON allows only escaped</source>
        <translation>un caractère de contrôle (U+%1), que JSON n’accepte qu’échappé</translation>
    </message>
</context>
<context>
    <name>LaunchHistory</name>
    <message>
        <source>%1 is held by another Flightdeck (its lock file %2)</source>
        <translation>%1 est tenu par un autre Flightdeck (son fichier de verrou %2)</translation>
    </message>
    <message>
        <source>the lock file %1 could not be made</source>
        <translation>le fichier de verrou %1 n’a pas pu être créé</translation>
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
        <translation>Vérifier le jeton d&apos;API</translation>
    </message>
    <message>
        <source>Find or create the app</source>
        <translation>Trouver ou créer l&apos;app</translation>
    </message>
    <message>
        <source>Prepare the image</source>
        <translation>Préparer l&apos;image</translation>
    </message>
    <message>
        <source>Create the Machine</source>
        <translation>Créer la Machine</translation>
    </message>
    <message>
        <source>Wait for it to start</source>
        <translation>Attendre son démarrage</translation>
    </message>
    <message>
        <source>Watch it run</source>
        <translation>La surveiller en marche</translation>
    </message>
</context>
<context>
    <name>PlatformInfo</name>
    <message>
        <source>the platform listed no regions</source>
        <translation>la plateforme n&apos;a listé aucune région</translation>
    </message>
    <message>
        <source>anywhere in Europe</source>
        <translation>n&apos;importe où en Europe</translation>
    </message>
    <message>
        <source>anywhere in North America</source>
        <translation>n&apos;importe où en Amérique du Nord</translation>
    </message>
    <message>
        <source>anywhere in the United States</source>
        <translation>n&apos;importe où aux États-Unis</translation>
    </message>
    <message>
        <source>anywhere in South America</source>
        <translation>n&apos;importe où en Amérique du Sud</translation>
    </message>
    <message>
        <source>anywhere in Asia-Pacific</source>
        <translation>n&apos;importe où en Asie-Pacifique</translation>
    </message>
    <message>
        <source>any region, the nearest first</source>
        <translation>n&apos;importe quelle région, la plus proche d&apos;abord</translation>
    </message>
</context>
<context>
    <name>ProfileController</name>
    <message>
        <source>Flightdeck profiles (*.flightdeck);;All files (*)</source>
        <translation>Profils Flightdeck (*.flightdeck);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>RegistryClient</name>
    <message>
        <source>The image %1 is not in its registry.</source>
        <translation>L&apos;image %1 n&apos;est pas dans son registre.</translation>
    </message>
    <message>
        <source>The registry of %1 sends for a token to %2, which is not an https address.</source>
        <translation>Le registre de %1 envoie chercher un jeton à %2, qui n&apos;est pas une adresse https.</translation>
    </message>
    <message>
        <source>The image %1 has no linux/amd64 variant, which Fly Machines run (it offers: %2).</source>
        <translation>L&apos;image %1 n&apos;a pas de variante linux/amd64, celle qu&apos;exécutent les Machines Fly (elle propose : %2).</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Its manifest names no configuration.</source>
        <translation>Son manifeste ne nomme aucune configuration.</translation>
    </message>
    <message>
        <source>Its configuration could not be read: %1</source>
        <translation>Sa configuration n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>Its configuration does not match its digest %1.</source>
        <translation>Sa configuration ne correspond pas à son empreinte %1.</translation>
    </message>
    <message>
        <source>Fly&apos;s registry refused access to %1 with this token.</source>
        <translation>Le registre de Fly a refusé l&apos;accès à %1 avec ce jeton.</translation>
    </message>
    <message>
        <source>The registry of %1 refused to show it: it does not exist, or it is private (Fly Machines pull only public images and those on Fly&apos;s registry).</source>
        <translation>Le registre de %1 a refusé de la montrer : elle n&apos;existe pas, ou elle est privée (les Machines Fly ne téléchargent que les images publiques et celles du registre de Fly).</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The registry of %1 could not be asked: %2</source>
        <translation>Le registre de %1 n&apos;a pas pu être interrogé : %2</translation>
    </message>
    <message>
        <source>%1 is not an image reference.</source>
        <translation>%1 n&apos;est pas une référence d&apos;image.</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an image builder Flightdeck drives: choose docker, podman or buildah</source>
        <translation>« %1 » n&apos;est pas un builder d&apos;images que Flightdeck pilote : choisissez docker, podman ou buildah</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of seconds: write --logs-for 30 (at most 3600)</source>
        <translation>« %1 » n&apos;est pas un nombre de secondes : écrivez --logs-for 30 (3600 au plus)</translation>
    </message>
    <message>
        <source>note: %1 is accepted for compatibility and has no effect in Flightdeck</source>
        <translation>remarque : %1 est accepté pour la compatibilité et n&apos;a pas d&apos;effet dans Flightdeck</translation>
    </message>
</context>
<context>
    <name>RunHelp</name>
    <message>
        <source>Print the Machines API request body instead of opening the window</source>
        <translation>Afficher le corps de la requête à l&apos;API Machines au lieu d&apos;ouvrir la fenêtre</translation>
    </message>
    <message>
        <source>Print the command as fly machine run would take it</source>
        <translation>Afficher la commande comme fly machine run la prendrait</translation>
    </message>
    <message>
        <source>With --yes: print the Machine&apos;s log this many seconds longer after it started</source>
        <translation>Avec --yes : afficher le journal de la Machine ce nombre de secondes de plus après son démarrage</translation>
    </message>
    <message>
        <source>The image builder for a Dockerfile: docker, podman or buildah (else the first installed)</source>
        <translation>Le builder d&apos;images pour un Dockerfile : docker, podman ou buildah (sinon le premier installé)</translation>
    </message>
    <message>
        <source>The Machines API (else FLY_FLAPS_BASE_URL, then Fly.io)</source>
        <translation>L&apos;API Machines (sinon FLY_FLAPS_BASE_URL, puis Fly.io)</translation>
    </message>
    <message>
        <source>The GraphQL API (else FLY_API_BASE_URL, then Fly.io)</source>
        <translation>L&apos;API GraphQL (sinon FLY_API_BASE_URL, puis Fly.io)</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>Cette aide</translation>
    </message>
    <message>
        <source>Usage:
  flightdeck run IMAGE|PATH [COMMAND...] [flags]

Opens the wizard filled from the flags of fly machine run, which it reads as flyctl does.
With --yes it launches the Machine without a window; with --print-config or
--print-command it prints what it would send.
</source>
        <translation>Utilisation :
  flightdeck run IMAGE|CHEMIN [COMMANDE...] [options]

Ouvre l&apos;assistant rempli depuis les options de fly machine run, qu&apos;il lit comme flyctl.
Avec --yes, il lance la Machine sans fenêtre ; avec --print-config ou
--print-command, il affiche ce qu&apos;il enverrait.
</translation>
    </message>
    <message>
        <source>(default %1)</source>
        <translation>(par défaut %1)</translation>
    </message>
</context>
<context>
    <name>RunProfile</name>
    <message>
        <source>build.%1 (not known to this version)</source>
        <translation>build.%1 (inconnu de cette version)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>a profile is a JSON object</source>
        <translation>un profil est un objet JSON</translation>
    </message>
    <message>
        <source>not a Flightdeck profile (its &quot;format&quot; is not &quot;%1&quot;)</source>
        <translation>pas un profil Flightdeck (son « format » n&apos;est pas « %1 »)</translation>
    </message>
    <message>
        <source>written by a newer Flightdeck (profile version %1; this one reads %2): what it could not read is listed here</source>
        <translation>écrit par un Flightdeck plus récent (version de profil %1 ; celui-ci lit la %2) : ce qu&apos;il n&apos;a pas pu lire est listé ici</translation>
    </message>
    <message>
        <source>the request (%1)</source>
        <translation>la requête (%1)</translation>
    </message>
    <message>
        <source>the request (not a JSON object)</source>
        <translation>la requête (pas un objet JSON)</translation>
    </message>
    <message>
        <source>%1 (not known to this version)</source>
        <translation>%1 (inconnu de cette version)</translation>
    </message>
</context>
<context>
    <name>ShellWords</name>
    <message>
        <source>EOF found after escape character</source>
        <translation>fin de texte après un caractère d&apos;échappement</translation>
    </message>
    <message>
        <source>EOF found when expecting closing quote</source>
        <translation>fin de texte alors qu&apos;un guillemet fermant était attendu</translation>
    </message>
    <message>
        <source>a NUL character, which no command line can hold</source>
        <translation>un caractère NUL, qu’aucune ligne de commande ne peut contenir</translation>
    </message>
</context>
<context>
    <name>SpecSummary</name>
    <message>
        <source>No app is chosen yet.</source>
        <translation>Aucune app n&apos;est encore choisie.</translation>
    </message>
    <message>
        <source>your personal organization</source>
        <translation>votre organisation personnelle</translation>
    </message>
    <message>
        <source>In the app %1 (created in %2 if it does not exist yet).</source>
        <translation>Dans l&apos;app %1 (créée dans %2 si elle n&apos;existe pas encore).</translation>
    </message>
    <message>
        <source>In your app %1.</source>
        <translation>Dans votre app %1.</translation>
    </message>
    <message>
        <source>In a new app %1, created first in %2.</source>
        <translation>Dans une nouvelle app %1, créée d&apos;abord dans %2.</translation>
    </message>
    <message>
        <source>Runs an image built from %1 in %2 and pushed to Fly&apos;s registry</source>
        <translation>Exécute une image construite depuis %1 dans %2 et envoyée au registre de Fly</translation>
    </message>
    <message>
        <source>Runs the image %1</source>
        <translation>Exécute l&apos;image %1</translation>
    </message>
    <message>
        <source>No image is chosen yet.</source>
        <translation>Aucune image n&apos;est encore choisie.</translation>
    </message>
    <message>
        <source>%1, with the command %2.</source>
        <translation>%1, avec la commande %2.</translation>
    </message>
    <message>
        <source>%1, with the image&apos;s own command.</source>
        <translation>%1, avec la commande propre de l&apos;image.</translation>
    </message>
    <message>
        <source>A Machine named by Fly.io</source>
        <translation>Une Machine nommée par Fly.io</translation>
    </message>
    <message>
        <source>The Machine %1</source>
        <translation>La Machine %1</translation>
    </message>
    <message>
        <source>%1, in the region nearest to you.</source>
        <translation>%1, dans la région la plus proche de vous.</translation>
    </message>
    <message>
        <source>%1, in %2.</source>
        <translation>%1, dans %2.</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 Go</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
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
            <numerusform>%n CPU %1 et %2 de mémoire : environ %3 en marche.</numerusform>
            <numerusform>%n CPU %1 et %2 de mémoire : environ %3 en marche.</numerusform>
        </translation>
    </message>
    <message>
        <source>A %1 service on port %2 inside, without public ports.</source>
        <translation>Un service %1 sur le port interne %2, sans ports publics.</translation>
    </message>
    <message>
        <source>Public %1 %2, answered on port %3 inside.</source>
        <translation>%1 public %2, servi sur le port interne %3.</translation>
    </message>
    <message>
        <source>Without traffic it stops.</source>
        <translation>Sans trafic, elle s&apos;arrête.</translation>
    </message>
    <message>
        <source>Without traffic it is suspended.</source>
        <translation>Sans trafic, elle est suspendue.</translation>
    </message>
    <message>
        <source>No public ports: reachable only on the app&apos;s private network.</source>
        <translation>Pas de ports publics : joignable seulement sur le réseau privé de l&apos;app.</translation>
    </message>
    <message>
        <source>No volume: what the Machine writes lasts until it stops.</source>
        <translation>Pas de volume : ce que la Machine écrit dure jusqu&apos;à son arrêt.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>The volume %1.</source>
        <translation>Le volume %1.</translation>
    </message>
    <message>
        <source>No environment variables or files.</source>
        <translation>Aucune variable d&apos;environnement ni fichier.</translation>
    </message>
    <message>
        <source>%1, %2 and %3.</source>
        <translation>%1, %2 et %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n environment variable(s)</source>
        <translation>
            <numerusform>%n variable d&apos;environnement</numerusform>
            <numerusform>%n variables d&apos;environnement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) of the app</source>
        <translation>
            <numerusform>%n secret de l&apos;app</numerusform>
            <numerusform>%n secrets de l&apos;app</numerusform>
        </translation>
    </message>
    <message>
        <source>destroyed when it exits</source>
        <translation>détruite quand elle se termine</translation>
    </message>
    <message>
        <source>never restarted</source>
        <translation>jamais redémarrée</translation>
    </message>
    <message>
        <source>restarted by Fly.io&apos;s default policy (when it fails)</source>
        <translation>redémarrée selon la politique par défaut de Fly.io (en cas d&apos;échec)</translation>
    </message>
    <message>
        <source>always restarted</source>
        <translation>toujours redémarrée</translation>
    </message>
    <message numerus="yes">
        <source>restarted when it fails, up to %n time(s)</source>
        <translation>
            <numerusform>redémarrée en cas d&apos;échec, jusqu&apos;à %n fois</numerusform>
            <numerusform>redémarrée en cas d&apos;échec, jusqu&apos;à %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>restarted when it fails</source>
        <translation>redémarrée en cas d&apos;échec</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>démarrée %1</translation>
    </message>
    <message>
        <source>standing by for %1</source>
        <translation>en attente pour %1</translation>
    </message>
    <message>
        <source>Created stopped</source>
        <translation>Créée arrêtée</translation>
    </message>
    <message>
        <source>Started at once</source>
        <translation>Démarrée tout de suite</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1 ; %2.</translation>
    </message>
</context>
<context>
    <name>TokenSources</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 is not valid YAML: %2</source>
        <translation>%1 n&apos;est pas du YAML valide : %2</translation>
    </message>
    <message>
        <source>The token comes from flyctl&apos;s config.yml and has expired or been revoked: run `fly auth login` to refresh it, then launch again.</source>
        <translation>Le jeton vient du config.yml de flyctl et a expiré ou été révoqué : lancez `fly auth login` pour le renouveler, puis relancez.</translation>
    </message>
    <message>
        <source>The token comes from FLY_API_TOKEN or FLY_ACCESS_TOKEN: set a current one (`fly tokens create deploy` makes one).</source>
        <translation>Le jeton vient de FLY_API_TOKEN ou FLY_ACCESS_TOKEN : définissez-en un valide (`fly tokens create deploy` en crée un).</translation>
    </message>
    <message>
        <source>Enter a current token on the Account step (`fly auth token` prints yours).</source>
        <translation>Saisissez un jeton valide à l&apos;étape Compte (`fly auth token` affiche le vôtre).</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>choose the app the Machine belongs to, or a name for a new one</source>
        <translation>choisissez l&apos;app à laquelle appartient la Machine, ou un nom pour une nouvelle</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid app name: use at most 63 lowercase letters, digits and dashes</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;app valide : utilisez au plus 63 lettres minuscules, chiffres et tirets</translation>
    </message>
    <message>
        <source>the build folder %1 does not exist: choose the folder that holds your Dockerfile</source>
        <translation>le dossier de build %1 n&apos;existe pas : choisissez le dossier qui contient votre Dockerfile</translation>
    </message>
    <message>
        <source>no Dockerfile at %1: choose one, or a folder that has one</source>
        <translation>pas de Dockerfile dans %1 : choisissez-en un, ou un dossier qui en contient un</translation>
    </message>
    <message>
        <source>a build argument has no name: write NAME=VALUE</source>
        <translation>un argument de build n&apos;a pas de nom : écrivez NOM=VALEUR</translation>
    </message>
    <message>
        <source>choose an image to run (for example nginx:1.27), or a Dockerfile to build</source>
        <translation>choisissez une image à exécuter (par exemple nginx:1.27), ou un Dockerfile à construire</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an image reference: write it like nginx:1.27, ghcr.io/owner/app:tag or registry.fly.io/app@sha256:…</source>
        <translation>« %1 » n&apos;est pas une référence d&apos;image : écrivez-la comme nginx:1.27, ghcr.io/owner/app:tag ou registry.fly.io/app@sha256:…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a region: use a code such as ams or ord (a comma list of codes and aliases is allowed)</source>
        <translation>« %1 » n&apos;est pas une région : utilisez un code comme ams ou ord (une liste de codes et d&apos;alias séparés par des virgules est permise)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid Machine name: use at most 63 letters, digits, dashes and underscores</source>
        <translation>« %1 » n&apos;est pas un nom de Machine valide : utilisez au plus 63 lettres, chiffres, tirets et tirets bas</translation>
    </message>
    <message>
        <source>The CPU kind given: %1, is not valid: choose shared or performance</source>
        <translation>Le type de CPU donné, %1, n&apos;est pas valide : choisissez shared ou performance</translation>
    </message>
    <message>
        <source>For the CPU kind %1, %2 CPUs is not valid: valid numbers are %3</source>
        <translation>Pour le type de CPU %1, %2 CPU n&apos;est pas valide : les nombres valides sont %3</translation>
    </message>
    <message>
        <source>%1 MB of memory is too little for %2 %3 CPUs: use at least %4 MB (try %5 MB)</source>
        <translation>%1 Mo de mémoire, c&apos;est trop peu pour %2 CPU %3 : utilisez au moins %4 Mo (essayez %5 Mo)</translation>
    </message>
    <message>
        <source>%1 MB of memory is too much for %2 %3 CPUs: use at most %4 MB (try %5 MB)</source>
        <translation>%1 Mo de mémoire, c&apos;est trop pour %2 CPU %3 : utilisez au plus %4 Mo (essayez %5 Mo)</translation>
    </message>
    <message>
        <source>%1 MB of memory is not valid: memory comes in %2 MB steps (try %3 MB)</source>
        <translation>%1 Mo de mémoire n&apos;est pas valide : la mémoire va par pas de %2 Mo (essayez %3 Mo)</translation>
    </message>
    <message>
        <source>the maximum memory (%1 MB) is below the memory (%2 MB): raise it or leave it empty</source>
        <translation>la mémoire maximale (%1 Mo) est inférieure à la mémoire (%2 Mo) : augmentez-la ou laissez-la vide</translation>
    </message>
    <message>
        <source>rootfs persistence must be never, always or restart, not &apos;%1&apos;</source>
        <translation>la persistance du rootfs doit être never, always ou restart, pas « %1 »</translation>
    </message>
    <message>
        <source>the root filesystem size must not be negative</source>
        <translation>la taille du système de fichiers racine ne doit pas être négative</translation>
    </message>
    <message>
        <source>the swap size must be greater than zero, or empty for no swap</source>
        <translation>la taille du swap doit être supérieure à zéro, ou vide pour aucun swap</translation>
    </message>
    <message>
        <source>the cache drive size must not be negative</source>
        <translation>la taille du disque de cache ne doit pas être négative</translation>
    </message>
    <message>
        <source>%1 %2 is out of range: ports are 1 to 65535</source>
        <translation>%1 %2 est hors limites : les ports vont de 1 à 65535</translation>
    </message>
    <message>
        <source>protocol &apos;%1&apos; is not supported: use tcp or udp</source>
        <translation>le protocole « %1 » n&apos;est pas pris en charge : utilisez tcp ou udp</translation>
    </message>
    <message>
        <source>internal port</source>
        <translation>port interne</translation>
    </message>
    <message>
        <source>the service on internal port %1 has no public port: add one or remove the service</source>
        <translation>le service du port interne %1 n&apos;a pas de port public : ajoutez-en un ou retirez le service</translation>
    </message>
    <message>
        <source>start port</source>
        <translation>port de début</translation>
    </message>
    <message>
        <source>end port</source>
        <translation>port de fin</translation>
    </message>
    <message>
        <source>the port range %1-%2 ends before it starts: write the smaller port first</source>
        <translation>la plage de ports %1-%2 finit avant de commencer : écrivez d&apos;abord le plus petit port</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>handler &apos;%1&apos; is unknown: use %2</source>
        <translation>le handler « %1 » est inconnu : utilisez %2</translation>
    </message>
    <message>
        <source>autostop is on and autostart is off: once stopped, nothing starts this Machine again</source>
        <translation>autostop est activé et autostart désactivé : une fois arrêtée, rien ne redémarre cette Machine</translation>
    </message>
    <message>
        <source>choose a volume (its id, vol_…, or its name)</source>
        <translation>choisissez un volume (son id, vol_…, ou son nom)</translation>
    </message>
    <message>
        <source>the mount path &apos;%1&apos; must be absolute, like /data</source>
        <translation>le point de montage « %1 » doit être absolu, comme /data</translation>
    </message>
    <message>
        <source>two volumes are mounted at %1: choose another path</source>
        <translation>deux volumes sont montés sur %1 : choisissez un autre chemin</translation>
    </message>
    <message>
        <source>volume %1 is mounted twice: a volume attaches to one place; use another volume</source>
        <translation>le volume %1 est monté deux fois : un volume s&apos;attache à un seul endroit ; utilisez un autre volume</translation>
    </message>
    <message>
        <source>an environment variable has no name: write NAME=VALUE</source>
        <translation>une variable d&apos;environnement n&apos;a pas de nom : écrivez NOM=VALEUR</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid variable name: use letters, digits and underscores, not starting with a digit</source>
        <translation>« %1 » n&apos;est pas un nom de variable valide : utilisez des lettres, chiffres et tirets bas, sans commencer par un chiffre</translation>
    </message>
    <message>
        <source>%1 looks like a secret: plain environment variables are visible in the Machine&apos;s config; store it with `fly secrets set` instead</source>
        <translation>%1 ressemble à un secret : les variables d&apos;environnement ordinaires sont visibles dans la config de la Machine ; stockez-le plutôt avec `fly secrets set`</translation>
    </message>
    <message>
        <source>a metadata entry has no name: write NAME=VALUE</source>
        <translation>une entrée de métadonnées n&apos;a pas de nom : écrivez NOM=VALEUR</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid metadata name: use letters, digits, dots, dashes and underscores</source>
        <translation>« %1 » n&apos;est pas un nom de métadonnée valide : utilisez des lettres, chiffres, points, tirets et tirets bas</translation>
    </message>
    <message>
        <source>guest path, %1, must be absolute, like /etc/app.conf</source>
        <translation>le chemin invité, %1, doit être absolu, comme /etc/app.conf</translation>
    </message>
    <message>
        <source>%1 is written twice; the later file wins</source>
        <translation>%1 est écrit deux fois ; le dernier fichier l&apos;emporte</translation>
    </message>
    <message>
        <source>could not read file %1: choose a file that exists</source>
        <translation>impossible de lire le fichier %1 : choisissez un fichier qui existe</translation>
    </message>
    <message>
        <source>choose the app secret that holds the file&apos;s content</source>
        <translation>choisissez le secret de l&apos;app qui contient le contenu du fichier</translation>
    </message>
    <message>
        <source>invalid restart policy &apos;%1&apos;: choose no, always or on-failure</source>
        <translation>politique de redémarrage « %1 » invalide : choisissez no, always ou on-failure</translation>
    </message>
    <message>
        <source>the number of retries must not be negative</source>
        <translation>le nombre de tentatives ne doit pas être négatif</translation>
    </message>
    <message>
        <source>retries only count with the on-failure policy</source>
        <translation>les tentatives ne comptent qu&apos;avec la politique on-failure</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a schedule: choose hourly, daily, weekly or monthly</source>
        <translation>« %1 » n&apos;est pas une planification : choisissez hourly, daily, weekly ou monthly</translation>
    </message>
    <message>
        <source>a scheduled Machine with restart &apos;always&apos; never waits for its schedule: use on-failure or no</source>
        <translation>une Machine planifiée avec le redémarrage « always » n&apos;attend jamais sa planification : utilisez on-failure ou no</translation>
    </message>
    <message>
        <source>a standby target is empty: list the ids of the Machines this one stands by for</source>
        <translation>une cible de secours est vide : listez les id des Machines pour lesquelles celle-ci est en attente</translation>
    </message>
    <message>
        <source>name the process group `fly deploy` manages this Machine in (usually app)</source>
        <translation>nommez le groupe de processus dans lequel `fly deploy` gère cette Machine (généralement app)</translation>
    </message>
    <message>
        <source>the request is %1 KiB, over the API&apos;s 1 MiB limit: move large files into the image or a volume</source>
        <translation>la requête fait %1 Kio, au-delà de la limite de 1 Mio de l&apos;API : déplacez les gros fichiers dans l&apos;image ou un volume</translation>
    </message>
    <message>
        <source>the request is %1 KiB: large inline files slow every Machine update; consider the image or a volume</source>
        <translation>la requête fait %1 Kio : les gros fichiers en ligne ralentissent chaque mise à jour de Machine ; pensez à l&apos;image ou à un volume</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an organization slug: use its lowercase letters, digits and dashes, as `fly orgs list` shows them</source>
        <translation>« %1 » n’est pas le slug d’une organisation : utilisez ses minuscules, chiffres et tirets, tels que `fly orgs list` les affiche</translation>
    </message>
</context>
</TS>
