// Just enough classic WebDriver (https://www.w3.org/TR/webdriver2/) over HTTP for the WebKit
// journeys: sessions, navigation, scripts, window size and clicks. WebKitWebDriver speaks no
// WebDriver BiDi, and a full client would bring a driver manager that tries to download drivers.

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export class WebDriver {
  constructor(base) {
    this.base = base;
  }

  async send(method, path, body) {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const { value } = await response.json();
    if (!response.ok) {
      throw new Error(`WebDriver ${method} ${path}: ${value?.error ?? response.status}: ${value?.message ?? ''}`);
    }
    return value;
  }

  /** Whether the driver listens and takes a new session. */
  async ready() {
    try {
      return (await this.send('GET', '/status')).ready === true;
    } catch {
      return false;
    }
  }

  async session(alwaysMatch) {
    const { sessionId } = await this.send('POST', '/session', { capabilities: { alwaysMatch } });
    return new Session(this, `/session/${sessionId}`);
  }
}

class Session {
  constructor(driver, path) {
    this.driver = driver;
    this.path = path;
  }

  send(method, path, body) {
    return this.driver.send(method, `${this.path}${path}`, body);
  }

  /** Loads a page; WebDriver returns once its load event has fired. */
  async navigate(url) {
    await this.send('POST', '/url', { url });
  }

  url() {
    return this.send('GET', '/url');
  }

  /** Runs a function body with `arguments`; a promise it returns is awaited (WebDriver's rule). */
  execute(script, args) {
    return this.send('POST', '/execute/sync', { script, args });
  }

  /**
   * Sizes the window so that the page's viewport is `width` x `height`, as near as the browser
   * allows: the window's frame is measured and added. MiniBrowser keeps a window at least 447 px
   * wide, so a narrower viewport comes out at that width.
   */
  async fitViewport({ width, height }) {
    await this.send('POST', '/window/rect', { width, height });
    const inner = await this.execute('return [innerWidth, innerHeight];', []);
    const rect = await this.send('GET', '/window/rect');
    await this.send('POST', '/window/rect', {
      width: width + rect.width - inner[0],
      height: height + rect.height - inner[1],
    });
  }

  async click(selector) {
    const element = await this.send('POST', '/element', { using: 'css selector', value: selector });
    await this.send('POST', `/element/${element[ELEMENT]}/click`, {});
  }

  close() {
    return this.send('DELETE', '');
  }
}
