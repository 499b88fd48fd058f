import QaLinting from './QaLinting';

export default {
  __init__: [ 'qaLinting' ],
  qaLinting: [ 'type', QaLinting ],
};
