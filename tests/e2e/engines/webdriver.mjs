// Just enough classic WebDriver (https://www.w3.org/TR/webdriver2/) over HTTP for the WebKit
// journeys: sessions, navigation, scripts, window size and clicks. WebKitWebDriver speaks no
// WebDriver BiDi, and a full client would bring a driver manager that tries to download drivers.

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const SHADOW_ROOT = 'shadow-6066-11e4-a52e-4f735466cecf';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export class WebDriver {
  constructor(base) {
    this.base = base;
  }

  /** One command; a driver or browser that does not answer in `timeout` ms is an error. */
  async send(method, path, body, timeout = 60000) {
    let response;
    try {
      response = await fetch(`${this.base}${path}`, {
        method,
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeout),
      });
    } catch (error) {
      throw new Error(`WebDriver ${method} ${path}: no answer (${error.name === 'TimeoutError' ? `${timeout} ms` : error.message})`);
    }
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

  /** A new session (a browser of its own); tried twice, as a loaded machine can lose the first. */
  async session(alwaysMatch) {
    const create = () => this.send('POST', '/session', { capabilities: { alwaysMatch } }, 30000);
    const { sessionId } = await create().catch(create);
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
   * Sizes the window so that the page's viewport is `width` x `height`: the window's frame is
   * measured and added, again until the viewport fits (a window manager may answer late).
   * MiniBrowser keeps a window at least `minWidth` (447) px wide: a narrower viewport is that wide.
   */
  async fitViewport({ width, height }, minWidth = 0) {
    const want = [Math.max(width, minWidth), height];
    await this.send('POST', '/window/rect', { width: want[0], height: want[1] });
    let inner;
    for (let i = 0; i < 20; i++) {
      inner = await this.execute('return [innerWidth, innerHeight];', []);
      if (inner[0] === want[0] && inner[1] === want[1]) return;
      const rect = await this.send('GET', '/window/rect');
      await this.send('POST', '/window/rect', { width: rect.width + want[0] - inner[0], height: rect.height + want[1] - inner[1] });
      await sleep(100);
    }
    throw new Error(`the window gives a ${inner[0]}x${inner[1]} viewport, not ${want[0]}x${want[1]}`);
  }

  /** Clicks an element as a pointer would; `within` names a host whose (open) shadow root holds it. */
  async click(selector, within) {
    let scope = '';
    if (within) {
      const host = await this.send('POST', '/element', { using: 'css selector', value: within });
      const root = await this.send('GET', `/element/${host[ELEMENT]}/shadow`);
      scope = `/shadow/${root[SHADOW_ROOT]}`;
    }
    const element = await this.send('POST', `${scope}/element`, { using: 'css selector', value: selector });
    await this.send('POST', `/element/${element[ELEMENT]}/click`, {});
  }

  close() {
    return this.send('DELETE', '');
  }
}
