<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <source>The API token was not accepted (%1).</source>
        <translation>API トークンが受け入れられませんでした (%1)。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source> (Request ID: %1)</source>
        <translation> (リクエスト ID: %1)</translation>
    </message>
    <message>
        <source>Try choosing a different region for the Machine.</source>
        <translation>Machine に別のリージョンを選んでみてください。</translation>
    </message>
    <message>
        <source>App names are unique across all of Fly.io, not just your organization: try a different name.</source>
        <translation>アプリ名は組織内だけでなく Fly.io 全体で一意です。別の名前を試してください。</translation>
    </message>
    <message>
        <source>Replace the token in Settings (create one with `fly tokens create deploy`).</source>
        <translation>設定でトークンを置き換えてください (`fly tokens create deploy` で作成できます)。</translation>
    </message>
    <message>
        <source>The API is rate limiting requests; wait a moment and try again.</source>
        <translation>API がリクエストを制限しています。少し待ってから再試行してください。</translation>
    </message>
    <message>
        <source>Check the API address in Settings; certificate errors are never ignored.</source>
        <translation>設定の API アドレスを確認してください。証明書のエラーは決して無視されません。</translation>
    </message>
    <message>
        <source>Check your network connection and the API address in Settings.</source>
        <translation>ネットワーク接続と設定の API アドレスを確認してください。</translation>
    </message>
    <message>
        <source>the API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 was not accepted: %2</source>
        <translation>%1 の TLS 証明書は受け入れられませんでした: %2</translation>
    </message>
    <message>
        <source>The connection to %1 was refused: %2</source>
        <translation>%1 への接続が拒否されました: %2</translation>
    </message>
    <message>
        <source>The address of %1 could not be found: %2</source>
        <translation>%1 のアドレスが見つかりませんでした: %2</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>%1 への接続に失敗しました: %2</translation>
    </message>
    <message>
        <source>No answer came from %1 in time.</source>
        <translation>%1 から時間内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>%1 answered with a redirect to %2, which is not followed: the token goes only to the addresses in Settings.</source>
        <translation>%1 は %2 へのリダイレクトで応答しましたが、追従しません。トークンは設定にあるアドレスにだけ送られます。</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>%1 (HTTP %2 from %3)</source>
        <translation>%1 (%3 から HTTP %2)</translation>
    </message>
    <message>
        <source>The answer from %1 was HTTP %2.</source>
        <translation>%1 の応答は HTTP %2 でした。</translation>
    </message>
    <message>
        <source>The answer from %1 could not be read: %2</source>
        <translation>%1 の応答を読めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>AppInventory</name>
    <message>
        <source> in %1</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>There is no unattached volume named &apos;%1&apos;%2.</source>
        <translation>「%1」という名前の空きボリュームはありません%2。</translation>
    </message>
    <message>
        <source>The app has no volume %1.</source>
        <translation>アプリにボリューム %1 はありません。</translation>
    </message>
    <message>
        <source>The volume %1 is attached to the Machine %2.</source>
        <translation>ボリューム %1 は Machine %2 に接続されています。</translation>
    </message>
    <message>
        <source>The volume %1 is not free (state %2).</source>
        <translation>ボリューム %1 は空いていません (状態 %2)。</translation>
    </message>
    <message>
        <source>The volume %1 is in %2, not in %3: a volume attaches only in its own region.</source>
        <translation>ボリューム %1 は %3 ではなく %2 にあります。ボリュームは自分のリージョンでのみ接続できます。</translation>
    </message>
    <message>
        <source>no nearest region in the answer</source>
        <translation>応答に最寄りのリージョンがありません</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>its folder %1 could not be made</source>
        <translation>フォルダー %1 を作成できませんでした</translation>
    </message>
    <message>
        <source>another Flightdeck holds its lock file %1</source>
        <translation>別の Flightdeck がロックファイル %1 を保持しています</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>%1/month</source>
        <extracomment>%1 is an amount of US dollars, such as $6.64</extracomment>
        <translation>%1/月</translation>
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
        <translation>ガイド付きウィザードから Fly.io の Machine を起動します。

  flightdeck                       ウィザードを開く
  flightdeck PROFILE.flightdeck    保存したプロファイルでウィザードを開く
  flightdeck run IMAGE|PATH [CMD…] [fly machine run のフラグ]
                                   fly machine run コマンドの内容を入れてウィザードを開く
      --print-config               代わりに Machines API のリクエスト本文を出力する
      --print-command              代わりに正規化した fly machine run コマンドを出力する
      --yes                        ウィンドウなしで今すぐ起動する (存在しないアプリは作成する)
      --builder docker|podman|buildah   Dockerfile ビルドのイメージビルダー
      --api-url URL, --graphql-url URL  エンドポイント (既定: flyctl の変数、次に Fly.io)
      --help                       flightdeck run のすべてのフラグ
  flightdeck token set [--plaintext] | remove | status
                                   システムのキーチェーンの API トークン (set は標準入力から読む)
  flightdeck completion bash|zsh|fish
                                   シェルの補完スクリプト。例:
                                   source &lt;(flightdeck completion bash)</translation>
    </message>
    <message>
        <source>Nothing to do without a window. Try --help.</source>
        <translation>ウィンドウなしでは何もすることがありません。--help を試してください。</translation>
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
        <translation>使い方:
  flightdeck token set [--plaintext]   標準入力から読んだトークンをシステムのキーチェーンに保存する
                                       (--plaintext: キーチェーンがない場合、本人のみ読めるファイルに)
  flightdeck token remove              保存したトークンを削除する
  flightdeck token status              Flightdeck が使うトークンとその出どころを表示する

例: fly tokens create deploy | flightdeck token set</translation>
    </message>
    <message>
        <source>error: token: give the token on standard input, for example: fly tokens create deploy | flightdeck token set</source>
        <translation>エラー: トークン: 標準入力でトークンを渡してください。例: fly tokens create deploy | flightdeck token set</translation>
    </message>
    <message>
        <source>error: token: this system has no keychain (Secret Service). Set FLY_API_TOKEN for this session only, or run `flightdeck token set --plaintext` to store the token unencrypted in %1.</source>
        <translation>エラー: トークン: このシステムにはキーチェーン (Secret Service) がありません。このセッションだけ FLY_API_TOKEN を設定するか、`flightdeck token set --plaintext` でトークンを暗号化せずに %1 に保存してください。</translation>
    </message>
    <message>
        <source>error: token: the keychain refused to store it: %1</source>
        <translation>エラー: トークン: キーチェーンが保存を拒否しました: %1</translation>
    </message>
    <message>
        <source>warning: no keychain is available; the token is stored UNENCRYPTED in %1 (readable by you only). Remove it with `flightdeck token remove`.</source>
        <translation>警告: キーチェーンがありません。トークンは %1 に暗号化されずに保存されます (本人のみ読み取り可)。`flightdeck token remove` で削除できます。</translation>
    </message>
    <message>
        <source>The token is stored.</source>
        <translation>トークンを保存しました。</translation>
    </message>
    <message>
        <source>The stored token is removed.</source>
        <translation>保存されたトークンを削除しました。</translation>
    </message>
    <message>
        <source>Using %1 from the environment (kept in memory only).</source>
        <translation>環境変数の %1 を使用しています (メモリ内のみ)。</translation>
    </message>
    <message>
        <source>Using the token in flyctl&apos;s %1.</source>
        <translation>flyctl の %1 のトークンを使用しています。</translation>
    </message>
    <message>
        <source>Stored UNENCRYPTED in %1.</source>
        <translation>%1 に暗号化せずに保存されています。</translation>
    </message>
    <message>
        <source>Stored in the system keychain.</source>
        <translation>システムのキーチェーンに保存されています。</translation>
    </message>
    <message>
        <source>No token: set FLY_API_TOKEN, or store one with `flightdeck token set`.</source>
        <translation>トークンがありません。FLY_API_TOKEN を設定するか、`flightdeck token set` で保存してください。</translation>
    </message>
    <message>
        <source>Flightdeck %1, Qt %2, KSyntaxHighlighting %3, QtKeychain %4</source>
        <translation>Flightdeck %1、Qt %2、KSyntaxHighlighting %3、QtKeychain %4</translation>
    </message>
    <message>
        <source>(built with Qt %1)</source>
        <translation>(Qt %1 でビルド)</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>バージョン情報を表示します。</translation>
    </message>
</context>
<context>
    <name>CreateRequestCodec</name>
    <message>
        <source>config must be an object</source>
        <translation>config はオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>%1 must be a list of strings</source>
        <translation>%1 は文字列のリストである必要があります</translation>
    </message>
    <message>
        <source>%1 must be an object of strings</source>
        <translation>%1 は文字列のオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>%1.%2 must be a string</source>
        <translation>%1.%2 は文字列である必要があります</translation>
    </message>
    <message>
        <source>invalid autostop string value &quot;%1&quot;</source>
        <translation>autostop の文字列値「%1」が不正です</translation>
    </message>
    <message>
        <source>skip_secrets must be false: the Machine always gets the app&apos;s secrets</source>
        <translation>skip_secrets は false でなければなりません。Machine は常にアプリのシークレットを受け取ります</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>The platform could not start the image: %1</source>
        <translation>プラットフォームがイメージを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>Check the image reference and that the registry allows the pull.</source>
        <translation>イメージの参照と、レジストリが取得を許可しているかを確認してください。</translation>
    </message>
    <message>
        <source>once</source>
        <translation>1 回</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1 回</translation>
    </message>
    <message>
        <source>The Machine ran out of memory and was killed (%1).</source>
        <translation>Machine がメモリ不足になり強制終了されました (%1)。</translation>
    </message>
    <message>
        <source>Give it more memory.</source>
        <translation>メモリを増やしてください。</translation>
    </message>
    <message>
        <source>The command was not found in the image (exit code 127, %1).</source>
        <translation>コマンドがイメージ内に見つかりませんでした (終了コード 127、%1)。</translation>
    </message>
    <message>
        <source>Check the command and the entrypoint.</source>
        <translation>コマンドとエントリポイントを確認してください。</translation>
    </message>
    <message>
        <source>The command is not executable (exit code 126, %1).</source>
        <translation>コマンドが実行可能ではありません (終了コード 126、%1)。</translation>
    </message>
    <message>
        <source>The Machine is in a restart loop: its process exited %1 times in %2 s, the last time with code %3.</source>
        <translation>Machine が再起動ループに陥っています: プロセスが %2 秒間に %1 回終了し、最後の終了コードは %3 でした。</translation>
    </message>
    <message>
        <source>Look at the command and at what the process printed before each exit (the Machine&apos;s log); the restart policy &quot;no&quot; stops the loop while you look.</source>
        <translation>コマンドと、各終了の前にプロセスが出力した内容 (Machine のログ) を確認してください。再起動ポリシーを「no」にすると、確認の間ループが止まります。</translation>
    </message>
    <message>
        <source>The Machine&apos;s process exited with code %1 (%2).</source>
        <translation>Machine のプロセスがコード %1 で終了しました (%2)。</translation>
    </message>
    <message>
        <source>Look at the command, the environment and the files it needs; the Machine&apos;s log shows what it printed.</source>
        <translation>コマンド、環境、必要なファイルを確認してください。Machine のログに出力内容があります。</translation>
    </message>
    <message>
        <source>The Machine&apos;s process finished right after starting (exit code 0, %1).</source>
        <translation>Machine のプロセスが起動直後に終了しました (終了コード 0、%1)。</translation>
    </message>
    <message>
        <source>A Machine runs as long as its main process: give it a command that keeps running, or a schedule.</source>
        <translation>Machine はメインプロセスが動いている間だけ動きます。動き続けるコマンドかスケジュールを指定してください。</translation>
    </message>
    <message>
        <source>The Machine ran out of memory: the kernel killed its process (%1 MB).</source>
        <translation>Machine がメモリ不足です: カーネルがプロセスを強制終了しました (%1 MB)。</translation>
    </message>
    <message>
        <source>Give it more memory, or make the app use less.</source>
        <translation>メモリを増やすか、アプリの使用量を減らしてください。</translation>
    </message>
    <message>
        <source>The image could not be pulled: %1</source>
        <translation>イメージを取得できませんでした: %1</translation>
    </message>
    <message>
        <source>Check the image reference, and that the registry lets Fly pull it (a private registry needs credentials).</source>
        <translation>イメージの参照と、レジストリが Fly による取得を許可しているかを確認してください (プライベートレジストリには認証情報が必要です)。</translation>
    </message>
    <message>
        <source>The app listens on port %1, but the service sends its traffic to port %2.</source>
        <translation>アプリはポート %1 で待ち受けていますが、サービスはポート %2 にトラフィックを送ります。</translation>
    </message>
    <message>
        <source>Set the service&apos;s internal port to %1, or make the app listen on %2.</source>
        <translation>サービスの内部ポートを %1 にするか、アプリを %2 で待ち受けるようにしてください。</translation>
    </message>
    <message>
        <source>The app listens on %1, where Fly Proxy cannot reach it.</source>
        <translation>アプリは %1 で待ち受けており、Fly Proxy から到達できません。</translation>
    </message>
    <message>
        <source>a local address</source>
        <translation>ローカルアドレス</translation>
    </message>
    <message>
        <source>Make the app listen on %1 (all addresses, not 127.0.0.1 or localhost).</source>
        <translation>アプリを %1 で待ち受けるようにしてください (127.0.0.1 や localhost ではなく全アドレス)。</translation>
    </message>
    <message>
        <source>The app listens on %1:%2, where Fly Proxy cannot reach it.</source>
        <translation>アプリは %1:%2 で待ち受けており、Fly Proxy から到達できません。</translation>
    </message>
    <message>
        <source>Make the app listen on 0.0.0.0:%1 (all addresses, not 127.0.0.1 or localhost).</source>
        <translation>アプリを 0.0.0.0:%1 で待ち受けるようにしてください (127.0.0.1 や localhost ではなく全アドレス)。</translation>
    </message>
    <message>
        <source>The app says %1 is not set.</source>
        <translation>アプリは %1 が設定されていないと言っています。</translation>
    </message>
    <message>
        <source>Add %1 on Environment and files, or set it as a secret of the app (fly secrets set %1=…).</source>
        <translation>%1 を「環境とファイル」で追加するか、アプリのシークレットとして設定してください (fly secrets set %1=…)。</translation>
    </message>
    <message>
        <source>The app could not find the file %1.</source>
        <translation>アプリがファイル %1 を見つけられませんでした。</translation>
    </message>
    <message>
        <source>Write the file into the Machine on Environment and files, or mount the volume that holds it.</source>
        <translation>「環境とファイル」でファイルを Machine に書き込むか、そのファイルを含むボリュームをマウントしてください。</translation>
    </message>
    <message>
        <source>The health check %1 is still %2 after %3 s: %4</source>
        <translation>ヘルスチェック %1 は %3 秒後も %2 のままです: %4</translation>
    </message>
    <message>
        <source>no output</source>
        <translation>出力なし</translation>
    </message>
    <message>
        <source>Nothing answered on the port the check probes. The app must listen on 0.0.0.0 or [::] (not 127.0.0.1 or localhost) at the service&apos;s internal port, or the internal port must be the one the app listens on.</source>
        <translation>チェックが調べるポートで何も応答しませんでした。アプリはサービスの内部ポートで 0.0.0.0 または [::] (127.0.0.1 や localhost ではなく) で待ち受けるか、内部ポートをアプリが待ち受けるポートにする必要があります。</translation>
    </message>
    <message>
        <source>The app answered, but not with success: check the health check&apos;s path, or what the app returns there.</source>
        <translation>アプリは応答しましたが成功ではありませんでした。ヘルスチェックのパスか、アプリがそこで返す内容を確認してください。</translation>
    </message>
    <message>
        <source>Look at the check&apos;s settings and at the Machine&apos;s log.</source>
        <translation>チェックの設定と Machine のログを確認してください。</translation>
    </message>
    <message>
        <source>Check the image&apos;s name and tag, and that its registry holds it (a private registry needs credentials).</source>
        <translation>イメージの名前とタグ、そしてレジストリにそのイメージがあるかを確認してください (プライベートレジストリには認証情報が必要です)。</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>looking for one</source>
        <translation>検索中</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>being checked</source>
        <translation>確認中</translation>
    </message>
    <message>
        <source>accepted by the API</source>
        <translation>API が受け入れ済み</translation>
    </message>
    <message>
        <source>refused by the API</source>
        <translation>API が拒否</translation>
    </message>
    <message>
        <source>not checked: the API could not be reached</source>
        <translation>未確認: API に接続できませんでした</translation>
    </message>
    <message>
        <source>Qt built: %1</source>
        <translation>ビルド時の Qt: %1</translation>
    </message>
    <message>
        <source>System: %1 (%2, kernel %3)</source>
        <translation>システム: %1 (%2、カーネル %3)</translation>
    </message>
    <message>
        <source>Display: %1</source>
        <translation>ディスプレイ: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>言語: %1</translation>
    </message>
    <message>
        <source>Machines API: %1</source>
        <translation>Machines API: %1</translation>
    </message>
    <message>
        <source>GraphQL API: %1</source>
        <translation>GraphQL API: %1</translation>
    </message>
    <message>
        <source>Registry: %1</source>
        <translation>レジストリ: %1</translation>
    </message>
    <message>
        <source>Token: %1, %2</source>
        <translation>トークン: %1、%2</translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation>キーチェーン: %1</translation>
    </message>
    <message>
        <source>available</source>
        <translation>利用可能</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>利用不可</translation>
    </message>
</context>
<context>
    <name>Endpoints</name>
    <message>
        <source>Machines API: %1</source>
        <translation>Machines API: %1</translation>
    </message>
    <message>
        <source>GraphQL API: %1</source>
        <translation>GraphQL API: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a URL: write it like https://api.machines.dev</source>
        <translation>「%1」は URL ではありません。https://api.machines.dev のように書いてください</translation>
    </message>
    <message>
        <source>%1 uses plain http to a remote host; Flightdeck sends your token only over https (http is allowed for 127.0.0.1 and localhost)</source>
        <translation>%1 はリモートホストへ平文の http を使います。Flightdeck はトークンを https でのみ送ります (http は 127.0.0.1 と localhost にのみ許可)</translation>
    </message>
    <message>
        <source>%1: only https URLs (or http to this computer) are supported</source>
        <translation>%1: https の URL (またはこのコンピューターへの http) のみ対応しています</translation>
    </message>
</context>
<context>
    <name>FlagHelp</name>
    <message>
        <source>The app the Machine belongs to (else FLY_APP, then the app in fly.toml)</source>
        <translation>Machine が属するアプリ (省略時は FLY_APP、次に fly.toml のアプリ)</translation>
    </message>
    <message>
        <source>The organization of a new app (else FLY_ORG)</source>
        <translation>新しいアプリの組織 (省略時は FLY_ORG)</translation>
    </message>
    <message>
        <source>Where the Machine runs, such as ams or ord (else the region nearest to you)</source>
        <translation>Machine を動かす場所。ams や ord など (省略時は最寄りのリージョン)</translation>
    </message>
    <message>
        <source>The Machine&apos;s name, unique in the app (else one is generated)</source>
        <translation>Machine の名前。アプリ内で一意 (省略時は自動生成)</translation>
    </message>
    <message>
        <source>The fly.toml to read the app and the build from</source>
        <translation>アプリとビルドを読み込む fly.toml</translation>
    </message>
    <message>
        <source>A Machine config to start from: inline JSON or a .json file; the other flags apply on top</source>
        <translation>元にする Machine 設定: インライン JSON か .json ファイル。その他のフラグが上書きします</translation>
    </message>
    <message>
        <source>Removed: use fly machine update</source>
        <translation>削除されました: fly machine update を使ってください</translation>
    </message>
    <message>
        <source>Build the image from this Dockerfile instead of pulling one</source>
        <translation>イメージを取得する代わりにこの Dockerfile からビルドする</translation>
    </message>
    <message>
        <source>A build argument, NAME=VALUE (repeatable)</source>
        <translation>ビルド引数 NAME=VALUE (繰り返し可)</translation>
    </message>
    <message>
        <source>The stage of a multi-stage Dockerfile to build</source>
        <translation>ビルドするマルチステージ Dockerfile のステージ</translation>
    </message>
    <message>
        <source>Build without the builder&apos;s cache</source>
        <translation>ビルダーのキャッシュを使わずにビルドする</translation>
    </message>
    <message>
        <source>The tag of the built image in Fly&apos;s registry (else deployment-&lt;id&gt;)</source>
        <translation>Fly のレジストリでのビルド済みイメージのタグ (省略時は deployment-&lt;id&gt;)</translation>
    </message>
    <message>
        <source>Replace the image&apos;s entrypoint (split as a shell splits words)</source>
        <translation>イメージのエントリポイントを置き換える (シェルと同じように単語に分割)</translation>
    </message>
    <message>
        <source>A kernel argument for the Machine (repeatable; replaces the config&apos;s)</source>
        <translation>Machine のカーネル引数 (繰り返し可。設定のものを置き換えます)</translation>
    </message>
    <message>
        <source>A size preset, such as shared-cpu-1x or performance-2x</source>
        <translation>サイズのプリセット。shared-cpu-1x や performance-2x など</translation>
    </message>
    <message>
        <source>The number of CPUs</source>
        <translation>CPU の数</translation>
    </message>
    <message>
        <source>shared or performance</source>
        <translation>shared または performance</translation>
    </message>
    <message>
        <source>Memory, in MB or with a unit such as 1gb</source>
        <translation>メモリ。MB 単位か、1gb のように単位付きで</translation>
    </message>
    <message>
        <source>The most memory the Machine may grow to, in MB or with a unit</source>
        <translation>Machine が拡張できる最大メモリ。MB 単位か単位付きで</translation>
    </message>
    <message>
        <source>Removed: GPU Machines are no longer offered</source>
        <translation>削除されました: GPU Machine は提供されなくなりました</translation>
    </message>
    <message>
        <source>Run on the dedicated hosts of this group</source>
        <translation>このグループの専有ホストで動かす</translation>
    </message>
    <message>
        <source>Keep the root file system: never, always or restart</source>
        <translation>ルートファイルシステムを保持する: never、always、restart</translation>
    </message>
    <message>
        <source>The root file system&apos;s size, in GB or with a unit</source>
        <translation>ルートファイルシステムのサイズ。GB 単位か単位付きで</translation>
    </message>
    <message>
        <source>Swap space, in MB or with a unit</source>
        <translation>スワップ領域。MB 単位か単位付きで</translation>
    </message>
    <message>
        <source>A cache drive, in MB or with a unit (0: none)</source>
        <translation>キャッシュドライブ。MB 単位か単位付きで (0: なし)</translation>
    </message>
    <message>
        <source>A public port: port[:internal][/protocol[:handler…]], such as 443:8080/tcp:tls:http</source>
        <translation>公開ポート: port[:internal][/protocol[:handler…]]。例: 443:8080/tcp:tls:http</translation>
    </message>
    <message>
        <source>Start the Machine when a request arrives</source>
        <translation>リクエストが来たら Machine を起動する</translation>
    </message>
    <message>
        <source>Without traffic: off, stop or suspend (a bare --autostop is stop)</source>
        <translation>トラフィックがないとき: off、stop、suspend (--autostop だけなら stop)</translation>
    </message>
    <message>
        <source>Leave the Machine out of the app&apos;s internal DNS</source>
        <translation>Machine をアプリの内部 DNS から外す</translation>
    </message>
    <message>
        <source>Stand by for these Machines, started only when one fails</source>
        <translation>これらの Machine の待機系。どれかが故障したときだけ起動</translation>
    </message>
    <message>
        <source>Mount a volume: &lt;volume id or name&gt;:/path</source>
        <translation>ボリュームをマウントする: &lt;ボリュームの ID または名前&gt;:/path</translation>
    </message>
    <message>
        <source>An environment variable, NAME=VALUE (repeatable)</source>
        <translation>環境変数 NAME=VALUE (繰り返し可)</translation>
    </message>
    <message>
        <source>Metadata, NAME=VALUE (repeatable)</source>
        <translation>メタデータ NAME=VALUE (繰り返し可)</translation>
    </message>
    <message>
        <source>Write a local file into the Machine: /guest/path=local/path</source>
        <translation>ローカルファイルを Machine に書き込む: /guest/path=local/path</translation>
    </message>
    <message>
        <source>Write text into the Machine: /guest/path=text</source>
        <translation>テキストを Machine に書き込む: /guest/path=text</translation>
    </message>
    <message>
        <source>Write an app secret into the Machine: /guest/path=SECRET_NAME</source>
        <translation>アプリのシークレットを Machine に書き込む: /guest/path=SECRET_NAME</translation>
    </message>
    <message>
        <source>When the Machine restarts: no, always or on-failure</source>
        <translation>Machine の再起動条件: no、always、on-failure</translation>
    </message>
    <message>
        <source>Destroy the Machine when it exits</source>
        <translation>終了したら Machine を破棄する</translation>
    </message>
    <message>
        <source>Start the Machine hourly, daily, weekly or monthly</source>
        <translation>Machine を毎時、毎日、毎週、毎月のいずれかで起動する</translation>
    </message>
    <message>
        <source>Do not wait for the health checks once the Machine runs</source>
        <translation>Machine の起動後にヘルスチェックを待たない</translation>
    </message>
    <message>
        <source>Do not wait for the health checks</source>
        <translation>ヘルスチェックを待たない</translation>
    </message>
    <message>
        <source>Seconds to wait for the Machine to start</source>
        <translation>Machine の起動を待つ秒数</translation>
    </message>
    <message>
        <source>A temporary Machine with a shell, destroyed when the shell ends</source>
        <translation>シェル付きの一時 Machine。シェルの終了時に破棄</translation>
    </message>
    <message>
        <source>The user of the --shell session</source>
        <translation>--shell セッションのユーザー</translation>
    </message>
    <message>
        <source>The shell of the --shell session</source>
        <translation>--shell セッションのシェル</translation>
    </message>
    <message>
        <source>Ignored: the token comes from the keychain or FLY_API_TOKEN, never a command line</source>
        <translation>無視されます: トークンはキーチェーンか FLY_API_TOKEN から取得し、コマンドラインからは受け取りません</translation>
    </message>
    <message>
        <source>Launch now, without the window, and create a missing app</source>
        <translation>ウィンドウを開かずに今すぐ起動し、存在しないアプリは作成する</translation>
    </message>
    <message>
        <source>App and place</source>
        <translation>アプリと場所</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>イメージ</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>リソース</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Volumes, environment and files</source>
        <translation>ボリューム、環境、ファイル</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>ライフサイクル</translation>
    </message>
    <message>
        <source>Accepted for compatibility with flyctl, no effect here</source>
        <translation>flyctl との互換性のために受け付けます。ここでは効果はありません</translation>
    </message>
    <message>
        <source>flyctl&apos;s global flags</source>
        <translation>flyctl のグローバルフラグ</translation>
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
        <translation>machine 設定ファイル %1 を読み取れませんでした</translation>
    </message>
    <message>
        <source>invalid machine config source: &quot;%1&quot; (give inline JSON starting with &apos;{&apos; or a path ending in .json)</source>
        <translation>machine 設定のソースが不正です: 「%1」 (「{」で始まるインライン JSON か、.json で終わるパスを指定してください)</translation>
    </message>
    <message>
        <source>invalid machine config &quot;%1&quot;: %2</source>
        <translation>machine 設定「%1」が不正です: %2</translation>
    </message>
    <message>
        <source>invalid key/value pairs specified for flag %1: &apos;%2&apos; must be in the format NAME=VALUE</source>
        <translation>フラグ %1 のキーと値のペアが不正です: 「%2」は NAME=VALUE の形式である必要があります</translation>
    </message>
    <message>
        <source>--port %1: %2</source>
        <translation>--port %1: %2</translation>
    </message>
    <message>
        <source>invalid entrypoint: %1</source>
        <translation>エントリポイントが不正です: %1</translation>
    </message>
    <message>
        <source>The &apos;on-fail&apos; restart policy is deprecated. Use &apos;on-failure&apos; instead.</source>
        <translation>再起動ポリシー「on-fail」は非推奨です。「on-failure」を使ってください。</translation>
    </message>
    <message>
        <source>invalid restart provided: &apos;%1&apos; (choose no, always or on-failure)</source>
        <translation>再起動の指定が不正です: 「%1」 (no、always、on-failure から選んでください)</translation>
    </message>
    <message>
        <source>Can&apos;t infer volume and mount path from &apos;%1&apos; (write &lt;volume id or name&gt;:/path)</source>
        <translation>「%1」からボリュームとマウントパスを推測できません (&lt;ボリュームの ID または名前&gt;:/path と書いてください)</translation>
    </message>
    <message>
        <source>--%1 has no effect without a build: give a folder (./ or /…) or --dockerfile</source>
        <translation>--%1 はビルドなしでは効果がありません: フォルダー (./ または /…) か --dockerfile を指定してください</translation>
    </message>
    <message>
        <source>invalid build-arg: &apos;%1&apos;: must be in the format NAME=VALUE</source>
        <translation>build-arg が不正です: 「%1」: NAME=VALUE の形式である必要があります</translation>
    </message>
    <message>
        <source>--autostart and --autostop apply to services, and there are none: add a --port</source>
        <translation>--autostart と --autostop はサービスに適用されますが、サービスがありません: --port を追加してください</translation>
    </message>
    <message>
        <source>invalid autostop value &quot;%1&quot; (choose off, stop or suspend)</source>
        <translation>autostop の値「%1」が不正です (off、stop、suspend から選んでください)</translation>
    </message>
    <message>
        <source>failed to read --%1: invalid --%1 argument %2 (write /guest/path=VALUE)</source>
        <translation>--%1 を読み取れませんでした: --%1 の引数 %2 が不正です (/guest/path=VALUE と書いてください)</translation>
    </message>
    <message>
        <source>failed to read --%1: guest path, %2, must be absolute</source>
        <translation>--%1 を読み取れませんでした: ゲストのパス %2 は絶対パスである必要があります</translation>
    </message>
    <message>
        <source>--wait-timeout takes seconds from 1 to 3600, got &apos;%1&apos;</source>
        <translation>--wait-timeout は 1 から 3600 の秒数です。指定値: 「%1」</translation>
    </message>
    <message>
        <source>to update an existing machine, use &apos;flyctl machine update&apos;</source>
        <translation>既存の machine を更新するには「flyctl machine update」を使ってください</translation>
    </message>
    <message>
        <source>--access-token is ignored: Flightdeck takes the token from the keychain or the environment, never from a command line</source>
        <translation>--access-token は無視されます: Flightdeck はトークンをキーチェーンか環境から取得し、コマンドラインからは受け取りません</translation>
    </message>
    <message>
        <source>cannot split the command line: %1</source>
        <translation>コマンドラインを分割できません: %1</translation>
    </message>
    <message>
        <source>invalid argument &quot;%1&quot; for &quot;%2&quot; flag: strconv.ParseBool: parsing &quot;%1&quot;: invalid syntax</source>
        <translation>フラグ「%2」の引数「%1」が不正です: strconv.ParseBool: parsing 「%1」: invalid syntax</translation>
    </message>
    <message>
        <source>invalid argument &quot;%1&quot; for &quot;%2&quot; flag: strconv.ParseInt: parsing &quot;%1&quot;: invalid syntax</source>
        <translation>フラグ「%2」の引数「%1」が不正です: strconv.ParseInt: parsing 「%1」: invalid syntax</translation>
    </message>
    <message>
        <source>unknown flag: --%1</source>
        <translation>不明なフラグ: --%1</translation>
    </message>
    <message>
        <source>flag needs an argument: --%1</source>
        <translation>フラグには引数が必要です: --%1</translation>
    </message>
    <message>
        <source>unknown shorthand flag: &apos;%1&apos; in %2</source>
        <translation>%2 の中の不明な短縮フラグ: 「%1」</translation>
    </message>
    <message>
        <source>flag needs an argument: &apos;%1&apos; in %2</source>
        <translation>フラグには引数が必要です: %2 の中の「%1」</translation>
    </message>
    <message>
        <source>GPU machines are no longer supported: choose a shared or performance size instead of &apos;%1&apos;</source>
        <translation>GPU machine はサポートされなくなりました: 「%1」の代わりに shared か performance のサイズを選んでください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an invalid machine size, choose one of: [%2]</source>
        <translation>「%1」は不正な machine サイズです。次から選んでください: [%2]</translation>
    </message>
    <message>
        <source>invalid machine preset requested, &apos;%1&apos;, expected to start with &apos;shared&apos; or &apos;performance&apos;</source>
        <translation>不正な machine プリセット「%1」: 「shared」または「performance」で始まる必要があります</translation>
    </message>
    <message>
        <source>--vm-cpus must be greater than zero, got: %1</source>
        <translation>--vm-cpus は 0 より大きくなければなりません。指定値: %1</translation>
    </message>
    <message>
        <source>invalid size: invalid size: &apos;%1&apos;</source>
        <translation>サイズが不正です: サイズが不正です: 「%1」</translation>
    </message>
    <message>
        <source>--vm-memory cannot be zero</source>
        <translation>--vm-memory は 0 にできません</translation>
    </message>
    <message>
        <source>--vm-max-memory cannot be zero</source>
        <translation>--vm-max-memory は 0 にできません</translation>
    </message>
    <message>
        <source>--vm-cpu-kind must be set to &apos;shared&apos; or &apos;performance&apos;</source>
        <translation>--vm-cpu-kind は「shared」か「performance」にする必要があります</translation>
    </message>
    <message>
        <source>GPU machines are no longer supported: --vm-gpu-kind and --vm-gpus are no longer accepted</source>
        <translation>GPU machine はサポートされなくなりました: --vm-gpu-kind と --vm-gpus は受け付けません</translation>
    </message>
    <message>
        <source>invalid rootfs-persist value, must be one of: never, always, restart</source>
        <translation>rootfs-persist の値が不正です。never、always、restart のいずれかにしてください</translation>
    </message>
    <message>
        <source>invalid rootfs size: invalid size: invalid size: &apos;%1&apos;</source>
        <translation>rootfs のサイズが不正です: サイズが不正です: サイズが不正です: 「%1」</translation>
    </message>
    <message>
        <source>--rootfs-size must not be negative</source>
        <translation>--rootfs-size は負の値にできません</translation>
    </message>
    <message>
        <source>invalid swap size: invalid size: &apos;%1&apos;</source>
        <translation>スワップのサイズが不正です: サイズが不正です: 「%1」</translation>
    </message>
    <message>
        <source>--swap-size must be greater than zero</source>
        <translation>--swap-size は 0 より大きくなければなりません</translation>
    </message>
    <message>
        <source>invalid cachedrive size: invalid size: &apos;%1&apos;</source>
        <translation>cachedrive のサイズが不正です: サイズが不正です: 「%1」</translation>
    </message>
    <message>
        <source>--cachedrive-size must not be negative</source>
        <translation>--cachedrive-size は負の値にできません</translation>
    </message>
    <message>
        <source>port must be at most two elements (ports/protocol:handler)</source>
        <translation>ポートは最大 2 要素です (ports/protocol:handler)</translation>
    </message>
    <message>
        <source>invalid port: %1</source>
        <translation>ポートが不正です: %1</translation>
    </message>
    <message>
        <source>invalid machine (internal) port: %1</source>
        <translation>machine の (内部) ポートが不正です: %1</translation>
    </message>
    <message>
        <source>invalid external port: %1</source>
        <translation>外部ポートが不正です: %1</translation>
    </message>
    <message>
        <source>invalid start port for port range: %1</source>
        <translation>ポート範囲の開始ポートが不正です: %1</translation>
    </message>
    <message>
        <source>invalid end port for port range: %1</source>
        <translation>ポート範囲の終了ポートが不正です: %1</translation>
    </message>
    <message>
        <source>external port must be at most 2 elements (port, or range start-end)</source>
        <translation>外部ポートは最大 2 要素です (ポート、または範囲 開始-終了)</translation>
    </message>
    <message>
        <source>port definition must be at most 2 elements (external:internal)</source>
        <translation>ポート定義は最大 2 要素です (external:internal)</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
</context>
<context>
    <name>Flightdeck::ApiClient</name>
    <message numerus="yes">
        <source>it is larger than %n MiB, so it was not read to the end</source>
        <translation>
            <numerusform>%n MiB を超えるため、最後まで読み込みませんでした</numerusform>
        </translation>
    </message>
    <message>
        <source>it is not JSON</source>
        <translation>JSON ではありません</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Cli::HeadlessLaunch</name>
    <message>
        <source>the keychain could not be read: %1</source>
        <translation>キーチェーンを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Machine %1 (%2) is %3</source>
        <translation>Machine %1 (%2) は %3 です</translation>
    </message>
    <message>
        <source>region:     %1</source>
        <translation>リージョン:   %1</translation>
    </message>
    <message>
        <source>private IP: %1</source>
        <translation>プライベート IP: %1</translation>
    </message>
    <message>
        <source>requests:   %1</source>
        <translation>リクエスト数: %1</translation>
    </message>
    <message>
        <source>hint: %1</source>
        <translation>ヒント: %1</translation>
    </message>
    <message>
        <source>already created: %1</source>
        <translation>作成済み: %1</translation>
    </message>
</context>
<context>
    <name>Flightdeck::ImageBuilder</name>
    <message>
        <source>No image builder was found: install docker, podman or buildah.</source>
        <translation>イメージビルダーが見つかりません: docker、podman、buildah のいずれかをインストールしてください。</translation>
    </message>
    <message>
        <source>The chosen image builder, %1, is not installed.</source>
        <translation>選択したイメージビルダー %1 がインストールされていません。</translation>
    </message>
    <message>
        <source>Cancelled during the %1.</source>
        <translation>キャンセルしました (%1)。</translation>
    </message>
    <message>
        <source>The image %1 failed (%2 exited with %3): %4</source>
        <translation>イメージ %1 が失敗しました (%2 が %3 で終了): %4</translation>
    </message>
    <message>
        <source>%1 could not be started.</source>
        <translation>%1 を起動できませんでした。</translation>
    </message>
    <message>
        <source>No private folder for the registry login could be made: %1</source>
        <translation>レジストリへのログイン用の非公開フォルダーを作成できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Flightdeck::KeychainTokenStore</name>
    <message>
        <source>No keychain is available on this system.</source>
        <translation>このシステムではキーチェーンを利用できません。</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Launcher</name>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancelled before anything was created.</source>
        <translation>何も作成される前にキャンセルしました。</translation>
    </message>
    <message>
        <source>Cancelled. Already created: %1.</source>
        <translation>キャンセルしました。作成済み: %1。</translation>
    </message>
    <message>
        <source>There is no API token.</source>
        <translation>API トークンがありません。</translation>
    </message>
    <message>
        <source>Add one in Settings, or set FLY_API_TOKEN.</source>
        <translation>設定で追加するか、FLY_API_TOKEN を設定してください。</translation>
    </message>
    <message>
        <source>Change the API address in Settings.</source>
        <translation>設定で API アドレスを変更してください。</translation>
    </message>
    <message>
        <source>present; the first request confirms it</source>
        <translation>あり。最初のリクエストで確認されます</translation>
    </message>
    <message>
        <source>No app was chosen.</source>
        <translation>アプリが選ばれていません。</translation>
    </message>
    <message>
        <source>Choose an existing app or name a new one.</source>
        <translation>既存のアプリを選ぶか、新しいアプリの名前を付けてください。</translation>
    </message>
    <message>
        <source>%1 (confirmed by the create request)</source>
        <translation>%1 (作成リクエストで確認)</translation>
    </message>
    <message>
        <source>looking up the app</source>
        <translation>アプリを検索中</translation>
    </message>
    <message>
        <source>%1 exists</source>
        <translation>%1 は存在します</translation>
    </message>
    <message>
        <source>looking up the app&apos;s volumes</source>
        <translation>アプリのボリュームを検索中</translation>
    </message>
    <message>
        <source>Create one, or choose another volume or region.</source>
        <translation>作成するか、別のボリュームかリージョンを選んでください。</translation>
    </message>
    <message>
        <source>%1; volumes %2</source>
        <translation>%1。ボリューム %2</translation>
    </message>
    <message>
        <source>The app &apos;%1&apos; does not exist.</source>
        <translation>アプリ「%1」は存在しません。</translation>
    </message>
    <message>
        <source>Create it: confirm in the wizard, or add --yes (and --org) on the command line.</source>
        <translation>作成してください: ウィザードで確認するか、コマンドラインで --yes (と --org) を付けてください。</translation>
    </message>
    <message>
        <source>creating the app %1 in %2</source>
        <translation>アプリ %1 を %2 に作成中</translation>
    </message>
    <message>
        <source>the answer was lost (%1); checking whether the app exists</source>
        <translation>応答が失われました (%1)。アプリが存在するか確認中</translation>
    </message>
    <message>
        <source>the app %1</source>
        <translation>アプリ %1</translation>
    </message>
    <message>
        <source>%1 created</source>
        <translation>%1 を作成しました</translation>
    </message>
    <message>
        <source>No image was chosen.</source>
        <translation>イメージが選ばれていません。</translation>
    </message>
    <message>
        <source>Give an image reference such as nginx:1.27.</source>
        <translation>nginx:1.27 のようなイメージ参照を指定してください。</translation>
    </message>
    <message>
        <source>%1 (the platform resolves it)</source>
        <translation>%1 (プラットフォームが解決します)</translation>
    </message>
    <message>
        <source>checking %1 in its registry</source>
        <translation>レジストリで %1 を確認中</translation>
    </message>
    <message>
        <source>Check the image reference, or build the image from its Dockerfile.</source>
        <translation>イメージの参照を確認するか、Dockerfile からイメージをビルドしてください。</translation>
    </message>
    <message>
        <source>%1 found in its registry</source>
        <translation>%1 がレジストリで見つかりました</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>building %1 for %2</source>
        <translation>%2 向けに %1 をビルド中</translation>
    </message>
    <message>
        <source>logging in to the registry</source>
        <translation>レジストリにログイン中</translation>
    </message>
    <message>
        <source>pushing %1</source>
        <translation>%1 をプッシュ中</translation>
    </message>
    <message>
        <source>The build log above shows the details.</source>
        <translation>詳細は上のビルドログを参照してください。</translation>
    </message>
    <message>
        <source>the image %1</source>
        <translation>イメージ %1</translation>
    </message>
    <message>
        <source>sending again (attempt %1)</source>
        <translation>再送信中 (試行 %1)</translation>
    </message>
    <message>
        <source>rate limited; trying again in %1 s</source>
        <translation>レート制限中。%1 秒後に再試行します</translation>
    </message>
    <message>
        <source>the answer was lost (%1); looking for this launch&apos;s Machine</source>
        <translation>応答が失われました (%1)。この起動の Machine を検索中</translation>
    </message>
    <message>
        <source>%1 Whether a Machine was created could not be checked (%2); look at the app&apos;s Machines before launching again.</source>
        <translation>%1 Machine が作成されたか確認できませんでした (%2)。再度起動する前にアプリの Machine を確認してください。</translation>
    </message>
    <message>
        <source>not listed yet; looking again</source>
        <translation>まだ一覧にありません。再検索中</translation>
    </message>
    <message>
        <source>the Machine %1</source>
        <translation>Machine %1</translation>
    </message>
    <message>
        <source>%1 (%2) in %3</source>
        <translation>%3 の %1 (%2)</translation>
    </message>
    <message>
        <source>a standby stays stopped until it is needed</source>
        <translation>待機系は必要になるまで停止したままです</translation>
    </message>
    <message>
        <source>create only</source>
        <translation>作成のみ</translation>
    </message>
    <message>
        <source>The Machine did not start within %1 seconds.</source>
        <translation>Machine は %1 秒以内に起動しませんでした。</translation>
    </message>
    <message>
        <source>started</source>
        <translation>起動済み</translation>
    </message>
    <message>
        <source>The Machine is %1 instead of started.</source>
        <translation>Machine は起動済みではなく %1 です。</translation>
    </message>
    <message>
        <source>still %1</source>
        <translation>まだ %1</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>起動中</translation>
    </message>
    <message>
        <source>detached</source>
        <translation>デタッチ</translation>
    </message>
    <message>
        <source>running; no health checks</source>
        <translation>実行中。ヘルスチェックなし</translation>
    </message>
    <message numerus="yes">
        <source>running; %n health check(s) not watched (--skip-health-checks)</source>
        <translation>
            <numerusform>実行中。%n 件のヘルスチェックは監視しません (--skip-health-checks)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting for %n health check(s) to pass</source>
        <translation>
            <numerusform>%n 件のヘルスチェックの合格を待機中</numerusform>
        </translation>
    </message>
    <message>
        <source>the process exited and flyd restarts it; watching whether it stays up</source>
        <translation>プロセスが終了し、flyd が再起動しています。動き続けるか監視中</translation>
    </message>
    <message>
        <source>watching for %1 s</source>
        <translation>%1 秒間監視中</translation>
    </message>
    <message>
        <source>check %1: %2</source>
        <translation>チェック %1: %2</translation>
    </message>
    <message>
        <source>check %1: %2 — %3</source>
        <translation>チェック %1: %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>running; %n health check(s) passing</source>
        <translation>
            <numerusform>実行中。%n 件のヘルスチェックが合格</numerusform>
        </translation>
    </message>
    <message>
        <source>Look at the Machine&apos;s events and its log.</source>
        <translation>Machine のイベントとログを確認してください。</translation>
    </message>
    <message>
        <source>reading the Machine&apos;s log for the cause</source>
        <translation>原因を探すため Machine のログを読み取り中</translation>
    </message>
    <message numerus="yes">
        <source>running again after %n restart(s)</source>
        <translation>
            <numerusform>%n 回の再起動の後、再び実行中</numerusform>
        </translation>
    </message>
    <message>
        <source>it names no Machine</source>
        <translation>Machine が示されていません</translation>
    </message>
    <message>
        <source>it is not a list of Machines</source>
        <translation>Machine の一覧ではありません</translation>
    </message>
</context>
<context>
    <name>Flightdeck::LogStream</name>
    <message>
        <source>the answer was not a page of log lines</source>
        <translation>応答がログ行のページではありませんでした</translation>
    </message>
    <message>
        <source>The log could not be read: %1</source>
        <translation>ログを読み取れませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Flightdeck::MachineAction</name>
    <message>
        <source>Start</source>
        <extracomment>a verb: what the action does to the Machine (also the title of its messages)</extracomment>
        <translation>起動</translation>
    </message>
    <message>
        <source>Stop</source>
        <extracomment>a verb, the Machine action</extracomment>
        <translation>停止</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>再起動</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Update</source>
        <extracomment>a verb: send a new config to the Machine</extracomment>
        <translation>更新</translation>
    </message>
    <message>
        <source>Could not start %1</source>
        <translation>%1 を起動できませんでした</translation>
    </message>
    <message>
        <source>Could not stop %1</source>
        <translation>%1 を停止できませんでした</translation>
    </message>
    <message>
        <source>Could not restart %1</source>
        <translation>%1 を再起動できませんでした</translation>
    </message>
    <message>
        <source>Could not suspend %1</source>
        <translation>%1 を一時停止できませんでした</translation>
    </message>
    <message>
        <source>Could not destroy %1</source>
        <translation>%1 を破棄できませんでした</translation>
    </message>
    <message>
        <source>Could not update %1</source>
        <translation>%1 を更新できませんでした</translation>
    </message>
    <message>
        <source>Taking the lease on %1…</source>
        <translation>%1 のリースを取得中…</translation>
    </message>
    <message>
        <source>Could not take the lease on %1</source>
        <translation>%1 のリースを取得できませんでした</translation>
    </message>
    <message>
        <source>the lease&apos;s answer has no nonce</source>
        <translation>リースの応答に nonce がありません</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>%1 を起動中…</translation>
    </message>
    <message>
        <source>Stopping %1…</source>
        <translation>%1 を停止中…</translation>
    </message>
    <message>
        <source>Restarting %1…</source>
        <translation>%1 を再起動中…</translation>
    </message>
    <message>
        <source>Suspending %1…</source>
        <translation>%1 を一時停止中…</translation>
    </message>
    <message>
        <source>Destroying %1…</source>
        <translation>%1 を破棄中…</translation>
    </message>
    <message>
        <source>Sending the new config to %1…</source>
        <translation>新しい設定を %1 に送信中…</translation>
    </message>
    <message numerus="yes">
        <source>it was not %1 after %n second(s)</source>
        <translation>
            <numerusform>%n 秒後も %1 ではありませんでした</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not finish</source>
        <translation>%1 が完了しませんでした</translation>
    </message>
    <message>
        <source>Waiting until %1 is %2…</source>
        <translation>%1 が %2 になるのを待機中…</translation>
    </message>
    <message>
        <source>Started %1.</source>
        <translation>%1 を起動しました。</translation>
    </message>
    <message>
        <source>Stopped %1.</source>
        <translation>%1 を停止しました。</translation>
    </message>
    <message>
        <source>Restarted %1.</source>
        <translation>%1 を再起動しました。</translation>
    </message>
    <message>
        <source>Suspended %1.</source>
        <translation>%1 を一時停止しました。</translation>
    </message>
    <message>
        <source>Destroyed %1.</source>
        <translation>%1 を破棄しました。</translation>
    </message>
    <message>
        <source>Updated %1; it runs the new config (version %2).</source>
        <translation>%1 を更新しました。新しい設定で動いています (バージョン %2)。</translation>
    </message>
    <message>
        <source>Updated %1; it stays stopped until it is started (version %2).</source>
        <translation>%1 を更新しました。起動されるまで停止したままです (バージョン %2)。</translation>
    </message>
    <message numerus="yes">
        <source>The lease could not be given back (%1); it ends by itself within %n second(s).</source>
        <translation>
            <numerusform>リースを返却できませんでした (%1)。%n 秒以内に自動的に終了します。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: someone else is changing this Machine (%2). Try again once their lease ends.</source>
        <translation>%1: 他の誰かがこの Machine を変更しています (%2)。そのリースが終わってから再試行してください。</translation>
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
        <translation>確認中…</translation>
    </message>
    <message>
        <source>The token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>The token and the organization</source>
        <translation>トークンと組織</translation>
    </message>
    <message>
        <source>The API refused the token: %1</source>
        <translation>API がトークンを拒否しました: %1</translation>
    </message>
    <message>
        <source>The API accepts the token.</source>
        <translation>API はトークンを受け入れています。</translation>
    </message>
    <message>
        <source>The token cannot reach the organization %1 (it reaches %2).</source>
        <translation>トークンは組織 %1 に届きません (届くのは %2)。</translation>
    </message>
    <message>
        <source>The API accepts the token, and it reaches the organization %1.</source>
        <translation>API はトークンを受け入れ、組織 %1 に届きます。</translation>
    </message>
    <message>
        <source>The app %1</source>
        <translation>アプリ %1</translation>
    </message>
    <message>
        <source>%1 exists, and this token may launch Machines in it.</source>
        <translation>%1 は存在し、このトークンでその中に Machine を起動できます。</translation>
    </message>
    <message>
        <source>The name is free: launching creates the app %1 in %2.</source>
        <translation>名前は空いています: 起動するとアプリ %1 を %2 に作成します。</translation>
    </message>
    <message>
        <source>%1 belongs to an organization this token cannot reach: choose another name.</source>
        <translation>%1 はこのトークンが届かない組織のものです。別の名前を選んでください。</translation>
    </message>
    <message>
        <source>The region %1</source>
        <translation>リージョン %1</translation>
    </message>
    <message>
        <source>The platform has no region %1.</source>
        <translation>プラットフォームにリージョン %1 はありません。</translation>
    </message>
    <message>
        <source>%1 (%2) is being retired: choose another region.</source>
        <translation>%1 (%2) は廃止予定です。別のリージョンを選んでください。</translation>
    </message>
    <message>
        <source>%1 (%2, paid plans only)</source>
        <translation>%1 (%2、有料プランのみ)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 × %2 CPU, %3 MB</source>
        <translation>%1 × %2 CPU、%3 MB</translation>
    </message>
    <message>
        <source>%1; whether it has room could not be asked: %2</source>
        <translation>%1。空きがあるか問い合わせできませんでした: %2</translation>
    </message>
    <message>
        <source>%1 has no room for a Machine of %2 now: choose another region or size.</source>
        <translation>%1 には現在 %2 の Machine の空きがありません。別のリージョンかサイズを選んでください。</translation>
    </message>
    <message>
        <source>%1 has room for a Machine of %2 (it would go to %3).</source>
        <translation>%1 には %2 の Machine の空きがあります (%3 に配置されます)。</translation>
    </message>
    <message>
        <source>The volumes</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <source>The app does not exist yet, so it has none of the volumes %1: create the app and its volumes first.</source>
        <translation>アプリがまだ存在しないため、ボリューム %1 はありません。先にアプリとボリュームを作成してください。</translation>
    </message>
    <message>
        <source>%1 (%2, %3 GB, %4)</source>
        <translation>%1 (%2、%3 GB、%4)</translation>
    </message>
    <message>
        <source>Free and ready: %1.</source>
        <translation>空きあり、準備完了: %1。</translation>
    </message>
    <message>
        <source>Ready: %1.</source>
        <translation>準備完了: %1。</translation>
    </message>
    <message>
        <source>The secrets the files come from</source>
        <translation>ファイルの元になるシークレット</translation>
    </message>
    <message>
        <source>The app does not exist yet, so it has no secrets: set %1 with fly secrets set after creating it.</source>
        <translation>アプリがまだ存在しないため、シークレットはありません。作成後に fly secrets set で %1 を設定してください。</translation>
    </message>
    <message>
        <source>The app has no secret %1: set it with fly secrets set, or choose another.</source>
        <translation>アプリにシークレット %1 はありません。fly secrets set で設定するか、別のものを選んでください。</translation>
    </message>
    <message>
        <source>The app has %1.</source>
        <translation>アプリには %1 があります。</translation>
    </message>
    <message>
        <source>The image %1</source>
        <translation>イメージ %1</translation>
    </message>
    <message>
        <source>Not asked: the Machines API is a simulator on this computer, which resolves public images itself.</source>
        <translation>問い合わせていません: Machines API はこのコンピューター上のシミュレーターで、公開イメージを自分で解決します。</translation>
    </message>
    <message>
        <source>Found in its registry.</source>
        <translation>レジストリで見つかりました。</translation>
    </message>
    <message>
        <source>Found in its registry (%1).</source>
        <translation>レジストリで見つかりました (%1)。</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::AccountPage</name>
    <message>
        <source>Keep it in the system &amp;keychain</source>
        <translation>システムのキーチェーンに保存する(&amp;K)</translation>
    </message>
    <message>
        <source>Keep it in memory for this &amp;session only</source>
        <translation>このセッションの間だけメモリに保持する(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Use this token</source>
        <translation>このトークンを使う(&amp;U)</translation>
    </message>
    <message>
        <source>Fo&amp;rget the stored token</source>
        <translation>保存されたトークンを削除する(&amp;R)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Flightdeck has no token yet.&lt;/b&gt; Until it has one, every step can still be filled in and the preview shows the request; launching needs the token. Any one of these gives it one:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Paste a token below. Create it with &lt;code&gt;fly tokens create org&lt;/code&gt; (it can also create apps in that organization) or &lt;code&gt;fly tokens create deploy -a APP&lt;/code&gt; (one existing app), or on the Tokens page of the Fly.io dashboard. &lt;a href=&quot;%1&quot;&gt;Which token to create&lt;/a&gt;&lt;/li&gt;&lt;li&gt;Start Flightdeck with the token in the &lt;code&gt;FLY_API_TOKEN&lt;/code&gt; environment variable.&lt;/li&gt;&lt;li&gt;Sign in with flyctl (&lt;code&gt;fly auth login&lt;/code&gt;): Flightdeck uses the token flyctl keeps.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Flightdeck にはまだトークンがありません。&lt;/b&gt;トークンがなくても各ステップを入力でき、プレビューにリクエストが表示されます。起動にはトークンが必要です。次のどれかでトークンを渡せます:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;下にトークンを貼り付ける。&lt;code&gt;fly tokens create org&lt;/code&gt; (その組織でアプリも作成できます) か &lt;code&gt;fly tokens create deploy -a APP&lt;/code&gt; (既存の 1 アプリ) で作成するか、Fly.io ダッシュボードの Tokens ページで作成します。&lt;a href=&quot;%1&quot;&gt;どのトークンを作成するか&lt;/a&gt;&lt;/li&gt;&lt;li&gt;環境変数 &lt;code&gt;FLY_API_TOKEN&lt;/code&gt; にトークンを入れて Flightdeck を起動する。&lt;/li&gt;&lt;li&gt;flyctl でサインインする (&lt;code&gt;fly auth login&lt;/code&gt;): Flightdeck は flyctl が保持するトークンを使います。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API トークン</translation>
    </message>
    <message>
        <source>paste the token here</source>
        <translation>ここにトークンを貼り付け</translation>
    </message>
    <message>
        <source>Flightdeck talks to the Machines API at &lt;b&gt;%1&lt;/b&gt; with your Fly.io API token. The token is never written to a profile, the history, a log or the preview.</source>
        <translation>Flightdeck は Fly.io の API トークンを使って &lt;b&gt;%1&lt;/b&gt; の Machines API と通信します。トークンがプロファイル、履歴、ログ、プレビューに書き込まれることはありません。</translation>
    </message>
    <message>
        <source>Token in use:</source>
        <translation>使用中のトークン:</translation>
    </message>
    <message>
        <source>New &amp;token:</source>
        <translation>新しいトークン(&amp;T):</translation>
    </message>
    <message>
        <source>Remember it:</source>
        <translation>記憶する:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>the token is still being checked</source>
        <translation>トークンを確認中です</translation>
    </message>
    <message>
        <source>no API token: paste one below (create it with `fly tokens create deploy`)</source>
        <translation>API トークンがありません: 下に貼り付けてください (`fly tokens create deploy` で作成)</translation>
    </message>
    <message>
        <source>the API refused this token: paste a current one below</source>
        <translation>API がこのトークンを拒否しました: 有効なトークンを下に貼り付けてください</translation>
    </message>
    <message>
        <source>the token could not be checked because the API did not answer; lists stay empty until it does</source>
        <translation>API が応答しなかったためトークンを確認できませんでした。応答があるまで一覧は空のままです</translation>
    </message>
    <message>
        <source>Looking for a token…</source>
        <translation>トークンを検索中…</translation>
    </message>
    <message>
        <source>No token found in FLY_API_TOKEN, flyctl&apos;s configuration or the keychain.</source>
        <translation>FLY_API_TOKEN、flyctl の設定、キーチェーンのどこにもトークンがありません。</translation>
    </message>
    <message>
        <source>Checking the token (%1)…</source>
        <translation>トークンを確認中 (%1)…</translation>
    </message>
    <message>
        <source>Accepted by the API — %1.</source>
        <translation>API が受け入れました — %1。</translation>
    </message>
    <message>
        <source>Refused by the API (%1): %2</source>
        <translation>API が拒否しました (%1): %2</translation>
    </message>
    <message>
        <source>Not checked (%1): %2</source>
        <translation>未確認 (%1): %2</translation>
    </message>
    <message>
        <source>This system has no keychain (Secret Service); run `flightdeck token set --plaintext` to opt in to an owner-only file.</source>
        <translation>このシステムにはキーチェーン (Secret Service) がありません。本人のみ読めるファイルを使うには `flightdeck token set --plaintext` を実行してください。</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::ApiSession</name>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>キーチェーンを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>flyctl&apos;s configuration could not be read: %1</source>
        <translation>flyctl の設定を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Stored in the system keychain.</source>
        <translation>システムのキーチェーンに保存しました。</translation>
    </message>
    <message>
        <source>Not stored: %1 The token is kept for this session only.</source>
        <translation>保存されていません: %1 トークンはこのセッションの間だけ保持されます。</translation>
    </message>
    <message>
        <source>Removed from the keychain.</source>
        <translation>キーチェーンから削除しました。</translation>
    </message>
    <message>
        <source>Could not remove it from the keychain: %1</source>
        <translation>キーチェーンから削除できませんでした: %1</translation>
    </message>
    <message>
        <source>stored in the system keychain</source>
        <translation>システムのキーチェーンに保存</translation>
    </message>
    <message>
        <source>from the environment variable %1</source>
        <translation>環境変数 %1 から</translation>
    </message>
    <message>
        <source>from flyctl&apos;s configuration (%1)</source>
        <translation>flyctl の設定 (%1) から</translation>
    </message>
    <message>
        <source>kept in memory for this session only</source>
        <translation>このセッションの間だけメモリに保持</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>That is not a token: paste the output of `fly tokens create deploy` or `fly auth token`.</source>
        <translation>トークンではありません: `fly tokens create deploy` か `fly auth token` の出力を貼り付けてください。</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::AppPage</name>
    <message>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>App</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>pick one of the organization&apos;s apps, or type a new name</source>
        <translation>組織のアプリを選ぶか、新しい名前を入力</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>プロジェクトフォルダー</translation>
    </message>
    <message>
        <source>optional: a folder with fly.toml</source>
        <translation>省略可: fly.toml のあるフォルダー</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>参照(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>組織(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;App:</source>
        <translation>アプリ(&amp;A):</translation>
    </message>
    <message>
        <source>Pro&amp;ject folder:</source>
        <translation>プロジェクトフォルダー(&amp;J):</translation>
    </message>
    <message>
        <source>App and organization</source>
        <translation>アプリと組織</translation>
    </message>
    <message>
        <source>the name %1 belongs to another organization: choose another name</source>
        <translation>名前 %1 は別の組織のものです。別の名前を選んでください</translation>
    </message>
    <message>
        <source>Loading your organizations…</source>
        <translation>組織を読み込み中…</translation>
    </message>
    <message>
        <source>Could not load the organizations: %1</source>
        <translation>組織を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>%1 (personal)</source>
        <translation>%1 (個人)</translation>
    </message>
    <message>
        <source>Loading the apps of %1…</source>
        <translation>%1 のアプリを読み込み中…</translation>
    </message>
    <message>
        <source>Could not load the apps: %1</source>
        <translation>アプリを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>%1 has no apps yet: type a name to create one.</source>
        <translation>%1 にはまだアプリがありません。名前を入力すると作成します。</translation>
    </message>
    <message numerus="yes">
        <source>An existing app of %1 with %n Machine(s).</source>
        <translation>
            <numerusform>%1 の既存のアプリ (Machine %n 台)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked: the API is not connected.</source>
        <translation>未確認: API に接続していません。</translation>
    </message>
    <message>
        <source>Checking whether %1 is free…</source>
        <translation>%1 が空いているか確認中…</translation>
    </message>
    <message>
        <source>Could not check the name: %1</source>
        <translation>名前を確認できませんでした: %1</translation>
    </message>
    <message>
        <source>A new app: the name is free. Flightdeck creates it in %1 when you launch.</source>
        <translation>新しいアプリ: 名前は空いています。起動時に Flightdeck が %1 に作成します。</translation>
    </message>
    <message>
        <source>Taken: this name belongs to an app outside %1.</source>
        <translation>使用済み: この名前は %1 以外のアプリのものです。</translation>
    </message>
    <message>
        <source>fly.toml could not be read: %1</source>
        <translation>fly.toml を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>App %1 from fly.toml.</source>
        <translation>fly.toml のアプリ %1。</translation>
    </message>
    <message>
        <source>No fly.toml in this folder.</source>
        <translation>このフォルダーに fly.toml はありません。</translation>
    </message>
    <message>
        <source>The image will be built from %1.</source>
        <translation>イメージは %1 からビルドされます。</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::ArgumentsEdit</name>
    <message>
        <source>%1, one argument per row</source>
        <translation>%1 (1 行に 1 引数)</translation>
    </message>
    <message>
        <source>List</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>Edit one argument per row instead of a shell-like line</source>
        <translation>シェル風の 1 行の代わりに、1 行に 1 引数で編集する</translation>
    </message>
    <message>
        <source>Edit %1 as a list</source>
        <translation>%1 をリストとして編集</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::ChecklistView</name>
    <message>
        <source>checking</source>
        <translation>確認中</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>could not check</source>
        <translation>確認できません</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>変更…</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>変更: %1</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::CommandPage</name>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>Entrypoint</source>
        <translation>エントリポイント</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>コマンド(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Entrypoint:</source>
        <translation>エントリポイント(&amp;E):</translation>
    </message>
    <message>
        <source>Write them as in a shell — quotes keep spaces, for example  sh -c &apos;echo hello&apos; — or switch to List and give one argument per row.</source>
        <translation>シェルと同じように書きます — 引用符で空白を保てます。例:  sh -c &apos;echo hello&apos; — または「リスト」に切り替えて 1 行に 1 引数を指定します。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>empty: the image has none</source>
        <translation>空: イメージにはありません</translation>
    </message>
    <message>
        <source>empty: from the image, %1</source>
        <translation>空: イメージのもの、%1</translation>
    </message>
    <message>
        <source>empty: the image&apos;s CMD</source>
        <translation>空: イメージの CMD</translation>
    </message>
    <message>
        <source>empty: the image&apos;s ENTRYPOINT</source>
        <translation>空: イメージの ENTRYPOINT</translation>
    </message>
    <message>
        <source>it starts in %1</source>
        <translation>%1 で起動します</translation>
    </message>
    <message>
        <source>it runs as the user %1</source>
        <translation>ユーザー %1 として動きます</translation>
    </message>
    <message>
        <source>From the image: %1.</source>
        <translation>イメージから: %1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::EnvironmentPage</name>
    <message>
        <source>Environment variables</source>
        <translation>環境変数</translation>
    </message>
    <message>
        <source>&amp;Environment variables (secrets belong in `fly secrets set`, not here):</source>
        <translation>環境変数 (シークレットはここではなく `fly secrets set` で)(&amp;E):</translation>
    </message>
    <message>
        <source>Fi&amp;les written into the Machine:</source>
        <translation>Machine に書き込むファイル(&amp;L):</translation>
    </message>
    <message>
        <source>Environment and files</source>
        <translation>環境とファイル</translation>
    </message>
    <message>
        <source>Loading the secret names of %1…</source>
        <translation>%1 のシークレット名を読み込み中…</translation>
    </message>
    <message>
        <source>Could not load the app&apos;s secrets: %1</source>
        <translation>アプリのシークレットを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>%1 has no secrets yet (set them with `fly secrets set`).</source>
        <translation>%1 にはまだシークレットがありません (`fly secrets set` で設定します)。</translation>
    </message>
    <message>
        <source>Secrets of %1 to choose from: %2</source>
        <translation>選べる %1 のシークレット: %2</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::FilesTable</name>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Path in the Machine</source>
        <extracomment>column headings; &quot;Source&quot; is where a file&apos;s content comes from (text, a local file, a secret)</extracomment>
        <translation>Machine 内のパス</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Add &amp;text</source>
        <translation>テキストを追加(&amp;T)</translation>
    </message>
    <message>
        <source>Add lo&amp;cal file…</source>
        <translation>ローカルファイルを追加(&amp;C)…</translation>
    </message>
    <message>
        <source>A file on this computer; its bytes are sent with the request</source>
        <translation>このコンピューター上のファイル。内容はリクエストと一緒に送られます</translation>
    </message>
    <message>
        <source>Add sec&amp;ret</source>
        <translation>シークレットを追加(&amp;R)</translation>
    </message>
    <message>
        <source>Edit te&amp;xt…</source>
        <translation>テキストを編集(&amp;X)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>削除(&amp;V)</translation>
    </message>
    <message>
        <source>A file to write into the Machine</source>
        <translation>Machine に書き込むファイル</translation>
    </message>
    <message>
        <source>File content</source>
        <translation>ファイルの内容</translation>
    </message>
    <message>
        <source>Source of file %1</source>
        <translation>ファイル %1 のソース</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>ローカルファイル</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <source>Imported bytes</source>
        <translation>インポートしたバイト</translation>
    </message>
    <message>
        <source>Secret for file %1</source>
        <translation>ファイル %1 のシークレット</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) from the imported config</source>
        <translation>
            <numerusform>インポートした設定の %n バイト</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to edit one line, or use Edit text… for several</source>
        <translation>ダブルクリックで 1 行を編集、複数行は「テキストを編集…」で</translation>
    </message>
    <message>
        <source>A path on this computer; its bytes are sent with the request</source>
        <translation>このコンピューター上のパス。内容はリクエストと一緒に送られます</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::GuideDialog</name>
    <message>
        <source>Flightdeck guide</source>
        <translation>Flightdeck ガイド</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::HistoryDialog</name>
    <message>
        <source>&amp;Open in the wizard</source>
        <translation>ウィザードで開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Relaunch exactly this</source>
        <translation>これをそのまま再起動(&amp;R)</translation>
    </message>
    <message>
        <source>Launch history</source>
        <translation>起動履歴</translation>
    </message>
    <message>
        <source>Past launches</source>
        <translation>過去の起動</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>column headings: the time of a launch, its app, how it ended, the Machine it made</extracomment>
        <translation>日時</translation>
    </message>
    <message>
        <source>App</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>The request as sent</source>
        <translation>送信したリクエスト</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Choose one launch to see its request, or two to compare them.</source>
        <translation>起動を 1 つ選ぶとリクエストを表示し、2 つ選ぶと比較します。</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::ImagePage</name>
    <message>
        <source>An image from a &amp;registry</source>
        <translation>レジストリのイメージ(&amp;R)</translation>
    </message>
    <message>
        <source>B&amp;uild from a Dockerfile</source>
        <translation>Dockerfile からビルド(&amp;U)</translation>
    </message>
    <message>
        <source>Image reference</source>
        <translation>イメージ参照</translation>
    </message>
    <message>
        <source>for example nginx:1.27 or registry.fly.io/my-app:latest</source>
        <translation>例: nginx:1.27 や registry.fly.io/my-app:latest</translation>
    </message>
    <message>
        <source>Build</source>
        <extracomment>a noun: the group of build settings (folder, Dockerfile, target)</extracomment>
        <translation>ビルド</translation>
    </message>
    <message>
        <source>Build folder</source>
        <translation>ビルドフォルダー</translation>
    </message>
    <message>
        <source>the folder sent to the builder</source>
        <translation>ビルダーに送るフォルダー</translation>
    </message>
    <message>
        <source>Dockerfile</source>
        <translation>Dockerfile</translation>
    </message>
    <message>
        <source>empty: the folder&apos;s Dockerfile</source>
        <translation>空: フォルダーの Dockerfile</translation>
    </message>
    <message>
        <source>Build target</source>
        <translation>ビルドターゲット</translation>
    </message>
    <message>
        <source>optional: a stage of a multi-stage Dockerfile</source>
        <translation>省略可: マルチステージ Dockerfile のステージ</translation>
    </message>
    <message>
        <source>Do not use the build &amp;cache</source>
        <translation>ビルドキャッシュを使わない(&amp;C)</translation>
    </message>
    <message>
        <source>Build arguments</source>
        <translation>ビルド引数</translation>
    </message>
    <message>
        <source>Image engine</source>
        <translation>イメージエンジン</translation>
    </message>
    <message>
        <source>The first one installed (none found: install docker, podman or buildah)</source>
        <translation>最初にインストールされているもの (見つかりません: docker、podman、buildah のいずれかをインストール)</translation>
    </message>
    <message>
        <source>The first one installed (here: %1)</source>
        <translation>最初にインストールされているもの (ここでは %1)</translation>
    </message>
    <message>
        <source>Dockerfile contents</source>
        <translation>Dockerfile の内容</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>参照(&amp;W)…</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>参照(&amp;S)…</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>フォルダー(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Dockerfile:</source>
        <translation>Dockerfile(&amp;D):</translation>
    </message>
    <message>
        <source>Engin&amp;e:</source>
        <translation>エンジン(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>ターゲット(&amp;T):</translation>
    </message>
    <message>
        <source>Build ar&amp;guments:</source>
        <translation>ビルド引数(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>イメージ(&amp;I):</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>イメージ</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::ImportActions</name>
    <message>
        <source>Imported %1.</source>
        <translation>%1 をインポートしました。</translation>
    </message>
    <message>
        <source>Imported %1, except: %2</source>
        <translation>%1 をインポートしました。ただし次を除く: %2</translation>
    </message>
    <message>
        <source>Import a fly machine run command</source>
        <translation>fly machine run コマンドをインポート</translation>
    </message>
    <message>
        <source>Paste the command (with or without `fly machine run`):</source>
        <translation>コマンドを貼り付けてください (`fly machine run` はあってもなくても構いません):</translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>何もインポートされませんでした: %1</translation>
    </message>
    <message>
        <source>%1 (changes nothing here)</source>
        <translation>%1 (ここでは何も変わりません)</translation>
    </message>
    <message>
        <source>the command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>Import a Machine config</source>
        <translation>Machine 設定をインポート</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>a Machine config is a JSON object</source>
        <translation>Machine 設定は JSON オブジェクトです</translation>
    </message>
    <message>
        <source>the Machine config</source>
        <translation>Machine 設定</translation>
    </message>
    <message>
        <source>Choose the app first: the Machines to clone are the app&apos;s.</source>
        <translation>先にアプリを選んでください: 複製する Machine はアプリのものです。</translation>
    </message>
    <message>
        <source>Clone a Machine of %1</source>
        <translation>%1 の Machine を複製</translation>
    </message>
    <message>
        <source>&amp;Machine:</source>
        <translation>Machine(&amp;M):</translation>
    </message>
    <message>
        <source>Loading the Machines of %1…</source>
        <translation>%1 の Machine を読み込み中…</translation>
    </message>
    <message>
        <source>%1 — %2 in %3 (%4)</source>
        <translation>%1 — %3 の %2 (%4)</translation>
    </message>
    <message>
        <source>%1 has no Machines.</source>
        <translation>%1 には Machine がありません。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>the volume %1 (a volume mounts on one Machine: choose another on the Volumes step)</source>
        <translation>ボリューム %1 (ボリュームは 1 台の Machine にしかマウントできません。「ボリューム」ステップで別のものを選んでください)</translation>
    </message>
    <message>
        <source>the config of %1</source>
        <translation>%1 の設定</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::JsonPreview</name>
    <message>
        <source>First, the app is created:</source>
        <translation>まずアプリを作成します:</translation>
    </message>
    <message>
        <source>Then the Machine:</source>
        <translation>次に Machine:</translation>
    </message>
    <message>
        <source>Request preview</source>
        <translation>リクエストのプレビュー</translation>
    </message>
    <message>
        <source>Request method and path</source>
        <translation>リクエストのメソッドとパス</translation>
    </message>
    <message>
        <source>The request that creates the app</source>
        <translation>アプリを作成するリクエスト</translation>
    </message>
    <message>
        <source>Machines API request preview</source>
        <translation>Machines API リクエストのプレビュー</translation>
    </message>
    <message>
        <source>Editable: valid changes fill the form</source>
        <translation>編集可能: 正しい変更はフォームに反映されます</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::KeyValueTable</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>削除(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Add the KEY=VALUE lines on the clipboard</source>
        <translation>クリップボードの KEY=VALUE 行を追加</translation>
    </message>
    <message>
        <source>&amp;Import .env…</source>
        <translation>.env をインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Add the variables of a .env file</source>
        <translation>.env ファイルの変数を追加</translation>
    </message>
    <message>
        <source>Import a .env file</source>
        <translation>.env ファイルをインポート</translation>
    </message>
    <message>
        <source>Some lines were skipped</source>
        <translation>一部の行をスキップしました</translation>
    </message>
    <message>
        <source>These lines are not KEY=VALUE:
%1</source>
        <translation>次の行は KEY=VALUE ではありません:
%1</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::LaunchController</name>
    <message>
        <source>a Machine in %1</source>
        <translation>%1 の Machine</translation>
    </message>
    <message>
        <source>%1 was not destroyed: %2</source>
        <translation>%1 は破棄されませんでした: %2</translation>
    </message>
    <message>
        <source>%1 is destroyed; the session is over.</source>
        <translation>%1 を破棄しました。セッションは終了です。</translation>
    </message>
    <message>
        <source>This launch could not be added to the history %1: %2</source>
        <translation>この起動を履歴 %1 に追加できませんでした: %2</translation>
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
        <translation>起動を表示</translation>
    </message>
    <message>
        <source>Open the log</source>
        <translation>ログを開く</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Destroy…</source>
        <translation>破棄…</translation>
    </message>
    <message>
        <source>Launch again</source>
        <translation>もう一度起動</translation>
    </message>
    <message>
        <source>No launches in flight</source>
        <translation>実行中の起動はありません</translation>
    </message>
    <message>
        <source>Launching %1…</source>
        <translation>%1 を起動中…</translation>
    </message>
    <message>
        <source>Last launches</source>
        <translation>最近の起動</translation>
    </message>
    <message>
        <source>%1: started</source>
        <translation>%1: 起動済み</translation>
    </message>
    <message>
        <source>%1: did not start</source>
        <translation>%1: 起動しませんでした</translation>
    </message>
    <message>
        <source>Show Flightdeck</source>
        <translation>Flightdeck を表示</translation>
    </message>
    <message numerus="yes">
        <source>Flightdeck — %n launch(es) in flight</source>
        <translation>
            <numerusform>Flightdeck — %n 件の起動が実行中</numerusform>
        </translation>
    </message>
    <message>
        <source>Machine %1 is %2</source>
        <translation>Machine %1 は %2 です</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>%1 did not start</source>
        <translation>%1 は起動しませんでした</translation>
    </message>
    <message>
        <source>The launch failed.</source>
        <translation>起動に失敗しました。</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::LaunchView</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the Machine &amp;id</source>
        <translation>Machine の ID をコピー(&amp;I)</translation>
    </message>
    <message>
        <source>Open the app&apos;s &amp;dashboard</source>
        <translation>アプリのダッシュボードを開く(&amp;D)</translation>
    </message>
    <message>
        <source>Launch &amp;another like this</source>
        <translation>同じ設定でもう 1 台起動(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Back to the wizard</source>
        <translation>ウィザードに戻る(&amp;B)</translation>
    </message>
    <message>
        <source>Open a &amp;console</source>
        <translation>コンソールを開く(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;End the session</source>
        <translation>セッションを終了(&amp;E)</translation>
    </message>
    <message>
        <source>Launch log</source>
        <translation>起動ログ</translation>
    </message>
    <message>
        <source>Destroy the temporary Machine</source>
        <translation>一時 Machine を破棄</translation>
    </message>
    <message>
        <source>Machine lo&amp;g</source>
        <translation>Machine のログ(&amp;G)</translation>
    </message>
    <message>
        <source>Launch de&amp;tails</source>
        <translation>起動の詳細(&amp;T)</translation>
    </message>
    <message>
        <source>Launch steps</source>
        <translation>起動のステップ</translation>
    </message>
    <message>
        <source>Step</source>
        <extracomment>column headings of the launch timeline; &quot;Time&quot; is how long a step took</extracomment>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Launching a Machine in %1…</source>
        <translation>%1 に Machine を起動中…</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>The shell Machine is %1</source>
        <translation>シェル Machine は %1 です</translation>
    </message>
    <message>
        <source>The Machine is %1</source>
        <translation>Machine は %1 です</translation>
    </message>
    <message>
        <source>&lt;b&gt;Machine&lt;/b&gt; %1 (%2) in %3 — state %4, private IP %5</source>
        <translation>&lt;b&gt;Machine&lt;/b&gt; %1 (%2)、%3 — 状態 %4、プライベート IP %5</translation>
    </message>
    <message>
        <source>Launch cancelled</source>
        <translation>起動をキャンセルしました</translation>
    </message>
    <message>
        <source>The Machine did not start</source>
        <translation>Machine は起動しませんでした</translation>
    </message>
    <message>
        <source>What exists now because of this launch: %1</source>
        <translation>この起動で作成されたもの: %1</translation>
    </message>
    <message>
        <source>&amp;Change %1</source>
        <translation>%1 を変更(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Change it on the %1 step</source>
        <translation>「%1」ステップで変更(&amp;C)</translation>
    </message>
    <message>
        <source>The shell session is over</source>
        <translation>シェルセッションは終了しました</translation>
    </message>
    <message>
        <source>fly ssh console, in a terminal</source>
        <translation>fly ssh console (ターミナルで)</translation>
    </message>
    <message>
        <source>Install flyctl to open a console from here</source>
        <translation>ここからコンソールを開くには flyctl をインストールしてください</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::LifecyclePage</name>
    <message>
        <source>&amp;Destroy the Machine when its process exits</source>
        <translation>プロセスが終了したら Machine を破棄する(&amp;D)</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>メタデータ</translation>
    </message>
    <message>
        <source>Let `fly deploy` manage this Machine &amp;later</source>
        <translation>この Machine を後で `fly deploy` で管理できるようにする(&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;kip DNS registration</source>
        <translation>DNS 登録をスキップ(&amp;K)</translation>
    </message>
    <message>
        <source>Don&apos;t wait for health &amp;checks</source>
        <translation>ヘルスチェックを待たない(&amp;C)</translation>
    </message>
    <message>
        <source>Wait for start and health checks</source>
        <translation>起動とヘルスチェックを待つ</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>300 s (default)</source>
        <translation>300 秒 (既定)</translation>
    </message>
    <message>
        <source>How long the launch waits for the Machine to start and its health checks to pass before it reports a failure</source>
        <translation>失敗と判断するまでに、Machine の起動とヘルスチェックの合格を待つ時間</translation>
    </message>
    <message>
        <source>Machine name</source>
        <translation>Machine 名</translation>
    </message>
    <message>
        <source>empty: the platform picks one, like aged-thunder-7371</source>
        <translation>空: aged-thunder-7371 のような名前をプラットフォームが付けます</translation>
    </message>
    <message>
        <source>Restart policy</source>
        <translation>再起動ポリシー</translation>
    </message>
    <message>
        <source>Default</source>
        <extracomment>a restart policy: send none, the platform&apos;s default applies</extracomment>
        <translation>既定</translation>
    </message>
    <message>
        <source>Never (no)</source>
        <translation>しない (no)</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>常に (always)</translation>
    </message>
    <message>
        <source>When it fails (on-failure)</source>
        <translation>失敗時 (on-failure)</translation>
    </message>
    <message>
        <source>Restart attempts</source>
        <translation>再起動の試行回数</translation>
    </message>
    <message>
        <source>platform default (10)</source>
        <translation>プラットフォームの既定 (10)</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>None: run until stopped</source>
        <translation>なし: 停止するまで動く</translation>
    </message>
    <message>
        <source>Standby for Machines</source>
        <translation>待機対象の Machine</translation>
    </message>
    <message>
        <source>Check the Machines this one stands by for; it starts only when one of them fails</source>
        <translation>この Machine が待機する Machine にチェックを付けます。どれかが故障したときだけ起動します</translation>
    </message>
    <message>
        <source>Process group</source>
        <translation>プロセスグループ</translation>
    </message>
    <message>
        <source>Nam&amp;e:</source>
        <translation>名前(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Restart:</source>
        <translation>再起動(&amp;R):</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>試行回数:</translation>
    </message>
    <message>
        <source>&amp;Schedule:</source>
        <translation>スケジュール(&amp;S):</translation>
    </message>
    <message>
        <source>Standb&amp;y for:</source>
        <translation>待機対象(&amp;Y):</translation>
    </message>
    <message>
        <source>Me&amp;tadata:</source>
        <translation>メタデータ(&amp;T):</translation>
    </message>
    <message>
        <source>Process &amp;group:</source>
        <translation>プロセスグループ(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Wait timeout:</source>
        <translation>待機のタイムアウト(&amp;W):</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>ライフサイクル</translation>
    </message>
    <message>
        <source>No policy is sent: the platform&apos;s default applies (on-failure, up to 10 restarts).</source>
        <translation>ポリシーは送信されません: プラットフォームの既定 (on-failure、最大 10 回の再起動) が適用されます。</translation>
    </message>
    <message>
        <source>Default here: no — a Machine that destroys itself is not restarted (as flyctl does with --rm).</source>
        <translation>ここでの既定: no — 自分自身を破棄する Machine は再起動されません (flyctl の --rm と同じ)。</translation>
    </message>
    <message>
        <source>Default here: on-failure — a scheduled Machine is restarted only when it fails.</source>
        <translation>ここでの既定: on-failure — スケジュールされた Machine は失敗したときだけ再起動されます。</translation>
    </message>
    <message>
        <source>Default here: the platform&apos;s — on-failure, up to 10 restarts in 5 minutes.</source>
        <translation>ここでの既定: プラットフォームのもの — on-failure、5 分間に最大 10 回の再起動。</translation>
    </message>
    <message>
        <source>Loading the Machines of %1…</source>
        <translation>%1 の Machine を読み込み中…</translation>
    </message>
    <message>
        <source>Could not load the app&apos;s Machines: %1</source>
        <translation>アプリの Machine を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>%1 has no Machines to stand by for.</source>
        <translation>%1 には待機対象にできる Machine がありません。</translation>
    </message>
    <message>
        <source>%1 — %2 in %3 (%4)</source>
        <translation>%1 — %3 の %2 (%4)</translation>
    </message>
    <message>
        <source>%1 (not among the app&apos;s Machines)</source>
        <translation>%1 (アプリの Machine にありません)</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::LoadStatus</name>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::MachineLogView</name>
    <message>
        <source>Follo&amp;w</source>
        <translation>追従(&amp;W)</translation>
    </message>
    <message>
        <source>The Machine&apos;s log</source>
        <translation>Machine のログ</translation>
    </message>
    <message>
        <source>Off: the view stays still and new lines wait until it is on again</source>
        <translation>オフ: 表示は止まり、新しい行はオンに戻るまで待機します</translation>
    </message>
    <message>
        <source>Find in the log</source>
        <translation>ログ内を検索</translation>
    </message>
    <message>
        <source>find (Enter: next)</source>
        <translation>検索 (Enter: 次へ)</translation>
    </message>
    <message>
        <source>Cop&amp;y the log</source>
        <translation>ログをコピー(&amp;Y)</translation>
    </message>
    <message>
        <source>The Machine&apos;s log shows here once it is created.</source>
        <translation>Machine が作成されるとここにログが表示されます。</translation>
    </message>
    <message>
        <source>Following the log of %1…</source>
        <translation>%1 のログを追従中…</translation>
    </message>
    <message>
        <source>No longer following the log of %1.</source>
        <translation>%1 のログの追従を止めました。</translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n new line(s) wait for Follow.</source>
        <translation>
            <numerusform>一時停止中: %n 行の新しい行が追従を待っています。</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the log.</source>
        <translation>「%1」はログにありません。</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::MachineUpdate</name>
    <message>
        <source>The update is for a Machine of %1; the App step now says %2.</source>
        <translation>この更新は %1 の Machine 向けですが、「アプリ」ステップは現在 %2 です。</translation>
    </message>
    <message>
        <source>An update takes an image: build the Dockerfile with a new Machine first, or choose an image on the Image step.</source>
        <translation>更新にはイメージが必要です: 先に新しい Machine で Dockerfile をビルドするか、「イメージ」ステップでイメージを選んでください。</translation>
    </message>
    <message>
        <source>A Machine keeps its name: %1 cannot become %2.</source>
        <translation>Machine の名前は変えられません: %1 を %2 にはできません。</translation>
    </message>
    <message>
        <source>A Machine stays in its region (%1): create a new Machine to run elsewhere.</source>
        <translation>Machine はリージョン (%1) から移動しません: 別の場所で動かすには新しい Machine を作成してください。</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::MachinesView</name>
    <message numerus="yes">
        <source>%n %1 CPU(s), %2 MB</source>
        <translation>
            <numerusform>%1 CPU %n 個、%2 MB</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 of %2 passing</source>
        <translation>%2 件中 %1 件合格</translation>
    </message>
    <message>
        <source>Log</source>
        <extracomment>a button: opens the Machine&apos;s log (noun)</extracomment>
        <translation>ログ</translation>
    </message>
    <message>
        <source>Clone</source>
        <extracomment>a button, a verb: a new Machine like the selected one</extracomment>
        <translation>複製</translation>
    </message>
    <message>
        <source>Update…</source>
        <translation>更新…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>The app&apos;s Machines</source>
        <translation>アプリの Machine</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>column headings of the Machines table; &quot;Created&quot; is the time the Machine was created, &quot;Checks&quot; its health checks</extracomment>
        <translation>名前</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>イメージ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>起動</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>再起動</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Destroy…</source>
        <translation>破棄…</translation>
    </message>
    <message>
        <source>The Machine&apos;s log, live, in a window of its own (Enter in the table)</source>
        <translation>Machine のライブログを専用ウィンドウで (表で Enter)</translation>
    </message>
    <message>
        <source>A new Machine like this one: its config into the wizard</source>
        <translation>これと同じ新しい Machine: 設定をウィザードへ</translation>
    </message>
    <message>
        <source>Change this Machine: its config into the wizard, which then updates it instead of creating one</source>
        <translation>この Machine を変更: 設定をウィザードへ。作成の代わりに更新します</translation>
    </message>
    <message>
        <source>Choose an app on the App step to see its Machines.</source>
        <translation>Machine を見るには「アプリ」ステップでアプリを選んでください。</translation>
    </message>
    <message>
        <source>Machines of %1</source>
        <translation>%1 の Machine</translation>
    </message>
    <message>
        <source>%1 does not exist yet: it has no Machines.</source>
        <translation>%1 はまだ存在しません: Machine はありません。</translation>
    </message>
    <message>
        <source>Could not list the Machines of %1: %2</source>
        <translation>%1 の Machine を一覧できませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>Machines of %1 (%n)</source>
        <translation>
            <numerusform>%1 の Machine (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the state of %1…</source>
        <translation>%1 の状態を読み取り中…</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>Wait until the action on %1 ends.</source>
        <translation>%1 への操作が終わるまで待ってください。</translation>
    </message>
    <message>
        <source>Nothing to do: %1 is %2.</source>
        <translation>何もすることはありません: %1 は %2 です。</translation>
    </message>
    <message>
        <source>Destroy a Machine</source>
        <translation>Machine を破棄</translation>
    </message>
    <message>
        <source>Destroy the Machine %1 of %2? Its configuration and root file system are gone for good; its volumes stay.</source>
        <translation>%2 の Machine %1 を破棄しますか? 設定とルートファイルシステムは完全に失われます。ボリュームは残ります。</translation>
    </message>
    <message>
        <source>It is %1: &amp;kill it (--force)</source>
        <translation>%1 です: 強制終了する (--force)(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Destroy %1</source>
        <translation>%1 を破棄(&amp;D)</translation>
    </message>
    <message>
        <source>Log of %1 (%2)</source>
        <translation>%1 のログ (%2)</translation>
    </message>
    <message>
        <source>Reading the config of %1…</source>
        <translation>%1 の設定を読み取り中…</translation>
    </message>
    <message>
        <source>%1 is in the wizard: change what you want, then Update on the Review step.</source>
        <translation>%1 はウィザードにあります: 変更したら「確認」ステップで更新してください。</translation>
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
        <translation>起動していません: 先に「確認」ステップに表示された問題を直してください。</translation>
    </message>
    <message>
        <source>Machines of the app</source>
        <translation>アプリの Machine</translation>
    </message>
    <message>
        <source>Creating a new Machine again: Review&apos;s Create makes one with these settings.</source>
        <translation>新しい Machine を作成するモードに戻りました: 「確認」の作成でこの設定の Machine を作ります。</translation>
    </message>
    <message>
        <source>An update of %1 is under way already.</source>
        <translation>%1 の更新はすでに実行中です。</translation>
    </message>
    <message>
        <source>The wizard holds the config of %1: change what you want; Review shows what changes and updates it.</source>
        <translation>ウィザードには %1 の設定があります: 変更してください。「確認」で変更点を表示して更新します。</translation>
    </message>
    <message>
        <source>Not taken: %1.</source>
        <translation>取り込まれなかったもの: %1。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>Paste a `fly machine run` &amp;command…</source>
        <translation>`fly machine run` コマンドを貼り付け(&amp;C)…</translation>
    </message>
    <message>
        <source>A Machine &amp;config file…</source>
        <translation>Machine 設定ファイル(&amp;C)…</translation>
    </message>
    <message>
        <source>C&amp;lone a Machine of the app…</source>
        <translation>アプリの Machine を複製(&amp;L)…</translation>
    </message>
    <message>
        <source>Launch &amp;history…</source>
        <translation>起動履歴(&amp;H)…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Machine</source>
        <translation>Machine(&amp;M)</translation>
    </message>
    <message>
        <source>Create and &amp;start</source>
        <translation>作成して起動(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Create &amp;only</source>
        <translation>作成のみ(&amp;O)</translation>
    </message>
    <message>
        <source>Open a s&amp;hell Machine</source>
        <translation>シェル Machine を開く(&amp;H)</translation>
    </message>
    <message>
        <source>The app&apos;s Machi&amp;nes</source>
        <translation>アプリの Machine(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Show the &amp;launch</source>
        <translation>起動を表示(&amp;L)</translation>
    </message>
    <message>
        <source>Back to the &amp;wizard</source>
        <translation>ウィザードに戻る(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Help for this &amp;step</source>
        <translation>このステップのヘルプ(&amp;S)</translation>
    </message>
    <message>
        <source>Flightdeck &amp;guide</source>
        <translation>Flightdeck ガイド(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostic information</source>
        <translation>診断情報をコピー(&amp;D)</translation>
    </message>
    <message>
        <source>Diagnostic information copied: versions, system and endpoints, without the token.</source>
        <translation>診断情報をコピーしました: バージョン、システム、エンドポイント (トークンは含みません)。</translation>
    </message>
    <message>
        <source>&amp;About Flightdeck</source>
        <translation>Flightdeck について(&amp;A)</translation>
    </message>
    <message>
        <source>About Flightdeck</source>
        <translation>Flightdeck について</translation>
    </message>
    <message>
        <source>Flightdeck configures, builds and starts Fly.io Machines, step by step.

%1

Flightdeck is free software under the GNU General Public License, version 3 or any later version; it comes with no warranty.</source>
        <translation>Flightdeck は Fly.io の Machine をステップごとに設定、ビルド、起動します。

%1

Flightdeck は GNU 一般公衆利用許諾書バージョン 3 またはそれ以降のバージョンのもとで配布される自由ソフトウェアです。無保証です。</translation>
    </message>
    <message>
        <source>the request must be a JSON object</source>
        <translation>リクエストは JSON オブジェクトである必要があります</translation>
    </message>
    <message>
        <source>Machines API: %1</source>
        <translation>Machines API: %1</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::ProfileController</name>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Save the changes to %1 before starting a new Machine?</source>
        <translation>新しい Machine を始める前に %1 の変更を保存しますか?</translation>
    </message>
    <message>
        <source>this Machine</source>
        <translation>この Machine</translation>
    </message>
    <message>
        <source>Save the changes before opening another profile?</source>
        <translation>別のプロファイルを開く前に変更を保存しますか?</translation>
    </message>
    <message>
        <source>Open a profile</source>
        <translation>プロファイルを開く</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 を開けませんでした: %2</translation>
    </message>
    <message>
        <source>Opened %1, without what it could not keep: %2</source>
        <translation>%1 を開きました。保持できなかったものを除く: %2</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>プロファイルを保存</translation>
    </message>
    <message>
        <source>%1 was not saved: %2. The previous file, if any, is unchanged.</source>
        <translation>%1 は保存されませんでした: %2。以前のファイルがあれば変更されていません。</translation>
    </message>
    <message>
        <source>No recent profiles</source>
        <translation>最近のプロファイルはありません</translation>
    </message>
    <message>
        <source>Flightdeck did not close normally last time. A draft from %1 was kept%2.</source>
        <translation>前回 Flightdeck は正常に終了しませんでした。%1 の下書きを保持しています%2。</translation>
    </message>
    <message>
        <source> (app %1)</source>
        <translation> (アプリ %1)</translation>
    </message>
    <message>
        <source>&amp;Restore the draft</source>
        <translation>下書きを復元(&amp;R)</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>破棄する</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>閉じる前に %1 の変更を保存しますか?</translation>
    </message>
    <message>
        <source>The draft %1 could not be written: %2. Your changes stay in this window and are written as soon as that works.</source>
        <translation>下書き %1 を書き込めませんでした: %2。変更内容はこのウィンドウに残り、書き込めるようになり次第書き込まれます。</translation>
    </message>
    <message>
        <source>The list of recent profiles could not be saved to %1: %2.</source>
        <translation>最近使ったプロファイルの一覧を %1 に保存できませんでした: %2。</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::RegionPage</name>
    <message>
        <source>Find a region</source>
        <translation>リージョンを検索</translation>
    </message>
    <message>
        <source>Type a city or a code</source>
        <translation>都市名かコードを入力</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>リージョン(&amp;R):</translation>
    </message>
    <message>
        <source>Asking Fly.io for its regions…</source>
        <translation>Fly.io にリージョンを問い合わせ中…</translation>
    </message>
    <message>
        <source>Fly.io&apos;s regions could not be read (%1). The list is the one built into Flightdeck, which may be out of date.</source>
        <translation>Fly.io のリージョンを読み取れませんでした (%1)。一覧は Flightdeck に組み込まれたもので、古い可能性があります。</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) from Fly.io.</source>
        <translation>
            <numerusform>Fly.io のリージョン %n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) from Fly.io; the nearest to you is %1.</source>
        <translation>
            <numerusform>Fly.io のリージョン %n 件。最寄りは %1 です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Let Fly choose — the region nearest to you (from %1)</source>
        <translation>Fly に任せる — 最寄りのリージョン (%1 による)</translation>
    </message>
    <message>
        <source>Let Fly choose — the region nearest to you, %1 (from %2)</source>
        <translation>Fly に任せる — 最寄りのリージョン %1 (%2 による)</translation>
    </message>
    <message>
        <source>%1 (%2) — Fly picks the region</source>
        <translation>%1 (%2) — Fly がリージョンを選びます</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>約 %1</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source> — nearest to you</source>
        <translation> — 最寄り</translation>
    </message>
    <message>
        <source> — paid plans only</source>
        <translation> — 有料プランのみ</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::RequestDiffView</name>
    <message>
        <source>The older request</source>
        <translation>古いリクエスト</translation>
    </message>
    <message>
        <source>The newer request</source>
        <translation>新しいリクエスト</translation>
    </message>
    <message>
        <source>The two requests are the same.</source>
        <translation>2 つのリクエストは同じです。</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) differ: %1</source>
        <translation>
            <numerusform>%n 個の値が異なります: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::ResourcesPage</name>
    <message>
        <source>Size preset</source>
        <translation>サイズのプリセット</translation>
    </message>
    <message>
        <source>%1 — %2 CPU, %3 MB</source>
        <translation>%1 — %2 CPU、%3 MB</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>CPU kind</source>
        <translation>CPU の種類</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>共有</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>パフォーマンス</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>サイズ(&amp;S):</translation>
    </message>
    <message>
        <source>CPU &amp;kind:</source>
        <translation>CPU の種類(&amp;K):</translation>
    </message>
    <message>
        <source>C&amp;PUs:</source>
        <translation>CPU(&amp;P):</translation>
    </message>
    <message>
        <source>M&amp;emory:</source>
        <translation>メモリ(&amp;E):</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>料金:</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>詳細設定(&amp;V)</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>スワップ</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Root file system size</source>
        <translation>ルートファイルシステムのサイズ</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>the image&apos;s size</source>
        <translation>イメージのサイズ</translation>
    </message>
    <message>
        <source>Keep the root file system</source>
        <translation>ルートファイルシステムを保持</translation>
    </message>
    <message>
        <source>Platform default (a fresh one on every start)</source>
        <translation>プラットフォームの既定 (起動ごとに新しいもの)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>しない</translation>
    </message>
    <message>
        <source>Across restarts</source>
        <translation>再起動をまたいで</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>常に</translation>
    </message>
    <message>
        <source>Kernel arguments</source>
        <translation>カーネル引数</translation>
    </message>
    <message>
        <source>empty: the platform&apos;s</source>
        <translation>空: プラットフォームのもの</translation>
    </message>
    <message>
        <source>Words as in a shell: quote an argument that holds spaces</source>
        <translation>シェルと同じ単語区切り: 空白を含む引数は引用符で囲みます</translation>
    </message>
    <message>
        <source>Host dedication id</source>
        <translation>ホスト専有 ID</translation>
    </message>
    <message>
        <source>empty: shared hosts</source>
        <translation>空: 共有ホスト</translation>
    </message>
    <message>
        <source>S&amp;wap:</source>
        <translation>スワップ(&amp;W):</translation>
    </message>
    <message>
        <source>Root file system si&amp;ze:</source>
        <translation>ルートファイルシステムのサイズ(&amp;Z):</translation>
    </message>
    <message>
        <source>Keep root file s&amp;ystem:</source>
        <translation>ルートファイルシステムの保持(&amp;Y):</translation>
    </message>
    <message>
        <source>Kernel ar&amp;guments:</source>
        <translation>カーネル引数(&amp;G):</translation>
    </message>
    <message>
        <source>Host &amp;dedication:</source>
        <translation>ホスト専有(&amp;D):</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>リソース</translation>
    </message>
    <message>
        <source>%1 while running, in %2</source>
        <translation>実行中 %1、%2</translation>
    </message>
    <message>
        <source>the base regions (iad, ewr)</source>
        <translation>基本リージョン (iad、ewr)</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::ReviewPage</name>
    <message>
        <source>&amp;Problems (double-click one to go to its step):</source>
        <translation>問題 (ダブルクリックでそのステップへ)(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;What launching creates (double-click a line to change it):</source>
        <translation>起動で作成されるもの (ダブルクリックで変更)(&amp;W):</translation>
    </message>
    <message>
        <source>Create a ne&amp;w Machine instead</source>
        <translation>新しい Machine として作成(&amp;W)</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>再確認(&amp;K)</translation>
    </message>
    <message>
        <source>The same Machine with flyctl:</source>
        <translation>flyctl で同じ Machine:</translation>
    </message>
    <message>
        <source>&amp;Copy command</source>
        <translation>コマンドをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>curl としてコピー(&amp;U)</translation>
    </message>
    <message>
        <source>Create and &amp;start</source>
        <translation>作成して起動(&amp;S)</translation>
    </message>
    <message>
        <source>Create &amp;only</source>
        <translation>作成のみ(&amp;O)</translation>
    </message>
    <message>
        <source>Problems to fix before launching</source>
        <translation>起動前に直す問題</translation>
    </message>
    <message>
        <source>What launching creates</source>
        <translation>起動で作成されるもの</translation>
    </message>
    <message>
        <source>Ask the platform again about the token, the app, the region, the volumes, the secrets and the image</source>
        <translation>トークン、アプリ、リージョン、ボリューム、シークレット、イメージについてプラットフォームに再度問い合わせる</translation>
    </message>
    <message>
        <source>The equivalent fly machine run command</source>
        <translation>同等の fly machine run コマンド</translation>
    </message>
    <message>
        <source>Copy the request &amp;JSON</source>
        <translation>JSON をコピー(&amp;J)</translation>
    </message>
    <message>
        <source>The exact request as a curl command; it reads the token from $FLY_API_TOKEN when it runs</source>
        <translation>正確なリクエストを curl コマンドで。実行時に $FLY_API_TOKEN からトークンを読みます</translation>
    </message>
    <message>
        <source>Create the Machine stopped, to start it later</source>
        <translation>後で起動するために Machine を停止状態で作成する</translation>
    </message>
    <message>
        <source>Keep these settings, and create a new Machine with them instead of updating this one</source>
        <translation>この設定を保ったまま、この Machine を更新する代わりに新しい Machine を作成する</translation>
    </message>
    <message>
        <source>Checked with the platform before anything is created:</source>
        <translation>何かを作成する前にプラットフォームで確認した内容:</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Asking the platform…</source>
        <translation>プラットフォームに問い合わせ中…</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) could not be made; the platform decides at launch.</source>
        <translation>
            <numerusform>%n 件の確認ができませんでした。起動時にプラットフォームが判断します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fix the %n error(s) above to launch.</source>
        <translation>
            <numerusform>起動するには上の %n 件のエラーを直してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) with the platform failed: the update would likely fail.</source>
        <translation>
            <numerusform>プラットフォームでの確認 %n 件が失敗しました: 更新は失敗する可能性が高いです。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changes yet: the update would send the config the Machine has.</source>
        <translation>まだ何も変わりません: 更新しても Machine の現在の設定が送られます。</translation>
    </message>
    <message>
        <source>Ready to update.</source>
        <translation>更新の準備ができました。</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) with the platform failed: the launch would likely fail.</source>
        <translation>
            <numerusform>プラットフォームでの確認 %n 件が失敗しました: 起動は失敗する可能性が高いです。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to launch.</source>
        <translation>起動の準備ができました。</translation>
    </message>
    <message>
        <source>What %1 runs now</source>
        <translation>%1 の現在の実行内容</translation>
    </message>
    <message>
        <source>After the update</source>
        <translation>更新後</translation>
    </message>
    <message>
        <source>Updating %1: what changes, now on the left, after the update on the right. Flightdeck takes the Machine&apos;s lease, sends the new config, waits until the Machine runs it and gives the lease back.</source>
        <translation>%1 を更新中: 変更点を左に現在、右に更新後で示します。Flightdeck は Machine のリースを取得し、新しい設定を送り、Machine がそれで動くのを待ってからリースを返します。</translation>
    </message>
    <message>
        <source>&amp;Update %1</source>
        <translation>%1 を更新(&amp;U)</translation>
    </message>
    <message>
        <source>Send the new config to this Machine, as fly machine update does</source>
        <translation>fly machine update と同じように、この Machine に新しい設定を送る</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::RunWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>次へ(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>前のステップ</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>次のステップ</translation>
    </message>
    <message>
        <source>Flightdeck talks to Fly.io with your API token. It takes the one in FLY_API_TOKEN or flyctl&apos;s configuration, else the one kept in the system keychain; a token entered here is kept there.</source>
        <translation>Flightdeck は API トークンを使って Fly.io と通信します。FLY_API_TOKEN か flyctl の設定のトークンを使い、なければシステムのキーチェーンに保存されたものを使います。ここで入力したトークンはキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>Every Machine belongs to an app. Choose one of yours, or name a new app and its organization: Flightdeck creates it before the Machine.</source>
        <translation>Machine はすべてアプリに属します。自分のアプリを選ぶか、新しいアプリとその組織を指定してください: Flightdeck が Machine より先に作成します。</translation>
    </message>
    <message>
        <source>What the Machine runs: an image from a registry, or one built here from a Dockerfile and pushed to Fly&apos;s registry.</source>
        <translation>Machine が実行するもの: レジストリのイメージ、またはここで Dockerfile からビルドして Fly のレジストリにプッシュしたイメージ。</translation>
    </message>
    <message>
        <source>Left empty, the Machine runs the image&apos;s own entrypoint and command. Arguments here replace the image&apos;s command; an entrypoint replaces its entrypoint.</source>
        <translation>空のままなら、Machine はイメージ自身のエントリポイントとコマンドを実行します。ここの引数はイメージのコマンドを、エントリポイントはイメージのエントリポイントを置き換えます。</translation>
    </message>
    <message>
        <source>Where the Machine runs. Left empty, Fly.io places it in the region nearest to you.</source>
        <translation>Machine を動かす場所。空のままなら、Fly.io が最寄りのリージョンに配置します。</translation>
    </message>
    <message>
        <source>The kind and number of CPUs and the memory: the Machine&apos;s size, which sets what it costs while it runs.</source>
        <translation>CPU の種類と数、メモリ: Machine のサイズで、実行中の料金が決まります。</translation>
    </message>
    <message>
        <source>The ports the Machine answers on from the internet, and how Fly Proxy hands the traffic over. Without services it is reachable only on the app&apos;s private network.</source>
        <translation>Machine がインターネットから応答するポートと、Fly Proxy がトラフィックを渡す方法。サービスがなければ、アプリのプライベートネットワークからしか到達できません。</translation>
    </message>
    <message>
        <source>A volume keeps data when the Machine restarts or is replaced. Without one, what the Machine writes lasts until it stops.</source>
        <translation>ボリュームは Machine の再起動や置き換えの後もデータを保持します。ボリュームがなければ、Machine が書き込んだものは停止までしか残りません。</translation>
    </message>
    <message>
        <source>Environment variables and files written into the Machine at start. Secrets are the app&apos;s own (fly secrets set): the Machine receives them, Flightdeck never sees their values.</source>
        <translation>起動時に Machine に書き込まれる環境変数とファイル。シークレットはアプリのもの (fly secrets set) で、Machine は受け取りますが、Flightdeck がその値を見ることはありません。</translation>
    </message>
    <message>
        <source>The Machine&apos;s name, and what happens when its process exits. Left empty, Fly.io names it and restarts it when it fails.</source>
        <translation>Machine の名前と、プロセスが終了したときの動作。空のままなら、Fly.io が名前を付け、失敗時に再起動します。</translation>
    </message>
    <message>
        <source>What will be created, the same Machine as a fly command, and the exact request. Nothing is created until you choose Create.</source>
        <translation>作成されるもの、同じ Machine の fly コマンド、正確なリクエスト。「作成」を選ぶまで何も作成されません。</translation>
    </message>
    <message>
        <source>Learn more</source>
        <translation>詳しく</translation>
    </message>
    <message numerus="yes">
        <source>Fix the %n problem(s) marked on this step before going on.</source>
        <translation>
            <numerusform>先に進む前に、このステップで示された %n 件の問題を直してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>has errors</source>
        <translation>エラーあり</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>not visited</source>
        <translation>未訪問</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::ServicesPage</name>
    <message>
        <source>Fly Proxy turns the connection into HTTP for the Machine, with Fly&apos;s request headers</source>
        <translation>Fly Proxy が接続を HTTP に変換して Fly のリクエストヘッダーを付けて Machine に渡します</translation>
    </message>
    <message>
        <source>Fly Proxy ends TLS and passes plain TCP to the Machine</source>
        <translation>Fly Proxy が TLS を終端し、平文の TCP を Machine に渡します</translation>
    </message>
    <message>
        <source>Fly Proxy handles TLS for PostgreSQL connections</source>
        <translation>Fly Proxy が PostgreSQL 接続の TLS を扱います</translation>
    </message>
    <message>
        <source>Fly Proxy turns the connection into HTTP at the edge</source>
        <translation>Fly Proxy がエッジで接続を HTTP に変換します</translation>
    </message>
    <message>
        <source>Fly Proxy wraps the connection in the PROXY protocol, which tells the client&apos;s address</source>
        <translation>Fly Proxy が接続を PROXY プロトコルで包み、クライアントのアドレスを伝えます</translation>
    </message>
    <message>
        <source>Start the Machine when a request arrives (auto&amp;start)</source>
        <translation>リクエストが来たら Machine を起動 (autostart)(&amp;S)</translation>
    </message>
    <message>
        <source>Public ports</source>
        <translation>公開ポート</translation>
    </message>
    <message>
        <source>Public port or range</source>
        <translation>公開ポートまたは範囲</translation>
    </message>
    <message>
        <source>Internal port</source>
        <translation>内部ポート</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Handlers</source>
        <translation>ハンドラー</translation>
    </message>
    <message>
        <source>When idle</source>
        <translation>アイドル時</translation>
    </message>
    <message>
        <source>Keep running (the platform&apos;s default)</source>
        <translation>動かし続ける (プラットフォームの既定)</translation>
    </message>
    <message>
        <source>Stop the Machine</source>
        <translation>Machine を停止</translation>
    </message>
    <message>
        <source>Suspend the Machine (resumes faster)</source>
        <translation>Machine を一時停止 (再開が速い)</translation>
    </message>
    <message>
        <source>&amp;Add port</source>
        <translation>ポートを追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove port</source>
        <translation>ポートを削除(&amp;R)</translation>
    </message>
    <message>
        <source>A public address needs an Anycast IP: `fly ips allocate-v4 --shared` or `allocate-v6` for the app.</source>
        <translation>公開アドレスには Anycast IP が必要です: アプリに対して `fly ips allocate-v4 --shared` か `allocate-v6` を実行してください。</translation>
    </message>
    <message>
        <source>When idle:</source>
        <translation>アイドル時:</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>The image declares no ports.</source>
        <translation>イメージはポートを宣言していません。</translation>
    </message>
    <message>
        <source>The image says it listens on %1.</source>
        <translation>イメージは %1 で待ち受けると言っています。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>the image says it listens on %1, not on %2: check the port your app listens on</source>
        <translation>イメージは %2 ではなく %1 で待ち受けると言っています: アプリが待ち受けるポートを確認してください</translation>
    </message>
    <message>
        <source>Public port or range, row %1</source>
        <translation>公開ポートまたは範囲、%1 行目</translation>
    </message>
    <message>
        <source>443 or 8000-8010</source>
        <translation>443 または 8000-8010</translation>
    </message>
    <message>
        <source>Internal port, row %1</source>
        <translation>内部ポート、%1 行目</translation>
    </message>
    <message>
        <source>Protocol, row %1</source>
        <translation>プロトコル、%1 行目</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Handlers of public port %1</source>
        <translation>公開ポート %1 のハンドラー</translation>
    </message>
    <message>
        <source>Handlers: choose a port above</source>
        <translation>ハンドラー: 上でポートを選んでください</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::SettingsDialog</name>
    <message>
        <source>Re&amp;move from the keychain</source>
        <translation>キーチェーンから削除(&amp;M)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;Fly.io (https://api.machines.dev)</source>
        <translation>Fly.io (https://api.machines.dev)(&amp;F)</translation>
    </message>
    <message>
        <source>The local &amp;simulator (%1)</source>
        <translation>ローカルのシミュレーター (%1)(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Custom:</source>
        <translation>カスタム(&amp;C):</translation>
    </message>
    <message>
        <source>Machines API address</source>
        <translation>Machines API のアドレス</translation>
    </message>
    <message>
        <source>https://… (http only for this computer)</source>
        <translation>https://… (http はこのコンピューターのみ)</translation>
    </message>
    <message>
        <source>GraphQL address</source>
        <translation>GraphQL のアドレス</translation>
    </message>
    <message>
        <source>empty: the API address with /graphql</source>
        <translation>空: API アドレスに /graphql を付けたもの</translation>
    </message>
    <message>
        <source>Machines API</source>
        <translation>Machines API</translation>
    </message>
    <message>
        <source>&amp;GraphQL:</source>
        <translation>GraphQL(&amp;G):</translation>
    </message>
    <message>
        <source>FLY_FLAPS_BASE_URL and FLY_API_BASE_URL, when set, win over this. Applies at the next start.</source>
        <translation>FLY_FLAPS_BASE_URL と FLY_API_BASE_URL が設定されていれば、そちらが優先されます。次回の起動から適用されます。</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>置き換え(&amp;R)…</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API トークン</translation>
    </message>
    <message>
        <source>The first one installed</source>
        <translation>最初にインストールされているもの</translation>
    </message>
    <message>
        <source>empty: your personal organization</source>
        <translation>空: 個人の組織</translation>
    </message>
    <message>
        <source>Let Fly choose (the nearest)</source>
        <translation>Fly に任せる (最寄り)</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>システムの設定</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>既定値</translation>
    </message>
    <message>
        <source>&amp;Image engine:</source>
        <translation>イメージエンジン(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Organization for new apps:</source>
        <translation>新しいアプリの組織(&amp;O):</translation>
    </message>
    <message>
        <source>R&amp;egion:</source>
        <translation>リージョン(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Language (at the next start):</source>
        <translation>言語 (次回の起動から)(&amp;L):</translation>
    </message>
    <message>
        <source>A token is in use, %1.</source>
        <translation>トークンを使用中です (%1)。</translation>
    </message>
    <message>
        <source>No token is stored.</source>
        <translation>保存されたトークンはありません。</translation>
    </message>
    <message>
        <source>not an address</source>
        <translation>アドレスではありません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1: %2. They apply until Flightdeck quits; OK tries again.</source>
        <translation>設定を %1 に保存できませんでした: %2。Flightdeck を終了するまでは有効です。OK で再試行します。</translation>
    </message>
    <message>
        <source>Organization for new apps: %1</source>
        <translation>新しいアプリの組織: %1</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Next step (on a button: press it; on Review: Create and start)</source>
        <translation>次のステップ (ボタン上ではそのボタンを押す。「確認」では作成して起動)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Back to the list of steps</source>
        <translation>ステップの一覧に戻る</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab、Shift+Tab</translation>
    </message>
    <message>
        <source>The next or previous field</source>
        <translation>次または前の入力欄</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>動作</translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::StepPage</name>
    <message>
        <source>Problems with %1</source>
        <translation>%1 の問題</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>エラー: </translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>警告: </translation>
    </message>
</context>
<context>
    <name>Flightdeck::Ui::VolumesPage</name>
    <message>
        <source>&amp;Create volume</source>
        <translation>ボリュームを作成(&amp;C)</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <source>Mount path</source>
        <translation>マウントパス</translation>
    </message>
    <message>
        <source>for example /data</source>
        <translation>例: /data</translation>
    </message>
    <message>
        <source>New volume name</source>
        <translation>新しいボリュームの名前</translation>
    </message>
    <message>
        <source>for example data</source>
        <translation>例: data</translation>
    </message>
    <message>
        <source>lowercase letters, digits and underscores</source>
        <translation>小文字、数字、アンダースコア</translation>
    </message>
    <message>
        <source>New volume size</source>
        <translation>新しいボリュームのサイズ</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>A volume keeps data across restarts. It lives in one region, and a Machine that mounts it runs there.</source>
        <translation>ボリュームは再起動をまたいでデータを保持します。ボリュームは 1 つのリージョンにあり、それをマウントする Machine はそこで動きます。</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>ボリューム(&amp;V):</translation>
    </message>
    <message>
        <source>Mount &amp;path:</source>
        <translation>マウントパス(&amp;P):</translation>
    </message>
    <message>
        <source>New volume</source>
        <translation>新しいボリューム</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>名前(&amp;A):</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>サイズ(&amp;Z):</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <source>Choose an app first: volumes belong to an app.</source>
        <translation>先にアプリを選んでください: ボリュームはアプリに属します。</translation>
    </message>
    <message>
        <source>Loading the volumes of %1…</source>
        <translation>%1 のボリュームを読み込み中…</translation>
    </message>
    <message>
        <source>%1 does not exist yet, so it has no volumes; create one after the first launch.</source>
        <translation>%1 はまだ存在しないため、ボリュームはありません。最初の起動の後に作成してください。</translation>
    </message>
    <message>
        <source>Could not load the volumes: %1</source>
        <translation>ボリュームを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>No volume</source>
        <translation>ボリュームなし</translation>
    </message>
    <message>
        <source>%1 — %2, %3 GB (%4)</source>
        <translation>%1 — %2、%3 GB (%4)</translation>
    </message>
    <message>
        <source>%1 (from the request)</source>
        <translation>%1 (リクエストから)</translation>
    </message>
    <message>
        <source>Every volume of this app is attached: create a new one below.</source>
        <translation>このアプリのボリュームはすべて接続済みです: 下で新しく作成してください。</translation>
    </message>
    <message>
        <source>No unattached volume in %1: create one below, or pick another region.</source>
        <translation>%1 に空きボリュームはありません: 下で作成するか、別のリージョンを選んでください。</translation>
    </message>
    <message>
        <source>Name the new volume first.</source>
        <translation>先に新しいボリュームの名前を付けてください。</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>%1 を作成中…</translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation>作成されませんでした: %1</translation>
    </message>
    <message>
        <source>Created %1 in %2.</source>
        <translation>%2 に %1 を作成しました。</translation>
    </message>
</context>
<context>
    <name>FlyToml</name>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
</context>
<context>
    <name>Issue</name>
    <message>
        <source>error: %1: %2</source>
        <extracomment>A line of the command line&apos;s output: %1 is the field id (a JSON path such as guest.memory_mb), %2 the message.</extracomment>
        <translation>エラー: %1: %2</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <extracomment>As &quot;error: %1: %2&quot;, for a warning.</extracomment>
        <translation>警告: %1: %2</translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>a control character (U+%1), which JSON allows only escaped</source>
        <translation>制御文字 (U+%1) があります。JSON ではエスケープしたものしか使えません</translation>
    </message>
</context>
<context>
    <name>LaunchHistory</name>
    <message>
        <source>%1 is held by another Flightdeck (its lock file %2)</source>
        <translation>%1 は別の Flightdeck が使用中です (ロックファイル %2)</translation>
    </message>
    <message>
        <source>the lock file %1 could not be made</source>
        <translation>ロックファイル %1 を作成できませんでした</translation>
    </message>
</context>
<context>
    <name>LaunchView</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Check the API token</source>
        <translation>API トークンを確認</translation>
    </message>
    <message>
        <source>Find or create the app</source>
        <translation>アプリを検索または作成</translation>
    </message>
    <message>
        <source>Prepare the image</source>
        <translation>イメージを準備</translation>
    </message>
    <message>
        <source>Create the Machine</source>
        <translation>Machine を作成</translation>
    </message>
    <message>
        <source>Wait for it to start</source>
        <translation>起動を待つ</translation>
    </message>
    <message>
        <source>Watch it run</source>
        <translation>動作を監視</translation>
    </message>
</context>
<context>
    <name>PlatformInfo</name>
    <message>
        <source>the platform listed no regions</source>
        <translation>プラットフォームはリージョンを返しませんでした</translation>
    </message>
    <message>
        <source>anywhere in Europe</source>
        <translation>ヨーロッパのどこか</translation>
    </message>
    <message>
        <source>anywhere in North America</source>
        <translation>北アメリカのどこか</translation>
    </message>
    <message>
        <source>anywhere in the United States</source>
        <translation>アメリカ合衆国のどこか</translation>
    </message>
    <message>
        <source>anywhere in South America</source>
        <translation>南アメリカのどこか</translation>
    </message>
    <message>
        <source>anywhere in Asia-Pacific</source>
        <translation>アジア太平洋のどこか</translation>
    </message>
    <message>
        <source>any region, the nearest first</source>
        <translation>任意のリージョン (近い順)</translation>
    </message>
</context>
<context>
    <name>ProfileController</name>
    <message>
        <source>Flightdeck profiles (*.flightdeck);;All files (*)</source>
        <translation>Flightdeck プロファイル (*.flightdeck);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>RegistryClient</name>
    <message>
        <source>The image %1 is not in its registry.</source>
        <translation>イメージ %1 はレジストリにありません。</translation>
    </message>
    <message>
        <source>The registry of %1 sends for a token to %2, which is not an https address.</source>
        <translation>%1 のレジストリは https のアドレスではない %2 にトークンを取りに行かせます。</translation>
    </message>
    <message>
        <source>The image %1 has no linux/amd64 variant, which Fly Machines run (it offers: %2).</source>
        <translation>イメージ %1 には Fly Machines が実行する linux/amd64 版がありません (あるもの: %2)。</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Its manifest names no configuration.</source>
        <translation>マニフェストに設定がありません。</translation>
    </message>
    <message>
        <source>Its configuration could not be read: %1</source>
        <translation>設定を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Its configuration does not match its digest %1.</source>
        <translation>設定がダイジェスト %1 と一致しません。</translation>
    </message>
    <message>
        <source>Fly&apos;s registry refused access to %1 with this token.</source>
        <translation>Fly のレジストリはこのトークンでの %1 へのアクセスを拒否しました。</translation>
    </message>
    <message>
        <source>The registry of %1 refused to show it: it does not exist, or it is private (Fly Machines pull only public images and those on Fly&apos;s registry).</source>
        <translation>%1 のレジストリは表示を拒否しました: 存在しないか、プライベートです (Fly Machines が取得できるのは公開イメージと Fly のレジストリのイメージだけです)。</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The registry of %1 could not be asked: %2</source>
        <translation>%1 のレジストリに問い合わせできませんでした: %2</translation>
    </message>
    <message>
        <source>%1 is not an image reference.</source>
        <translation>%1 はイメージ参照ではありません。</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>note: %1</source>
        <translation>注: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an image builder Flightdeck drives: choose docker, podman or buildah</source>
        <translation>「%1」は Flightdeck が扱うイメージビルダーではありません: docker、podman、buildah から選んでください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of seconds: write --logs-for 30 (at most 3600)</source>
        <translation>「%1」は秒数ではありません: --logs-for 30 のように書いてください (最大 3600)</translation>
    </message>
    <message>
        <source>note: %1 is accepted for compatibility and has no effect in Flightdeck</source>
        <translation>注: %1 は互換性のために受け付けますが、Flightdeck では効果がありません</translation>
    </message>
</context>
<context>
    <name>RunHelp</name>
    <message>
        <source>Print the Machines API request body instead of opening the window</source>
        <translation>ウィンドウを開く代わりに Machines API のリクエスト本文を出力する</translation>
    </message>
    <message>
        <source>Print the command as fly machine run would take it</source>
        <translation>fly machine run が受け取る形でコマンドを出力する</translation>
    </message>
    <message>
        <source>With --yes: print the Machine&apos;s log this many seconds longer after it started</source>
        <translation>--yes と一緒に: 起動後、この秒数だけ長く Machine のログを出力する</translation>
    </message>
    <message>
        <source>The image builder for a Dockerfile: docker, podman or buildah (else the first installed)</source>
        <translation>Dockerfile のイメージビルダー: docker、podman、buildah (省略時は最初にインストールされているもの)</translation>
    </message>
    <message>
        <source>The Machines API (else FLY_FLAPS_BASE_URL, then Fly.io)</source>
        <translation>Machines API (省略時は FLY_FLAPS_BASE_URL、次に Fly.io)</translation>
    </message>
    <message>
        <source>The GraphQL API (else FLY_API_BASE_URL, then Fly.io)</source>
        <translation>GraphQL API (省略時は FLY_API_BASE_URL、次に Fly.io)</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>このヘルプ</translation>
    </message>
    <message>
        <source>Usage:
  flightdeck run IMAGE|PATH [COMMAND...] [flags]

Opens the wizard filled from the flags of fly machine run, which it reads as flyctl does.
With --yes it launches the Machine without a window; with --print-config or
--print-command it prints what it would send.
</source>
        <translation>使い方:
  flightdeck run IMAGE|PATH [COMMAND...] [flags]

fly machine run のフラグを flyctl と同じように読み、その内容を入れてウィザードを開きます。
--yes を付けるとウィンドウなしで Machine を起動し、--print-config か
--print-command を付けると送信する内容を出力します。
</translation>
    </message>
    <message>
        <source>(default %1)</source>
        <translation>(既定 %1)</translation>
    </message>
</context>
<context>
    <name>RunProfile</name>
    <message>
        <source>build.%1 (not known to this version)</source>
        <translation>build.%1 (このバージョンでは不明)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>a profile is a JSON object</source>
        <translation>プロファイルは JSON オブジェクトです</translation>
    </message>
    <message>
        <source>not a Flightdeck profile (its &quot;format&quot; is not &quot;%1&quot;)</source>
        <translation>Flightdeck のプロファイルではありません (「format」が「%1」ではありません)</translation>
    </message>
    <message>
        <source>written by a newer Flightdeck (profile version %1; this one reads %2): what it could not read is listed here</source>
        <translation>新しい Flightdeck で書かれています (プロファイルのバージョン %1。このバージョンが読めるのは %2): 読めなかったものをここに示します</translation>
    </message>
    <message>
        <source>the request (%1)</source>
        <translation>リクエスト (%1)</translation>
    </message>
    <message>
        <source>the request (not a JSON object)</source>
        <translation>リクエスト (JSON オブジェクトではありません)</translation>
    </message>
    <message>
        <source>%1 (not known to this version)</source>
        <translation>%1 (このバージョンでは不明)</translation>
    </message>
</context>
<context>
    <name>ShellWords</name>
    <message>
        <source>EOF found after escape character</source>
        <translation>エスケープ文字の後でテキストが終わりました</translation>
    </message>
    <message>
        <source>EOF found when expecting closing quote</source>
        <translation>閉じ引用符の前でテキストが終わりました</translation>
    </message>
    <message>
        <source>a NUL character, which no command line can hold</source>
        <translation>NUL 文字があります。コマンドラインには含められません</translation>
    </message>
</context>
<context>
    <name>SpecSummary</name>
    <message>
        <source>No app is chosen yet.</source>
        <translation>まだアプリが選ばれていません。</translation>
    </message>
    <message>
        <source>your personal organization</source>
        <translation>個人の組織</translation>
    </message>
    <message>
        <source>In the app %1 (created in %2 if it does not exist yet).</source>
        <translation>アプリ %1 で (まだなければ %2 に作成)。</translation>
    </message>
    <message>
        <source>In your app %1.</source>
        <translation>あなたのアプリ %1 で。</translation>
    </message>
    <message>
        <source>In a new app %1, created first in %2.</source>
        <translation>新しいアプリ %1 で (先に %2 に作成)。</translation>
    </message>
    <message>
        <source>Runs an image built from %1 in %2 and pushed to Fly&apos;s registry</source>
        <translation>%1 から %2 でビルドし、Fly のレジストリにプッシュしたイメージを実行</translation>
    </message>
    <message>
        <source>Runs the image %1</source>
        <translation>イメージ %1 を実行</translation>
    </message>
    <message>
        <source>No image is chosen yet.</source>
        <translation>まだイメージが選ばれていません。</translation>
    </message>
    <message>
        <source>%1, with the command %2.</source>
        <translation>%1、コマンド %2。</translation>
    </message>
    <message>
        <source>%1, with the image&apos;s own command.</source>
        <translation>%1、イメージ自身のコマンド。</translation>
    </message>
    <message>
        <source>A Machine named by Fly.io</source>
        <translation>Fly.io が名前を付ける Machine</translation>
    </message>
    <message>
        <source>The Machine %1</source>
        <translation>Machine %1</translation>
    </message>
    <message>
        <source>%1, in the region nearest to you.</source>
        <translation>%1、最寄りのリージョン。</translation>
    </message>
    <message>
        <source>%1, in %2.</source>
        <translation>%1、%2。</translation>
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
            <numerusform>%1 CPU %n 個とメモリ %2: 実行中は約 %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>A %1 service on port %2 inside, without public ports.</source>
        <translation>内部ポート %2 の %1 サービス、公開ポートなし。</translation>
    </message>
    <message>
        <source>Public %1 %2, answered on port %3 inside.</source>
        <translation>公開 %1 %2、内部ポート %3 で応答。</translation>
    </message>
    <message>
        <source>Without traffic it stops.</source>
        <translation>トラフィックがないと停止します。</translation>
    </message>
    <message>
        <source>Without traffic it is suspended.</source>
        <translation>トラフィックがないと一時停止します。</translation>
    </message>
    <message>
        <source>No public ports: reachable only on the app&apos;s private network.</source>
        <translation>公開ポートなし: アプリのプライベートネットワークからのみ到達できます。</translation>
    </message>
    <message>
        <source>No volume: what the Machine writes lasts until it stops.</source>
        <translation>ボリュームなし: Machine が書き込んだものは停止までしか残りません。</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%2 に %1</translation>
    </message>
    <message>
        <source>The volume %1.</source>
        <translation>ボリューム %1。</translation>
    </message>
    <message>
        <source>No environment variables or files.</source>
        <translation>環境変数もファイルもありません。</translation>
    </message>
    <message>
        <source>%1, %2 and %3.</source>
        <translation>%1、%2、%3。</translation>
    </message>
    <message numerus="yes">
        <source>%n environment variable(s)</source>
        <translation>
            <numerusform>環境変数 %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>ファイル %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) of the app</source>
        <translation>
            <numerusform>アプリのシークレット %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>destroyed when it exits</source>
        <translation>終了時に破棄</translation>
    </message>
    <message>
        <source>never restarted</source>
        <translation>再起動しない</translation>
    </message>
    <message>
        <source>restarted by Fly.io&apos;s default policy (when it fails)</source>
        <translation>Fly.io の既定ポリシーで再起動 (失敗時)</translation>
    </message>
    <message>
        <source>always restarted</source>
        <translation>常に再起動</translation>
    </message>
    <message numerus="yes">
        <source>restarted when it fails, up to %n time(s)</source>
        <translation>
            <numerusform>失敗時に最大 %n 回再起動</numerusform>
        </translation>
    </message>
    <message>
        <source>restarted when it fails</source>
        <translation>失敗時に再起動</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>%1 に起動</translation>
    </message>
    <message>
        <source>standing by for %1</source>
        <translation>%1 の待機系</translation>
    </message>
    <message>
        <source>Created stopped</source>
        <translation>停止状態で作成</translation>
    </message>
    <message>
        <source>Started at once</source>
        <translation>すぐに起動</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1。%2。</translation>
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
        <translation>%1 は正しい YAML ではありません: %2</translation>
    </message>
    <message>
        <source>The token comes from flyctl&apos;s config.yml and has expired or been revoked: run `fly auth login` to refresh it, then launch again.</source>
        <translation>トークンは flyctl の config.yml のもので、期限切れか取り消されています: `fly auth login` で更新してから、もう一度起動してください。</translation>
    </message>
    <message>
        <source>The token comes from FLY_API_TOKEN or FLY_ACCESS_TOKEN: set a current one (`fly tokens create deploy` makes one).</source>
        <translation>トークンは FLY_API_TOKEN か FLY_ACCESS_TOKEN のものです: 有効なトークンを設定してください (`fly tokens create deploy` で作成できます)。</translation>
    </message>
    <message>
        <source>Enter a current token on the Account step (`fly auth token` prints yours).</source>
        <translation>「アカウント」ステップで有効なトークンを入力してください (`fly auth token` で自分のトークンを表示できます)。</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>choose the app the Machine belongs to, or a name for a new one</source>
        <translation>Machine が属するアプリか、新しいアプリの名前を選んでください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid app name: use at most 63 lowercase letters, digits and dashes</source>
        <translation>「%1」は正しいアプリ名ではありません: 小文字、数字、ハイフンで 63 文字以内にしてください</translation>
    </message>
    <message>
        <source>the build folder %1 does not exist: choose the folder that holds your Dockerfile</source>
        <translation>ビルドフォルダー %1 は存在しません: Dockerfile のあるフォルダーを選んでください</translation>
    </message>
    <message>
        <source>no Dockerfile at %1: choose one, or a folder that has one</source>
        <translation>%1 に Dockerfile がありません: Dockerfile か、それを含むフォルダーを選んでください</translation>
    </message>
    <message>
        <source>a build argument has no name: write NAME=VALUE</source>
        <translation>ビルド引数に名前がありません: NAME=VALUE と書いてください</translation>
    </message>
    <message>
        <source>choose an image to run (for example nginx:1.27), or a Dockerfile to build</source>
        <translation>実行するイメージ (例: nginx:1.27) か、ビルドする Dockerfile を選んでください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an image reference: write it like nginx:1.27, ghcr.io/owner/app:tag or registry.fly.io/app@sha256:…</source>
        <translation>「%1」はイメージ参照ではありません: nginx:1.27、ghcr.io/owner/app:tag、registry.fly.io/app@sha256:… のように書いてください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a region: use a code such as ams or ord (a comma list of codes and aliases is allowed)</source>
        <translation>「%1」はリージョンではありません: ams や ord のようなコードを使ってください (コードやエイリアスのカンマ区切りも可)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid Machine name: use at most 63 letters, digits, dashes and underscores</source>
        <translation>「%1」は正しい Machine 名ではありません: 英字、数字、ハイフン、アンダースコアで 63 文字以内にしてください</translation>
    </message>
    <message>
        <source>The CPU kind given: %1, is not valid: choose shared or performance</source>
        <translation>指定された CPU の種類 %1 は正しくありません: shared か performance を選んでください</translation>
    </message>
    <message>
        <source>For the CPU kind %1, %2 CPUs is not valid: valid numbers are %3</source>
        <translation>CPU の種類 %1 では CPU %2 個は正しくありません: 正しい数は %3 です</translation>
    </message>
    <message>
        <source>%1 MB of memory is too little for %2 %3 CPUs: use at least %4 MB (try %5 MB)</source>
        <translation>メモリ %1 MB は %3 CPU %2 個には少なすぎます: %4 MB 以上にしてください (%5 MB を試してください)</translation>
    </message>
    <message>
        <source>%1 MB of memory is too much for %2 %3 CPUs: use at most %4 MB (try %5 MB)</source>
        <translation>メモリ %1 MB は %3 CPU %2 個には多すぎます: %4 MB 以下にしてください (%5 MB を試してください)</translation>
    </message>
    <message>
        <source>%1 MB of memory is not valid: memory comes in %2 MB steps (try %3 MB)</source>
        <translation>メモリ %1 MB は正しくありません: メモリは %2 MB 単位です (%3 MB を試してください)</translation>
    </message>
    <message>
        <source>the maximum memory (%1 MB) is below the memory (%2 MB): raise it or leave it empty</source>
        <translation>最大メモリ (%1 MB) がメモリ (%2 MB) より小さいです: 増やすか空にしてください</translation>
    </message>
    <message>
        <source>rootfs persistence must be never, always or restart, not &apos;%1&apos;</source>
        <translation>rootfs の保持は never、always、restart のいずれかで、「%1」は使えません</translation>
    </message>
    <message>
        <source>the root filesystem size must not be negative</source>
        <translation>ルートファイルシステムのサイズは負の値にできません</translation>
    </message>
    <message>
        <source>the swap size must be greater than zero, or empty for no swap</source>
        <translation>スワップのサイズは 0 より大きくするか、スワップなしなら空にしてください</translation>
    </message>
    <message>
        <source>the cache drive size must not be negative</source>
        <translation>キャッシュドライブのサイズは負の値にできません</translation>
    </message>
    <message>
        <source>%1 %2 is out of range: ports are 1 to 65535</source>
        <translation>%1 %2 は範囲外です: ポートは 1 から 65535 です</translation>
    </message>
    <message>
        <source>protocol &apos;%1&apos; is not supported: use tcp or udp</source>
        <translation>プロトコル「%1」はサポートされていません: tcp か udp を使ってください</translation>
    </message>
    <message>
        <source>internal port</source>
        <translation>内部ポート</translation>
    </message>
    <message>
        <source>the service on internal port %1 has no public port: add one or remove the service</source>
        <translation>内部ポート %1 のサービスに公開ポートがありません: 追加するかサービスを削除してください</translation>
    </message>
    <message>
        <source>start port</source>
        <translation>開始ポート</translation>
    </message>
    <message>
        <source>end port</source>
        <translation>終了ポート</translation>
    </message>
    <message>
        <source>the port range %1-%2 ends before it starts: write the smaller port first</source>
        <translation>ポート範囲 %1-%2 は開始より前で終わっています: 小さいポートを先に書いてください</translation>
    </message>
    <message>
        <source>port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>handler &apos;%1&apos; is unknown: use %2</source>
        <translation>ハンドラー「%1」は不明です: %2 を使ってください</translation>
    </message>
    <message>
        <source>autostop is on and autostart is off: once stopped, nothing starts this Machine again</source>
        <translation>autostop がオンで autostart がオフです: 一度停止すると、この Machine を再び起動するものがありません</translation>
    </message>
    <message>
        <source>choose a volume (its id, vol_…, or its name)</source>
        <translation>ボリュームを選んでください (ID の vol_… か名前)</translation>
    </message>
    <message>
        <source>the mount path &apos;%1&apos; must be absolute, like /data</source>
        <translation>マウントパス「%1」は /data のような絶対パスにしてください</translation>
    </message>
    <message>
        <source>two volumes are mounted at %1: choose another path</source>
        <translation>%1 に 2 つのボリュームがマウントされています: 別のパスを選んでください</translation>
    </message>
    <message>
        <source>volume %1 is mounted twice: a volume attaches to one place; use another volume</source>
        <translation>ボリューム %1 が 2 回マウントされています: ボリュームは 1 か所にしか接続できません。別のボリュームを使ってください</translation>
    </message>
    <message>
        <source>an environment variable has no name: write NAME=VALUE</source>
        <translation>環境変数に名前がありません: NAME=VALUE と書いてください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid variable name: use letters, digits and underscores, not starting with a digit</source>
        <translation>「%1」は正しい変数名ではありません: 英字、数字、アンダースコアを使い、数字で始めないでください</translation>
    </message>
    <message>
        <source>%1 looks like a secret: plain environment variables are visible in the Machine&apos;s config; store it with `fly secrets set` instead</source>
        <translation>%1 はシークレットのようです: 通常の環境変数は Machine の設定に表示されます。代わりに `fly secrets set` で保存してください</translation>
    </message>
    <message>
        <source>a metadata entry has no name: write NAME=VALUE</source>
        <translation>メタデータの項目に名前がありません: NAME=VALUE と書いてください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid metadata name: use letters, digits, dots, dashes and underscores</source>
        <translation>「%1」は正しいメタデータ名ではありません: 英字、数字、ドット、ハイフン、アンダースコアを使ってください</translation>
    </message>
    <message>
        <source>guest path, %1, must be absolute, like /etc/app.conf</source>
        <translation>ゲストのパス %1 は /etc/app.conf のような絶対パスにしてください</translation>
    </message>
    <message>
        <source>%1 is written twice; the later file wins</source>
        <translation>%1 が 2 回書き込まれます。後のファイルが優先されます</translation>
    </message>
    <message>
        <source>could not read file %1: choose a file that exists</source>
        <translation>ファイル %1 を読み取れませんでした: 存在するファイルを選んでください</translation>
    </message>
    <message>
        <source>choose the app secret that holds the file&apos;s content</source>
        <translation>ファイルの内容を持つアプリのシークレットを選んでください</translation>
    </message>
    <message>
        <source>invalid restart policy &apos;%1&apos;: choose no, always or on-failure</source>
        <translation>再起動ポリシー「%1」は不正です: no、always、on-failure から選んでください</translation>
    </message>
    <message>
        <source>the number of retries must not be negative</source>
        <translation>再試行回数は負の値にできません</translation>
    </message>
    <message>
        <source>retries only count with the on-failure policy</source>
        <translation>再試行回数は on-failure ポリシーでのみ意味があります</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a schedule: choose hourly, daily, weekly or monthly</source>
        <translation>「%1」はスケジュールではありません: hourly、daily、weekly、monthly から選んでください</translation>
    </message>
    <message>
        <source>a scheduled Machine with restart &apos;always&apos; never waits for its schedule: use on-failure or no</source>
        <translation>再起動が「always」のスケジュール付き Machine はスケジュールを待ちません: on-failure か no を使ってください</translation>
    </message>
    <message>
        <source>a standby target is empty: list the ids of the Machines this one stands by for</source>
        <translation>待機対象が空です: この Machine が待機する Machine の ID を並べてください</translation>
    </message>
    <message>
        <source>name the process group `fly deploy` manages this Machine in (usually app)</source>
        <translation>`fly deploy` がこの Machine を管理するプロセスグループの名前を付けてください (通常は app)</translation>
    </message>
    <message>
        <source>the request is %1 KiB, over the API&apos;s 1 MiB limit: move large files into the image or a volume</source>
        <translation>リクエストが %1 KiB あり、API の上限 1 MiB を超えています: 大きなファイルはイメージかボリュームに移してください</translation>
    </message>
    <message>
        <source>the request is %1 KiB: large inline files slow every Machine update; consider the image or a volume</source>
        <translation>リクエストが %1 KiB あります: 大きなインラインファイルは Machine の更新をすべて遅くします。イメージかボリュームを検討してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an organization slug: use its lowercase letters, digits and dashes, as `fly orgs list` shows them</source>
        <translation>「%1」は組織のスラッグではありません。`fly orgs list` が表示する小文字・数字・ハイフンを使ってください</translation>
    </message>
</context>
</TS>
