// `npm start`: the production server (adapter-node) with defaults that fit a
// local install. adapter-node assumes https when ORIGIN is not set, and then
// refuses every form post from http://localhost as cross-site; the request
// body limit must also exceed the article size limit (200,000 characters can
// take 800 KB in UTF-8).
const port = process.env.PORT ?? '3000';
process.env.PORT = port;
// Listening on every interface: the name users type is `localhost`; on one
// address, that address.
const host = process.env.HOST;
const publicHost = !host || host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
process.env.ORIGIN ??= `http://${publicHost}:${port}`;
process.env.BODY_SIZE_LIMIT ??= '2M';
console.log(`Factline on ${process.env.ORIGIN} (listening on ${process.env.HOST ?? '0.0.0.0'}:${port})`);
await import('../build/index.js');
