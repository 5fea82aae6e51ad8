import {
  AbstractMessageReader,
  AbstractMessageWriter,
  type DataCallback,
  type Disposable,
  type Message,
  type MessageReader,
  type MessageWriter,
} from 'vscode-languageserver/browser';
import type { ClientUris } from './clientUris';

interface InitializeMessage {
  method?: string;
  params?: { workspaceFolders?: { uri: string }[] | null; rootUri?: string | null };
}

/** Reads the client's messages with their uris as the server names them; learns the client's file system from `initialize`. */
export class TranslatingReader extends AbstractMessageReader implements MessageReader {
  constructor(
    private readonly inner: MessageReader,
    private readonly uris: ClientUris,
  ) {
    super();
    inner.onError((error) => this.fireError(error));
    inner.onClose(() => this.fireClose());
  }

  listen(callback: DataCallback): Disposable {
    return this.inner.listen((message) => {
      const initialize = message as InitializeMessage;
      if (initialize.method === 'initialize') {
        const folders = (initialize.params?.workspaceFolders ?? []).map((folder) => folder.uri);
        this.uris.learnFrom([...folders, ...(initialize.params?.rootUri ? [initialize.params.rootUri] : [])]);
      }
      callback(this.uris.inbound(message));
    });
  }

  override dispose(): void {
    super.dispose();
    this.inner.dispose();
  }
}

/** Writes the server's messages with their uris as the client names them. */
export class TranslatingWriter extends AbstractMessageWriter implements MessageWriter {
  constructor(
    private readonly inner: MessageWriter,
    private readonly uris: ClientUris,
  ) {
    super();
    inner.onError((error) => this.fireError(error[0], error[1], error[2]));
    inner.onClose(() => this.fireClose());
  }

  write(message: Message): Promise<void> {
    return this.inner.write(this.uris.outbound(message));
  }

  end(): void {
    this.inner.end();
  }

  override dispose(): void {
    super.dispose();
    this.inner.dispose();
  }
}
