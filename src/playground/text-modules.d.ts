/** Plain-text files imported as strings (webpack `asset/source`, playground build only). */
declare module "*.txt" {
  const text: string;
  export default text;
}
