// Builds the task pane (and, with it, the standalone workbench) into dist/web.
// office.js is copied from the @microsoft/office-js package and served locally: nothing needs the internet.
// esbuild transpiles (type checking is `npm run typecheck`) and, in production, minifies every chunk —
// our code and the libraries' — down to ES2020, which WebView2 and Safari 14 run (test/addin/bundle-syntax.test.ts);
// older webviews get the guard in taskpane.html instead of a blank pane.
const path = require("path");
const { EsbuildPlugin } = require("esbuild-loader");
const TerserPlugin = require("terser-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const webpack = require("webpack");
const { manifestFor, baseOf } = require("./scripts/manifest-origin");

const OFFICE_JS = path.resolve(__dirname, "node_modules/@microsoft/office-js/dist");
/** The oldest engine the pane runs in: WebView2 (Chromium) and Safari 14 both run ES2020. */
const TARGET = "es2020";

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  // A wrong ADDIN_URL stops the build at once, with its reason, rather than writing a manifest Office refuses.
  if (process.env.ADDIN_URL) baseOf(process.env.ADDIN_URL);
  const config = {
    devtool: dev ? "source-map" : false,
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: { path: path.resolve(__dirname, "dist/web"), filename: "[name].[contenthash:8].js", clean: true },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
      // jszip from its sources (the hardened reader uses two of its modules: one copy, not its prebuilt bundle too);
      // its optional Node stream support is left out in the browser.
      alias: { jszip$: path.resolve(__dirname, "node_modules/jszip/lib/index.js") },
      fallback: { buffer: require.resolve("buffer/"), stream: false },
    },
    module: {
      rules: [
        { test: /\.ts$/, exclude: /node_modules/, loader: "esbuild-loader", options: { loader: "ts", target: TARGET, tsconfig: "tsconfig.web.json" } },
        { test: /\.tsx$/, exclude: /node_modules/, loader: "esbuild-loader", options: { loader: "tsx", target: TARGET, tsconfig: "tsconfig.web.json", jsx: "automatic" } },
      ],
    },
    // Microsoft's office.js and the host scripts it loads are shipped as they are, never re-minified.
    // esbuild lowers every chunk to ES2020, then Terser minifies (smaller than esbuild's own minification).
    optimization: {
      minimizer: [new EsbuildPlugin({ target: TARGET, minify: false, exclude: /^office-js\// }), new TerserPlugin({ exclude: /^office-js\//, extractComments: false, terserOptions: { ecma: 2020 } })],
    },
    plugins: [
      // csv-parse (Nhập dữ liệu) uses Node's Buffer; the browser gets the buffer package, only where it is used.
      new webpack.ProvidePlugin({ Buffer: ["buffer", "Buffer"] }),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"], templateParameters: { oldEngineGuard: oldEngineGuard() } }),
      // The help page the manifest's SupportUrl and LearnMoreUrl name: plain HTML, its words in src/strings/help.json.
      new HtmlWebpackPlugin({ filename: "help.html", template: "./src/taskpane/help.html", chunks: [], templateParameters: { help: readJson("src/strings/help.json") } }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // In production office.js and the host scripts it loads are shipped beside the pane (debug builds left out);
          // the development server serves the package folder directly (see devServer.static).
          ...(dev ? [] : [{ from: "**/*", to: "office-js/", context: OFFICE_JS, globOptions: { ignore: ["**/*.debug.js"] } }]),
          // With ADDIN_URL (an agency's own HTTPS server), every URL of the manifest is moved there
          // (scripts/manifest-origin.js); without it, the development manifest is copied as it is.
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => (process.env.ADDIN_URL ? manifestFor(content.toString("utf8"), process.env.ADDIN_URL) : content) },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: 3000,
      static: [{ directory: OFFICE_JS, publicPath: "/office-js" }],
      headers: { "Access-Control-Allow-Origin": "*" },
      server: await httpsServer(dev),
    },
  };
  return config;
};

const readJson = (file) => JSON.parse(require("fs").readFileSync(path.join(__dirname, file), "utf8"));

/** The ES5 guard (src/taskpane/guard/old-engine.js) with its Vietnamese message (src/strings/old-engine.json), for inlining. */
function oldEngineGuard() {
  const fs = require("fs");
  const message = fs.readFileSync(path.join(__dirname, "src/strings/old-engine.json"), "utf8");
  // JSON is a valid ES5 literal; "</" is escaped so the text cannot close the inline <script>.
  const literal = JSON.stringify(JSON.parse(message)).replace(/<\//g, "<\\/");
  return fs.readFileSync(path.join(__dirname, "src/taskpane/guard/old-engine.js"), "utf8").replace("__CCHC_OLD_ENGINE_MESSAGE__", () => literal);
}

/** HTTPS with the Office development certificate when it can be had, else webpack's own self-signed one. */
async function httpsServer(dev) {
  if (!dev) return "https";
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } };
  } catch {
    return "https";
  }
}
