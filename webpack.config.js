/* eslint-disable no-undef */
// Builds the task pane (and, with it, the standalone workbench) into dist/web.
// office.js is copied from the @microsoft/office-js package and served locally: nothing needs the internet.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const webpack = require("webpack");

const OFFICE_JS = path.resolve(__dirname, "node_modules/@microsoft/office-js/dist");

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  const config = {
    devtool: dev ? "source-map" : false,
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: { path: path.resolve(__dirname, "dist/web"), filename: "[name].[contenthash:8].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"], fallback: { buffer: require.resolve("buffer/") } },
    module: {
      // Type checking is `npm run typecheck` (tsc); the bundler only transpiles.
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { configFile: "tsconfig.web.json", transpileOnly: true } } }],
    },
    plugins: [
      // csv-parse (Nhập dữ liệu) uses Node's Buffer; the browser gets the buffer package, only where it is used.
      new webpack.ProvidePlugin({ Buffer: ["buffer", "Buffer"] }),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // In production office.js and the host scripts it loads are shipped beside the pane (debug builds left out);
          // the development server serves the package folder directly (see devServer.static).
          ...(dev ? [] : [{ from: "**/*", to: "office-js/", context: OFFICE_JS, globOptions: { ignore: ["**/*.debug.js"] } }]),
          { from: "manifest.xml", to: "manifest.xml" },
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
