// placeholder
export default "#bias\t-9";
